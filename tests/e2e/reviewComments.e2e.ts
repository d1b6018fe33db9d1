/**
 * Review comments in Chromium (issue 12, "Comments"; docs/review.md), as a medical reviewer and an
 * editor in two browser contexts: the reviewer selects words in the body and comments on them,
 * requests changes pointing at that thread; the editor reads the thread and replies while
 * resubmitting; the reviewer resolves the thread, reopens it and resolves it again. Each user
 * leaves the document before the other opens it (Payload's document lock).
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, openAs, screenshot } from './browser'

const baseURL = inject('baseURL')
const PASSAGE = 'roll slowly from ankle to knee'
const COMMENT = 'Say how long to roll, and for whom this is not suitable.'
const REQUEST = 'Please answer the thread on the rolling passage.'
const REPLY = 'Added "about a minute per leg" and a note for people with varicose veins.'

const shot = (page: Page, name: string) => screenshot(page, `review-comments-${name}`)

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

/** Opens the document and waits until the threads have loaded (their heading counts them). */
const openDocument = async (page: Page, url: string) => {
  await page.goto(url)
  // Should the other user's lock still stand, read the document read-only: comments need no form.
  const readOnly = page.getByRole('button', { name: 'View read-only' })
  if (await readOnly.waitFor({ timeout: 3_000 }).then(() => true, () => false)) await readOnly.click()
  const threads = page.getByTestId('review-threads')
  await threads.getByRole('heading', { name: /Review comments \(\d+ open\)/ }).waitFor({ timeout: 60_000 })
  return threads
}

/** Clicks a thread button and waits for the server's answer to that POST. */
const clickAndAwait = async (page: Page, button: Locator, urlPart: string) => {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes(urlPart) && r.request().method() === 'POST', { timeout: 30_000 }),
    button.click(),
  ])
  // A transition reloads the page at once: its body is only read when something failed.
  if (response.status() >= 300) throw new Error(`${urlPart}: ${response.status()} ${await response.text().catch(() => '')}`)
  return response
}

/** Selects the passage in the rendered body, as a reviewer would with the mouse. */
const selectPassage = async (page: Page, passage: string) => {
  // The Lexical editor renders the text after the form mounts: wait for the words themselves.
  await page.locator('.ContentEditable__root', { hasText: passage }).first().waitFor({ timeout: 60_000 })
  await page.evaluate((words) => {
    for (const root of document.querySelectorAll('.ContentEditable__root')) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words)
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + words.length)
        const selection = window.getSelection()!
        selection.removeAllRanges()
        selection.addRange(range)
        return
      }
    }
    throw new Error(`"${words}" is not in the editor`)
  }, passage)
}

const threadState = (threads: Locator, status: 'open' | 'resolved') =>
  threads.locator(`[data-testid="review-thread"][data-status="${status}"]`).waitFor({ timeout: 30_000 })

