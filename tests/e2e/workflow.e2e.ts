import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, signIn } from './browser'

const baseURL = inject('baseURL')

const openAs = async (browser: Browser, email: string) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signIn(page, email)
  return { context, page }
}

const stateOf = async (page: Page) =>
  page.locator('.relief-workflow').getAttribute('data-state', { timeout: 30_000 })

/** Saves the form as a draft and waits for the server to accept it. */
const saveDraft = async (page: Page) => {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/articles/') && r.request().method() === 'PATCH'),
    page.click('#action-save-draft'),
  ])
  expect(response.status(), await response.text()).toBe(200)
}

/** Clicks an action button and waits until the page (reloaded by the component) shows `to`. */
const act = async (page: Page, action: string, to: string, comment?: string) => {
  await page.locator(`#workflow-action-${action}`).click()
  // Actions that change what readers see, sign the wording or need a comment ask first.
  const hasDialog = await page
    .locator('#workflow-dialog')
    .waitFor({ timeout: 2_000 })
    .then(
      () => true,
      () => false,
    )
  if (hasDialog) {
    if (comment !== undefined) await page.fill('#workflow-comment', comment)
    await page.locator('#workflow-confirm').click()
  }
  try {
    await page.locator(`.relief-workflow[data-state="${to}"]`).waitFor({ timeout: 30_000 })
  } catch (error) {
    const shown = await page.locator('.relief-workflow__error').allTextContents()
    throw new Error(`${action} did not reach ${to}: ${shown.join(' ') || (error as Error).message}`)
  }
}

const anonymousTitle = async (id: string) => {
  const rest = await fetch(`${baseURL}/api/articles/${id}?depth=0`)
  const graphql = await fetch(`${baseURL}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: `{ Article(id: ${id}) { title } }` }),
  })
  const restBody = rest.ok ? await rest.json() : null
  const graphqlBody = await graphql.json()
  return { rest: restBody?.title ?? null, graphql: graphqlBody.data?.Article?.title ?? null }
}

describe('editorial workflow in the admin panel', () => {
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

  it('should take an article from draft to published with a review round, keeping the live version on later edits', async () => {
    const title = `Gentle stretches for the hips ${Date.now()}`
    const page = editor.page
    await page.goto(`${baseURL}/admin/collections/articles/create`)
    await page.fill('#field-title', title)
    await page.fill('#field-excerpt', 'Three slow stretches for stiff hips after a long day.')
    await page.locator('.rich-text-lexical .ContentEditable__root').first().click()
    await page.keyboard.type('Move slowly and stop if any stretch sends pain down the leg.')
    await page.locator('#field-disclaimers').click()
    await page.locator('.rs__option', { hasText: 'Medical information notice' }).first().click()
    await page.click('#action-save-draft')
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 30_000 })
    const id = page.url().match(/articles\/(\d+)/)![1]
    await page.reload()
    expect(await stateOf(page)).toBe('draft')

    await act(page, 'submit', 'in_review')
    expect(await stateOf(page)).toBe('in_review')

    await reviewer.page.goto(`${baseURL}/admin/collections/articles/${id}`)
    await act(reviewer.page, 'request_changes', 'changes_requested', 'Please say how long to hold each stretch.')
    expect(await stateOf(reviewer.page)).toBe('changes_requested')
    await reviewer.page.locator('#workflow-history').getByText('Please say how long to hold each stretch.').waitFor()

    await page.reload()
    await page.fill('#field-excerpt', 'Three slow stretches for stiff hips; hold each for about thirty seconds.')
    await saveDraft(page)
    await page.reload()
    await act(page, 'submit', 'in_review')
    expect(await stateOf(page)).toBe('in_review')

    await reviewer.page.reload()
    await act(reviewer.page, 'approve', 'approved')
    expect(await stateOf(reviewer.page)).toBe('approved')

    await page.reload()
    await act(page, 'publish', 'published')
    expect(await stateOf(page)).toBe('published')
    expect(await anonymousTitle(id)).toEqual({ rest: title, graphql: title })

    // The public page names the reviewer and carries MedicalWebPage structured data.
    const { slug } = await (await fetch(`${baseURL}/api/articles/${id}?depth=0`)).json()
    const visitor = await browser.newPage()
    await visitor.goto(`${baseURL}/articles/${slug}`)
    const byline = await visitor.locator('[data-testid="review-byline"]').textContent()
    expect(byline).toMatch(/^Medically reviewed by Dr\. Maya Okafor, DPT · Last reviewed .+ · Next review due .+/)
    const jsonLd = JSON.parse((await visitor.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    expect(jsonLd).toMatchObject({ '@type': 'MedicalWebPage', reviewedBy: { name: 'Dr. Maya Okafor' } })
    expect(jsonLd.lastReviewed).toEqual(expect.any(String))
    await visitor.close()

    await page.fill('#field-title', `${title} (updated)`)
    await saveDraft(page)
    await page.reload()
    expect(await stateOf(page)).toBe('draft')
    expect(await anonymousTitle(id)).toEqual({ rest: title, graphql: title })
  })

  it('should show reviewers their queue on the dashboard', async () => {
    await reviewer.page.goto(`${baseURL}/admin`)
    const panel = reviewer.page.locator('[data-panel="waitingForMe"]')
    await panel.waitFor({ timeout: 30_000 })
    expect(await panel.locator('h3').textContent()).toBe('Waiting for my review')
  })
})
