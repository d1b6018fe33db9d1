/**
 * Thai lists and headers in the admin panel (issue 12, Thai; issue 11 §5): a document with no
 * Thai title shows its English title, marked, instead of "<No Title>" or its id.
 * Screenshots go to .test-reports/screenshots/admin-locales-*.png.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, openAs, screenshot } from './browser'

const baseURL = inject('baseURL')
const shot = (page: Page, name: string) => screenshot(page, `admin-locales-${name}`)

describe('admin titles in a locale without a translation', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = (await openAs(browser, 'editor@relief.test')).page
  })
  afterAll(async () => {
    // The admin remembers a user's last locale; later files expect English.
    await page?.goto(`${baseURL}/admin/collections/articles?locale=en`).catch(() => undefined)
    await browser?.close()
  })

  it('should show the English title marked EN in the Thai list and document header, and the plain title in English', async () => {
    const title = `Gentle hip openers ${Date.now()}`
    const created = await page.evaluate(async (draftTitle) => {
      const response = await fetch('/api/articles?draft=true&locale=en', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: draftTitle }),
      })
      return { status: response.status, body: await response.json() }
    }, title)
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = String(created.body.doc.id)

    // The Thai list: the row is there with the English title and its mark, not "<No Title>".
    await page.goto(`${baseURL}/admin/collections/articles?locale=th&where[id][equals]=${id}`)
    const row = page.locator('table tbody tr', { hasText: title })
    await row.waitFor({ state: 'visible', timeout: 30_000 })
    const cell = row.locator('.relief-fallback-title[data-source-locale="en"]')
    await expect.poll(() => cell.count()).toBe(1)
    expect(await cell.locator('.relief-fallback-title__tag').innerText()).toBe('EN')
    expect(await row.innerText()).not.toMatch(/<No Title>|No Title/)
    // The title still opens the document.
    expect(await cell.locator('a').getAttribute('href')).toMatch(new RegExp(`/admin/collections/articles/${id}$`))
    await shot(page, 'th-list')

    // The Thai document: the header shows the marked English title, not the id.
    await page.goto(`${baseURL}/admin/collections/articles/${id}?locale=th`)
    const header = page.locator('.doc-header__title')
    await expect.poll(() => header.innerText(), { timeout: 30_000 }).toBe(`(EN) ${title}`)
    await page.locator('.relief-title-fallback[data-source-locale="en"]').waitFor({ timeout: 30_000 })
    // Only the header borrows it: the Thai field stays empty for the translator.
    expect(await page.inputValue('#field-title')).toBe('')
    await shot(page, 'th-document')

    // The versions tab shares the header.
    await page.goto(`${baseURL}/admin/collections/articles/${id}/versions?locale=th`)
    await expect.poll(() => header.innerText(), { timeout: 30_000 }).toBe(`(EN) ${title}`)

    // Back in English: the plain title, no mark (this also restores the remembered locale).
    await page.goto(`${baseURL}/admin/collections/articles/${id}?locale=en`)
    await expect.poll(() => header.innerText(), { timeout: 30_000 }).toBe(title)
    expect(await page.locator('.relief-title-fallback').count()).toBe(0)
    await page.goto(`${baseURL}/admin/collections/articles?locale=en&where[id][equals]=${id}`)
    const englishRow = page.locator('table tbody tr', { hasText: title })
    await englishRow.waitFor({ state: 'visible', timeout: 30_000 })
    expect(await englishRow.locator('.relief-fallback-title').count()).toBe(0)
  })
})