describe('review comments in the admin panel', () => {
  let browser: Browser
  let editor: { context: BrowserContext; page: Page }
  let reviewer: { context: BrowserContext; page: Page }

  beforeAll(async () => {
    browser = await launchBrowser()
    editor = await openAs(browser, 'editor@relief.test')
    reviewer = await openAs(browser, 'reviewer@relief.test')
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should carry a comment on quoted words through request changes, a reply on resubmit, resolve, reopen and resolve', async () => {
    const e = editor.page
    const r = reviewer.page
    const disclaimers = await api(e, 'GET', '/api/disclaimers?where[kind][equals]=medical&limit=1&depth=0&draft=true')
    const created = await api(e, 'POST', '/api/articles?draft=true&depth=0&locale=en', {
      title: `Foam rolling the calves ${Date.now()}`,
      excerpt: 'A short routine for tight calves after running.',
      body: paragraph(`Sit on the floor and ${PASSAGE}. Stop if it hurts.`),
      disclaimers: [disclaimers.json.docs[0].id],
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const id = created.json.doc.id
    const submitted = await api(e, 'POST', `/api/articles/${id}/workflow`, { action: 'submit' })
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(200)
    const docUrl = `${baseURL}/admin/collections/articles/${id}?locale=en`

    // The reviewer selects the words in the body and comments on them.
    let threads = await openDocument(r, docUrl)
    await threads.getByText('Comment on a passage').click()
    expect(await threads.getByLabel('Field').inputValue()).toBe('body')
    await selectPassage(r, PASSAGE)
    await threads.getByRole('button', { name: 'Use selected text' }).click()
    expect(await threads.getByLabel('Quoted words').inputValue()).toBe(PASSAGE)
    await threads.getByLabel('Comment', { exact: true }).fill(COMMENT)
    const added = await clickAndAwait(r, threads.getByRole('button', { name: 'Add comment' }), '/api/review-comments')
    expect(added.status()).toBe(201)
    let thread = threads.getByTestId('review-thread').filter({ hasText: COMMENT })
    await thread.waitFor({ timeout: 30_000 })
    expect(await thread.locator('blockquote').textContent()).toBe(PASSAGE)
    expect(await thread.getAttribute('data-status')).toBe('open')
    await shot(r, '01-comment-on-passage')

    // Request changes pointing at the thread: the request joins it as a reply.
    await thread.getByLabel('Point the change request at this').check()
    await threads.getByLabel('Change request', { exact: true }).fill(REQUEST)
    await Promise.all([
      r.waitForEvent('load', { timeout: 60_000 }),
      clickAndAwait(r, threads.getByRole('button', { name: 'Request changes on 1 ticked thread(s)' }), `/api/articles/${id}/workflow`),
    ])
    expect((await api(r, 'GET', `/api/articles/${id}/workflow`)).json.draft).toBe('changes_requested')
    threads = await openDocument(r, docUrl)
    await threads.getByTestId('review-thread').filter({ hasText: REQUEST }).waitFor({ timeout: 30_000 })
    await shot(r, '02-changes-requested')
    await r.goto(`${baseURL}/admin`)

    // The editor reads the thread with the request in it and replies while resubmitting.
    threads = await openDocument(e, docUrl)
    thread = threads.getByTestId('review-thread').filter({ hasText: COMMENT })
    await thread.getByText(REQUEST).waitFor({ timeout: 30_000 })
    expect(await thread.locator('blockquote').textContent()).toBe(PASSAGE)
    await threads.getByLabel('Reply to open threads').fill(REPLY)
    await shot(e, '03-editor-replies')
    await Promise.all([
      e.waitForEvent('load', { timeout: 60_000 }),
      clickAndAwait(e, threads.getByRole('button', { name: 'Reply and resubmit' }), `/api/articles/${id}/workflow`),
    ])
    expect((await api(e, 'GET', `/api/articles/${id}/workflow`)).json.draft).toBe('in_review')
    await e.goto(`${baseURL}/admin`)

    // The reviewer sees the reply, resolves the thread, reopens it and resolves it again.
    threads = await openDocument(r, docUrl)
    thread = threads.getByTestId('review-thread').filter({ hasText: COMMENT })
    await thread.getByText(REPLY).waitFor({ timeout: 30_000 })
    await clickAndAwait(r, thread.getByRole('button', { name: 'Resolve' }), '/resolve')
    await threadState(threads, 'resolved')
    expect(await thread.locator('.relief-thread__anchor').textContent()).toMatch(/Resolved by Maya Okafor/)
    await shot(r, '04-resolved')
    await clickAndAwait(r, thread.getByRole('button', { name: 'Reopen' }), '/reopen')
    await threadState(threads, 'open')
    await clickAndAwait(r, thread.getByRole('button', { name: 'Resolve' }), '/resolve')
    await threadState(threads, 'resolved')
    await shot(r, '05-resolved-again')

    const listed = await api(r, 'GET', `/api/review-comments/threads?collection=articles&id=${id}`)
    expect(listed.json.threads).toHaveLength(1)
    expect(listed.json.threads[0]).toMatchObject({ quote: PASSAGE, status: 'resolved', resolvedByName: 'Maya Okafor' })
    expect(listed.json.threads[0].replies.map((c: { body: string }) => c.body)).toEqual([REQUEST, REPLY])
  }, 300_000)
})
