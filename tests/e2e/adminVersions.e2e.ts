/**
 * The Versions tab names the workflow step that saved each version (issue 12, review view), and
 * keeps Payload's links to the comparison and its "compare with" drawer.
 * Screenshots go to .test-reports/screenshots/admin-versions-*.png.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, openAs, screenshot } from './browser'

const baseURL = inject('baseURL')
const shot = (page: Page, name: string) => screenshot(page, `admin-versions-${name}`)

describe('the Versions tab', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = (await openAs(browser, 'editor@relief.test')).page
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should label the versions of a seeded article with submit, approve and publish, and keep the comparison drawer', async () => {
    // The seed publishes its articles through the workflow service: submit, approve, publish.
    const id = await page.evaluate(async () => {
      const response = await fetch('/api/articles?where[_status][equals]=published&limit=1&depth=0&sort=createdAt')
      return String((await response.json()).docs[0].id)
    })
    await page.goto(`${baseURL}/admin/collections/articles/${id}/versions?locale=en`)
    const step = (action: string) => page.locator(`table .relief-version-step[data-action="${action}"]`)
    await step('publish').first().waitFor({ timeout: 30_000 })
    for (const action of ['submit', 'approve']) expect(await step(action).count(), action).toBeGreaterThan(0)
    expect(await step('publish').first().innerText()).toMatch(/^Publish\s*by \S/)
    expect(await step('approve').first().innerText()).toMatch(/^Approve\s*by \S/)
    await shot(page, 'list')

    // The date still opens the comparison of that version.
    // `has` is relative to the row: the step cell without the table prefix.
    const publishRow = page.locator('table tbody tr', { has: page.locator('.relief-version-step[data-action="publish"]') }).first()
    const versionId = await publishRow.getAttribute('data-id')
    const link = publishRow.locator('td.cell-updatedAt a')
    expect(await link.getAttribute('href')).toMatch(new RegExp(`/admin/collections/articles/${id}/versions/${versionId}$`))
    await link.click()
    await page.waitForURL(new RegExp(`/versions/${versionId}`), { timeout: 30_000 })

    // "Compare with" → more versions: the drawer lists the same steps and picks a version.
    await page.locator('.compare-version .rs__control').click()
    await page.locator('.compare-version-moreVersions').click()
    const drawer = page.locator('.version-drawer')
    await drawer.locator('.relief-version-step[data-action="submit"]').first().waitFor({ timeout: 30_000 })
    await shot(page, 'drawer')
    const submitRow = drawer.locator('table tbody tr', { has: page.locator('.relief-version-step[data-action="submit"]') }).first()
    const fromId = await submitRow.getAttribute('data-id')
    await submitRow.locator('button.created-at-cell').click()
    await page.waitForURL(new RegExp(`versionFrom=${fromId}`), { timeout: 30_000 })
  })
})
