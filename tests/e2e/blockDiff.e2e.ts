/**
 * The version comparison shows what a body block says (issue 12, "Review view"): when an article
 * moves its inline disclaimer block to another disclaimer, the reviewer comparing the two
 * versions reads both disclaimers' words, not "disclaimer Block" on each side.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, openAs, screenshot } from './browser'

const baseURL = inject('baseURL')
/** A call to our API with the page's session cookie. */
const api = (page: Page, method: string, url: string, body?: unknown) =>
  page.evaluate(
    async ({ method, url, body }) => {
      const response = await fetch(url, {
        method,
        headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: response.status, json: await response.json().catch(() => null) }
    },
    { method, url, body },
  )

const text = (value: string) => ({ type: 'text', version: 1, text: value, detail: 0, format: 0, mode: 'normal', style: '' })
const paragraph = (value: string) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [text(value)] })
const state = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })
const disclaimerBlock = (id: number) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: String(id).padStart(24, '0'), blockName: '', blockType: 'disclaimer', disclaimer: id },
})

describe('blocks in the version comparison', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should show the text of the disclaimer block on both sides when a version changes it', async () => {
    const { context, page } = await openAs(browser, 'editor@relief.test')
    const stamp = Date.now()
    // A body block may only point at a live disclaimer: take two the seed published.
    const live = await api(page, 'GET', '/api/disclaimers?where[_status][equals]=published&limit=2&depth=0&sort=id')
    expect(live.json?.docs?.length, JSON.stringify(live.json)).toBe(2)
    const firstWords = (doc: any): string => doc.body.root.children.flatMap((p: any) => p.children ?? []).find((n: any) => n.text)?.text
    const [before, after] = live.json.docs.map((doc: any) => doc.id as number)
    const [oldTitle, newTitle] = live.json.docs.map((doc: any) => doc.title as string)
    const [oldWords, newWords] = live.json.docs.map(firstWords)
    expect(oldWords && newWords && oldWords !== newWords).toBeTruthy()

    const created = await api(page, 'POST', '/api/articles?draft=true&depth=0', {
      title: `Working around the sciatic nerve ${stamp}`,
      excerpt: 'Where to press and where not to.',
      body: state(paragraph('Keep the pressure light.'), disclaimerBlock(before)),
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const id = created.json.doc.id
    const edited = await api(page, 'PATCH', `/api/articles/${id}?draft=true&depth=0`, {
      body: state(paragraph('Keep the pressure light.'), disclaimerBlock(after)),
    })
    expect(edited.status, JSON.stringify(edited.json)).toBe(200)

    const versions = await api(page, 'GET', `/api/articles/versions?where[parent][equals]=${id}&sort=-updatedAt&depth=0&limit=20`)
    expect(versions.status, JSON.stringify(versions.json)).toBe(200)
    // Hooks may save more versions; compare the newest that points at each disclaimer.
    const pointingAt = (disclaimerId: number) =>
      versions.json.docs.find((v: any) => v.version.body?.root?.children?.[1]?.fields?.disclaimer === disclaimerId)
    const newest = pointingAt(after)
    const previous = pointingAt(before)
    expect(newest && previous, JSON.stringify(versions.json.docs.map((v: any) => v.id))).toBeTruthy()

    await page.goto(`${baseURL}/admin/collections/articles/${id}/versions/${newest.id}?versionFrom=${previous.id}`)
    const diff = page.locator('.lexical-diff', { hasText: newWords }).first()
    await diff.waitFor({ timeout: 60_000 })
    const words = (await diff.textContent()) ?? ''
    expect(words).toContain(oldWords)
    expect(words).toContain(`Disclaimer: ${oldTitle}`)
    expect(words).toContain(`Disclaimer: ${newTitle}`)
    expect(words).not.toMatch(/disclaimer\s*Block/)
    await screenshot(page, 'review-block-diff')
    await context.close()
  })
})
