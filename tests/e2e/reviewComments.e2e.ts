/**
 * A review round with comments in Chromium (docs/review.md): the reviewer comments on selected
 * words, requests changes pointing at that thread, the editor sees it in the activity bell,
 * replies and resubmits, the reviewer resolves and approves; both dashboards show the document
 * on the right card. Two users in two browser contexts.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, signIn } from './browser'

const baseURL = inject('baseURL')
const SHOTS = path.resolve('.test-reports/screenshots')
const PASSAGE = 'loosens every knot for good'

const openAs = async (browser: Browser, email: string) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await signIn(page, email)
  return { context, page }
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })

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

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

const threadsReady = (page: Page) => page.locator('[data-testid="review-threads"] h4').waitFor({ timeout: 60_000 })

describe('review comments in the admin panel', () => {
  let browser: Browser
  let editor: { context: BrowserContext; page: Page }
  let reviewer: { context: BrowserContext; page: Page }

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    browser = await launchBrowser()
    editor = await openAs(browser, 'editor@relief.test')
    reviewer = await openAs(browser, 'reviewer@relief.test')
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should carry a comment on a passage through request changes, reply, resubmit, resolve and approve', async () => {
    const title = `Foam rolling the calves ${Date.now()}`
    const disclaimers = await api(editor.page, 'GET', '/api/disclaimers?where[kind][equals]=medical&limit=1&depth=0&draft=true')
    const created = await api(editor.page, 'POST', '/api/articles?draft=true&depth=0', {
      title,
      excerpt: 'A short routine for tight calves after running.',
      body: paragraph(`Roll slowly from ankle to knee; the author says it ${PASSAGE}. Stop if it hurts.`),
      disclaimers: [disclaimers.json.docs[0].id],
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const id = created.json.doc.id
    const submitted = await api(editor.page, 'POST', `/api/articles/${id}/workflow`, { action: 'submit' })
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(200)
    const docUrl = `${baseURL}/admin/collections/articles/${id}`

    // The reviewer's queue offers the document.
    const reviewerQueue = await api(reviewer.page, 'GET', '/api/workflow/queue')
    const waiting = reviewerQueue.json.cards.find((c: any) => c.key === 'waitingForMe')
    expect(waiting.rows.map((r: any) => r.id)).toContain(id)
    await reviewer.page.goto(`${baseURL}/admin`)
    await reviewer.page.locator('[data-panel="waitingForMe"]').waitFor({ timeout: 60_000 })
    await shot(reviewer.page, 'review-dashboard-reviewer')

    // Reviewer selects the words in the editor and comments on them.
    const r = reviewer.page
    await r.goto(docUrl)
    await threadsReady(r)
    await r.locator('[data-testid="new-thread"] summary').click()
    // The rich-text editor mounts after the form: select the words once it is there.
    await r.locator('.ContentEditable__root').first().waitFor({ state: 'attached', timeout: 60_000 })
    await r.evaluate((passage) => {
      const root = document.querySelector('.ContentEditable__root')!
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(passage)
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + passage.length)
        const selection = window.getSelection()!
        selection.removeAllRanges()
        selection.addRange(range)
        return
      }
      throw new Error('passage not in the editor')
    }, PASSAGE)
    await r.getByRole('button', { name: 'Use selected text' }).click()
    expect(await r.getByLabel('Quoted words').inputValue()).toBe(PASSAGE)
    await r.getByLabel('Comment', { exact: true }).fill('This promises a permanent result; please soften it.')
    await r.getByRole('button', { name: 'Add comment' }).click()
    const thread = r.locator('[data-testid="review-thread"]').first()
    await thread.waitFor({ timeout: 30_000 })
    expect(await thread.locator('blockquote').textContent()).toBe(PASSAGE)
    await shot(r, 'review-comment-on-passage')

    // Request changes pointing at the thread.
    await thread.getByLabel('Point the change request at this').check()
    await r.getByLabel('Change request', { exact: true }).fill('One claim needs softening, see the thread.')
    await Promise.all([r.waitForEvent('load', { timeout: 60_000 }), r.getByRole('button', { name: /Request changes on 1 ticked/ }).click()])
    const afterRequest = await api(r, 'GET', `/api/articles/${id}/workflow`)
    expect(afterRequest.json.draft).toBe('changes_requested')

    // The editor is told in the bell, reads the thread, replies and resubmits.
    const e = editor.page
    await e.goto(docUrl)
    await threadsReady(e)
    const unread = e.locator('[data-testid="activity-unread"]')
    await unread.waitFor({ timeout: 60_000 })
    expect(Number(await unread.textContent())).toBeGreaterThan(0)
    await e.locator('[data-testid="activity-bell"] > button').click()
    await e.locator('[data-testid="activity-list"]').getByText(title).first().waitFor()
    await shot(e, 'review-activity-bell')
    await e.locator('[data-testid="review-thread"]').first().getByText('One claim needs softening, see the thread.').waitFor()
    await e.getByLabel('Reply to open threads').fill('Softened to "may ease tightness for some runners".')
    await Promise.all([e.waitForEvent('load', { timeout: 60_000 }), e.getByRole('button', { name: 'Reply and resubmit' }).click()])
    expect((await api(e, 'GET', `/api/articles/${id}/workflow`)).json.draft).toBe('in_review')

    // The reviewer sees the reply, resolves the thread and approves.
    await r.reload()
    await threadsReady(r)
    const replied = r.locator('[data-testid="review-thread"]').first()
    await replied.getByText('Softened to "may ease tightness for some runners".').waitFor({ timeout: 30_000 })
    await replied.getByRole('button', { name: 'Resolve' }).click()
    await r.locator('[data-testid="review-thread"][data-status="resolved"]').waitFor({ timeout: 30_000 })
    await shot(r, 'review-thread-resolved')
    const approved = await api(r, 'POST', `/api/articles/${id}/workflow`, { action: 'approve', comment: 'Reads fine now.' })
    expect(approved.status, JSON.stringify(approved.json)).toBe(200)

    // The editor's dashboard lists it as ready to publish, with a link to the document.
    const editorQueue = await api(e, 'GET', '/api/workflow/queue')
    const ready = editorQueue.json.cards.find((c: any) => c.key === 'readyToPublish')
    expect(ready.rows.find((row: any) => row.id === id)).toMatchObject({ collection: 'articles', href: `/admin/collections/articles/${id}` })
    await e.goto(`${baseURL}/admin`)
    await e.locator('[data-panel="readyToPublish"]').waitFor({ timeout: 60_000 })
    await shot(e, 'review-dashboard-editor')
  })
})
