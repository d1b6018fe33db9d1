import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, signIn } from './browser'

const baseURL = inject('baseURL')

describe('admin panel', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should let an editor sign in, create an article draft with a technique, and list it', async () => {
    await signIn(page, 'editor@relief.test')

    await page.goto(`${baseURL}/admin/collections/articles/create`)
    const title = `Hip mobility basics ${Date.now()}`
    await page.fill('#field-title', title)

    const techniques = page.locator('#field-techniques')
    await techniques.click()
    await page.keyboard.type('Swedish')
    await page.locator('.rs__option', { hasText: 'Swedish massage' }).first().click()

    await page.click('#action-save-draft')
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 30_000 })
    const id = page.url().match(/articles\/(\d+)/)?.[1]

    // The server, not the form, is the source of truth for what was saved.
    const saved = await page.evaluate(async (articleId) => {
      const response = await fetch(`/api/articles/${articleId}?draft=true&depth=1`)
      return response.json()
    }, id)
    expect(saved.title).toBe(title)
    expect(saved._status).toBe('draft')
    expect(saved.techniques.map((t: { name: string }) => t.name)).toEqual(['Swedish massage'])

    await page.goto(`${baseURL}/admin/collections/articles`)
    const row = page.locator('table tbody tr', { hasText: title })
    await row.waitFor({ state: 'visible', timeout: 30_000 })
    expect(await row.count()).toBe(1)
  })
})
