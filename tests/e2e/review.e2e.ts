/**
 * A whole review round in Chromium, as an editor and a medical reviewer in two browser contexts
 * (issue 12): write → submit → request changes → fix → resubmit → an edit that dismisses the
 * review → resubmit → approve → publish → edit live → translate to Thai. After every save the
 * panel is checked without reloading the page: it must show what the server says.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, openAs, screenshot } from './browser'

const baseURL = inject('baseURL')
const shot = (page: Page, name: string) => screenshot(page, `review-${name}`)

/** The panel's tracks, as the server last reported them. */
const panelTracks = async (page: Page) => {
  const panel = page.locator('.relief-workflow')
  await panel.waitFor({ timeout: 30_000 })
  return { live: await panel.getAttribute('data-live'), draft: await panel.getAttribute('data-draft') }
}

/** Waits until the panel shows these tracks (it reloads them after a save, with no page reload). */
const expectPanel = async (page: Page, live: string, draft: string) => {
  try {
    await page.locator(`.relief-workflow[data-live="${live}"][data-draft="${draft}"]`).waitFor({ timeout: 30_000 })
  } catch {
    throw new Error(`panel shows ${JSON.stringify(await panelTracks(page))}, expected live ${live} / draft ${draft}`)
  }
}

/** What the server says, to compare with what the panel shows. */
const serverTracks = (page: Page, id: string) =>
  page.evaluate(async (docId) => {
    const response = await fetch(`/api/articles/${docId}/workflow`)
    const body = await response.json()
    return { live: body.live as string, draft: (body.draft ?? 'none') as string }
  }, id)

const save = async (page: Page) => {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/articles/') && r.request().method() === 'PATCH', { timeout: 30_000 }),
    page.click('#action-save-draft'),
  ])
  expect(response.status(), await response.text()).toBe(200)
}

/** Clicks an action; fills the dialog when the action asks (comment, acknowledgement, confirmation). */
const act = async (page: Page, action: string, options: { comment?: string; acknowledge?: boolean } = {}) => {
  // A successful action reloads the page; the next step must run on the fresh one.
  const reloaded = page.waitForEvent('load', { timeout: 30_000 })
  await page.locator(`#workflow-action-${action}`).click()
  const hasDialog = await page
    .locator('#workflow-dialog')
    .waitFor({ timeout: 2_000 })
    .then(
      () => true,
      () => false,
    )
  if (hasDialog) {
    if (options.acknowledge) await page.locator('#workflow-acknowledge').check()
    if (options.comment !== undefined) await page.fill('#workflow-comment', options.comment)
    await page.locator('#workflow-confirm').click()
  }
  await reloaded
}

/** Confirms the open action dialog and waits for the page the action reloads. */
const confirmDialog = async (page: Page) => {
  await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), page.locator('#workflow-confirm').click()])
}

