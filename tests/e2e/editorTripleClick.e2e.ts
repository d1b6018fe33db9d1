/**
 * Triple-click in the rich-text editor (issue 12, "what hurt"): it selects the clicked paragraph
 * only, so typing over the selection replaces that paragraph and leaves the next one alone.
 * Chromium alone ends the selection at the start of the next paragraph, which then merged.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, openAs } from './browser'

const baseURL = inject('baseURL')
const FIRST = 'Warm the lower back with slow palm strokes.'
const SECOND = 'Then rest for a minute before standing up.'

describe('triple-click in the rich-text editor', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = (await openAs(browser, 'editor@relief.test')).page
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should select one paragraph and replace only it when typing over a triple-click', async () => {
    await page.goto(`${baseURL}/admin/collections/articles/create`)
    await page.fill('#field-title', `Triple-click ${Date.now()}`)
    const body = page.locator('.rich-text-lexical .ContentEditable__root').first()
    await body.click()
    await page.keyboard.type(FIRST)
    await page.keyboard.press('Enter')
    await page.keyboard.type(SECOND)
    const paragraphs = body.locator('p')
    await expect.poll(() => paragraphs.count()).toBe(2)

    await paragraphs.first().click({ clickCount: 3 })
    // The selection the editor acts on is the first paragraph's text, and nothing of the second.
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(FIRST)

    await page.keyboard.type('Replaced.')
    await expect.poll(() => paragraphs.allTextContents()).toEqual(['Replaced.', SECOND])
  })
})