describe('a review round in the admin panel', () => {
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

  it('should keep the panel true to the server through write, review, publish, live edit and Thai translation', async () => {
    const title = `Easing a stiff lower back ${Date.now()}`
    const page = editor.page

    // Write.
    await page.goto(`${baseURL}/admin/collections/articles/create`)
    await page.fill('#field-title', title)
    await page.fill('#field-excerpt', 'Slow, gentle strokes that may ease tension in the lower back.')
    await page.locator('.rich-text-lexical .ContentEditable__root').first().click()
    await page.keyboard.type('Work slowly and stop if the pain spreads into the leg.')
    await page.locator('#field-disclaimers').click()
    await page.locator('.rs__option', { hasText: 'Medical information notice' }).first().click()
    await page.click('#action-save-draft')
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 30_000 })
    const id = page.url().match(/articles\/(\d+)/)![1]
    await expectPanel(page, 'none', 'draft')
    await shot(page, '01-draft')

    // Submit: the header shows the workflow state, not Payload's "Draft" beside "In review".
    await act(page, 'submit')
    await expectPanel(page, 'none', 'in_review')
    await expect.poll(() => page.locator('#workflow-status').textContent()).toContain('In review')
    expect(await page.locator('.doc-controls__status').textContent()).not.toMatch(/Status:?\s*Draft/)
    await shot(page, '02-in-review')

    // Request changes: the dialog will not send without a comment.
    const review = reviewer.page
    await review.goto(`${baseURL}/admin/collections/articles/${id}`)
    await expectPanel(review, 'none', 'in_review')
    await review.locator('#workflow-action-request_changes').click()
    expect(await review.locator('#workflow-confirm').isDisabled()).toBe(true)
    await review.fill('#workflow-comment', 'Please say how long each stroke should last.')
    await confirmDialog(review)
    await expectPanel(review, 'none', 'changes_requested')
    await shot(review, '03-changes-requested')

    // Fix: the save leaves the state as it was, and the panel says so without a reload. While
    // the form is dirty the actions wait for a save.
    await page.reload()
    await expectPanel(page, 'none', 'changes_requested')
    await page.fill('#field-excerpt', 'Slow, gentle strokes of about a minute each that may ease lower-back tension.')
    await page.locator('#workflow-save-first').waitFor({ timeout: 10_000 })
    expect(await page.locator('#workflow-action-submit').isDisabled()).toBe(true)
    await save(page)
    await expectPanel(page, 'none', 'changes_requested')
    expect(await serverTracks(page, id)).toEqual({ live: 'none', draft: 'changes_requested' })

    // Resubmit, then an edit during review: the save asks first, and afterwards the panel shows
    // the draft back in "draft" (no stale "In review").
    await act(page, 'submit', { comment: 'Added the duration of each stroke.' })
    await expectPanel(page, 'none', 'in_review')
    await page.fill('#field-excerpt', 'Slow, gentle strokes of about a minute each; they may ease lower-back tension.')
    await page.click('#action-save-draft')
    await page.locator('#workflow-save-confirm').waitFor({ timeout: 10_000 })
    expect(await page.locator('#workflow-save-confirm').textContent()).toMatch(/takes this draft out of review/)
    await shot(page, '04-save-confirm')
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/articles/') && r.request().method() === 'PATCH', { timeout: 30_000 }),
      page.click('#workflow-save-confirm-yes'),
    ])
    await expectPanel(page, 'none', 'draft')
    expect(await serverTracks(page, id)).toEqual({ live: 'none', draft: 'draft' })
    await act(page, 'submit')
    await expectPanel(page, 'none', 'in_review')

    // Approve asks for confirmation.
    await review.reload()
    await expectPanel(review, 'none', 'in_review')
    await review.locator('#workflow-action-approve').click()
    expect(await review.locator('#workflow-dialog').textContent()).toMatch(/Approve this wording\?/)
    await shot(review, '05-approve-confirm')
    await confirmDialog(review)
    await expectPanel(review, 'none', 'approved')

    // Publish asks too.
    await page.reload()
    await expectPanel(page, 'none', 'approved')
    await act(page, 'publish')
    await expectPanel(page, 'published', 'none')
    await expect.poll(() => page.locator('#workflow-status').textContent()).toContain('Published')
    await shot(page, '06-published')

    // Edit the live page: a forward draft; the panel shows both tracks right after the save.
    await page.fill('#field-title', `${title} (revised)`)
    await save(page)
    await expectPanel(page, 'published', 'draft')
    expect(await page.locator('.relief-workflow .relief-tracks').textContent()).toMatch(/Live:\s*Published\s*·\s*Draft:\s*Draft/)
    const anonymous = await (await fetch(`${baseURL}/api/articles/${id}?depth=0`)).json()
    expect(anonymous.title).toBe(title)
    await shot(page, '07-live-and-draft')

    // The reviewer reaches the changes since the live version in one click. The editor leaves the
    // document first; should its lock still stand, the reviewer reads the document read-only.
    await page.goto(`${baseURL}/admin`)
    await review.reload()
    await expectPanel(review, 'published', 'draft')
    const readOnly = review.getByRole('button', { name: 'View read-only' })
    if (await readOnly.waitFor({ timeout: 5_000 }).then(() => true, () => false)) await readOnly.click()
    const sinceLive = review.locator('#workflow-compare-since-live')
    await sinceLive.waitFor({ timeout: 30_000 })
    await sinceLive.click()
    await review.waitForURL(/\/versions\/[^/?]+\?versionFrom=/, { timeout: 30_000 })
    await review.getByText('(revised)').first().waitFor({ timeout: 30_000 })
    await shot(review, '08-changes-since-live')

    // Translate to Thai: the save keeps both tracks as they were.
    await page.goto(`${baseURL}/admin/collections/articles/${id}?locale=th`)
    await expectPanel(page, 'published', 'draft')
    await page.fill('#field-title', 'การนวดหลังส่วนล่างอย่างนุ่มนวล')
    await save(page)
    await expectPanel(page, 'published', 'draft')
    const thai = await page.evaluate(async (docId) => (await fetch(`/api/articles/${docId}?draft=true&locale=th&depth=0`)).json(), id)
    expect(thai.title).toBe('การนวดหลังส่วนล่างอย่างนุ่มนวล')
    await shot(page, '09-thai')
    // The admin remembers the last locale per user: the next tests expect the English form.
    await page.goto(`${baseURL}/admin/collections/articles/${id}?locale=en`)
    await expectPanel(page, 'published', 'draft')
  }, 360_000)

  it('should hold a submit with blocking claims until the editor ticks the acknowledgement and gives a reason', async () => {
    const page = editor.page
    await page.goto(`${baseURL}/admin/collections/articles/create`)
    await page.fill('#field-title', `Risky wording ${Date.now()}`)
    await page.fill('#field-excerpt', 'This routine is guaranteed to cure sciatica permanently.')
    await page.locator('.rich-text-lexical .ContentEditable__root').first().click()
    await page.keyboard.type('Gentle pressure may ease tension for some people.')
    await page.locator('#field-disclaimers').click()
    await page.locator('.rs__option', { hasText: 'Medical information notice' }).first().click()
    await page.click('#action-save-draft')
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 30_000 })
    await expectPanel(page, 'none', 'draft')
    await page.locator('.relief-findings--blocking').waitFor({ timeout: 30_000 })

    await page.locator('#workflow-action-submit').click()
    const confirm = page.locator('#workflow-confirm')
    expect(await confirm.isDisabled()).toBe(true)
    expect(await page.locator('#workflow-dialog').textContent()).not.toMatch(/acknowledgeFindings/)
    await page.locator('#workflow-acknowledge').check()
    expect(await confirm.isDisabled()).toBe(true)
    await page.fill('#workflow-comment', 'The sentence is quoted from a reader letter and marked as such.')
    expect(await confirm.isDisabled()).toBe(false)
    await shot(page, '10-acknowledge-findings')
    await confirmDialog(page)
    await expectPanel(page, 'none', 'in_review')
    await page.locator('.relief-history__ack').first().waitFor({ timeout: 30_000 })
  })

  it('should brand the login page and list workflow events in words', async () => {
    const visitor = await browser.newContext()
    const login = await visitor.newPage()
    await login.goto(`${baseURL}/admin/login`)
    await login.locator('.relief-logo').waitFor({ timeout: 30_000 })
    await shot(login, '11-login')
    await visitor.close()

    const page = reviewer.page
    await page.goto(`${baseURL}/admin/collections/workflow-events`)
    const firstRow = page.locator('table tbody tr').first()
    await firstRow.waitFor({ timeout: 30_000 })
    const text = (await page.locator('table').textContent()) ?? ''
    expect(text).not.toMatch(/In_review|Untitled - ID/)
    expect(text).toMatch(/Submit for review: /)
    await shot(page, '12-workflow-events')

    await page.goto(`${baseURL}/admin/collections/articles`)
    await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 })
    expect(await page.locator('.relief-review-cell').count()).toBeGreaterThan(0)
    expect(await page.locator('.relief-blocking-cell').count()).toBeGreaterThan(0)
    await shot(page, '13-article-list')
  })
})
