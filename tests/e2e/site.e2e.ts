/**
 * The reference site in Chromium against the production build: every page type in both
 * languages, with its content (byline, disclaimers shown once, JSON-LD, lang and hreflang, no
 * "unknown node"), static pages that a publish expires, and draft preview for staff.
 * Screenshots go to .test-reports/screenshots/site-*.png.
 */
import fs from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, signIn } from './browser'

const baseURL = inject('baseURL')
const SHOTS = '.test-reports/screenshots'
const ARTICLE = 'what-massage-can-and-cannot-do-for-sciatica'
const UNPUBLISHED = 'sitting-less-small-habits-for-a-calmer-lower-back'
const TECHNIQUE = 'swedish-massage'
const THERAPIST = 'clara-jensen'
const TECHNIQUE_ARTICLE = 'five-minutes-of-self-massage-between-appointments'

const login = async (email: string) => {
  const res = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'relief-dev-password' }),
  })
  const body = await res.json()
  if (!body.token) throw new Error(`login ${email}: ${JSON.stringify(body)}`)
  return body.token as string
}

const api = async (token: string, method: string, path: string, body?: unknown) => {
  const res = await fetch(`${baseURL}/api${path}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`)
  return JSON.parse(text)
}

const idOfSlug = async (token: string, slug: string) =>
  (await api(token, 'GET', `/articles?where[slug][equals]=${slug}&draft=true&depth=0`)).docs[0].id as number

/** A page's facts, read in the browser. */
const facts = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    hreflang: Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang'),
        new URL(l.getAttribute('href')!).pathname,
      ]),
    ),
    text: document.body.innerText,
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!)),
  }))

describe('reference site', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true })
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
  })
  afterAll(async () => {
    await browser?.close()
  })

  const PAGES: [string, string, string][] = [
    ['home', '/', '/'],
    ['article', `/articles/${ARTICLE}`, `/articles/${ARTICLE}`],
    ['techniques', '/techniques', '/techniques'],
    ['technique', `/techniques/${TECHNIQUE}`, `/techniques/${TECHNIQUE}`],
    ['faq', '/faq', '/faq'],
    ['therapist', `/therapists/${THERAPIST}`, `/therapists/${THERAPIST}`],
    ['search', '/search?q=massage', '/search'],
  ]

  it('should serve every page type in English and Thai with lang, hreflang and no unknown node', async () => {
    for (const locale of ['en', 'th'] as const) {
      for (const [name, path, canonical] of PAGES) {
        const url = locale === 'en' ? path : `/th${path === '/' ? '' : path}`
        const response = await page.goto(`${baseURL}${url}`)
        expect(response?.status(), url).toBe(200)
        const { lang, hreflang, text } = await facts(page)
        expect(lang, url).toBe(locale)
        expect(text, url).not.toMatch(/unknown node/i)
        expect(hreflang, url).toMatchObject({ en: canonical, th: canonical === '/' ? '/th' : `/th${canonical}` })
        await page.screenshot({ path: `${SHOTS}/site-${name}-${locale}.png`, fullPage: true })
      }
    }
  })

  it('should show an article with byline, author bio, techniques, references, each disclaimer once and MedicalWebPage JSON-LD', async () => {
    for (const locale of ['en', 'th'] as const) {
      await page.goto(`${baseURL}${locale === 'th' ? '/th' : ''}/articles/${ARTICLE}`)
      const { text, jsonLd } = await facts(page)
      expect(await page.locator('[data-testid="review-byline"]').innerText()).toMatch(
        locale === 'en' ? /Medically reviewed by Dr\. Maya Okafor, DPT/ : /ตรวจทานทางการแพทย์โดย Dr\. Maya Okafor/,
      )
      expect(await page.locator('[data-testid="author-bio"]').innerText()).toContain('Clara Jensen')
      expect(await page.locator('[data-testid="techniques"] li').count()).toBeGreaterThan(0)
      expect(await page.locator('[data-testid="references"] li').count()).toBeGreaterThan(0)
      for (const block of ['callout', 'techniqueCallout', 'faqList', 'disclaimer']) {
        expect(await page.locator(`[data-block="${block}"]`).count(), block).toBe(1)
      }
      // Medical inline (body), emergency from the field: each disclaimer exactly once.
      const ids = await page.locator('[data-disclaimer-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-disclaimer-id')))
      expect(ids.length).toBe(2)
      expect(new Set(ids).size).toBe(2)
      expect(text).toContain(locale === 'en' ? 'When to get urgent help' : 'เมื่อไรต้องรีบขอความช่วยเหลือ')
      if (locale === 'th') expect(text).toContain('การนวดช่วยอะไรได้')
      const medical = jsonLd.find((j) => j['@type'] === 'MedicalWebPage')
      expect(medical).toMatchObject({
        inLanguage: locale,
        reviewedBy: { '@type': 'Person', name: 'Dr. Maya Okafor' },
        author: { name: 'Clara Jensen' },
      })
      expect(medical.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('should serve JSON-LD from the API for live articles only, with 404 and 400 for bad ids and locales', async () => {
    const token = await login('editor@relief.test')
    const live = await idOfSlug(token, ARTICLE)
    const draft = await idOfSlug(token, UNPUBLISHED)
    const res = await fetch(`${baseURL}/api/articles/${live}/json-ld?locale=th`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/ld+json')
    const body = await res.json()
    expect(body).toMatchObject({ '@type': 'MedicalWebPage', inLanguage: 'th', url: expect.stringContaining(`/th/articles/${ARTICLE}`) })
    expect((await fetch(`${baseURL}/api/articles/${draft}/json-ld`)).status).toBe(404)
    // Staff get the live version too: the endpoint never serves a draft.
    expect((await fetch(`${baseURL}/api/articles/${draft}/json-ld`, { headers: { Authorization: `JWT ${token}` } })).status).toBe(404)
    expect((await fetch(`${baseURL}/api/articles/not-a-number/json-ld`)).status).toBe(404)
    expect((await fetch(`${baseURL}/api/articles/${live}/json-ld?locale=fr`)).status).toBe(400)
  })

  it('should serve sitemap.xml with both languages, robots.txt and a favicon', async () => {
    const sitemap = await (await fetch(`${baseURL}/sitemap.xml`)).text()
    expect(sitemap).toContain(`/articles/${ARTICLE}</loc>`)
    expect(sitemap).toContain(`/th/articles/${ARTICLE}</loc>`)
    expect(sitemap).toContain('hreflang="th"')
    expect(sitemap).not.toContain(UNPUBLISHED)
    const robots = await (await fetch(`${baseURL}/robots.txt`)).text()
    expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/)
    expect(robots).toContain('Disallow: /admin')
    for (const icon of ['/favicon.ico', '/icon.svg']) {
      const res = await fetch(`${baseURL}${icon}`)
      expect(res.status, icon).toBe(200)
      expect(res.headers.get('content-type'), icon).toMatch(/^image\//)
    }
  })

  it('should keep pages static and expire them when content goes live', async () => {
    const editor = await login('editor@relief.test')
    const reviewer = await login('reviewer@relief.test')
    const id = await idOfSlug(editor, UNPUBLISHED)
    const pageUrl = `${baseURL}/articles/${UNPUBLISHED}`
    expect((await fetch(pageUrl)).status).toBe(404)

    const publish = async () => {
      await api(editor, 'POST', `/articles/${id}/workflow`, { action: 'submit' })
      await api(reviewer, 'POST', `/articles/${id}/workflow`, { action: 'approve' })
      await api(editor, 'POST', `/articles/${id}/workflow`, { action: 'publish' })
    }
    await publish()
    const first = await fetch(pageUrl)
    expect(first.status).toBe(200)
    expect(await first.text()).toContain('Sitting less')
    // The second visit comes from Next's static cache.
    const second = await fetch(pageUrl)
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT')

    const title = `Sitting less, revised ${Date.now()}`
    await api(editor, 'PATCH', `/articles/${id}?draft=true`, { title })
    // A saved draft changes nothing public.
    expect(await (await fetch(pageUrl)).text()).not.toContain(title)
    await publish()
    expect(await (await fetch(pageUrl)).text()).toContain(title)
    expect(await (await fetch(`${baseURL}/`)).text()).toContain(title)
  })

  it('should show drafts only to signed-in staff in draft mode', async () => {
    expect((await fetch(`${baseURL}/next/preview?path=/`)).status).toBe(401)
    expect((await fetch(`${baseURL}/next/preview?path=//evil.example`)).status).toBe(400)
    const editor = await login('editor@relief.test')
    const id = await idOfSlug(editor, ARTICLE)
    const draftTitle = `Draft wording ${Date.now()}`
    await api(editor, 'PATCH', `/articles/${id}?draft=true`, { title: draftTitle })

    const context = await browser.newContext()
    const staff = await context.newPage()
    await signIn(staff, 'editor@relief.test')
    await staff.goto(`${baseURL}/next/preview?path=${encodeURIComponent(`/articles/${ARTICLE}`)}`)
    await staff.locator('[data-testid="draft-banner"]').waitFor({ timeout: 30_000 })
    expect(await staff.locator('h1').innerText()).toBe(draftTitle)
    await staff.screenshot({ path: `${SHOTS}/site-preview-en.png`, fullPage: true })
    await context.close()

    // Visitors still get the live wording.
    const publicHtml = await (await fetch(`${baseURL}/articles/${ARTICLE}`)).text()
    expect(publicHtml).not.toContain(draftTitle)
    expect(publicHtml).toContain('What massage can and cannot do for sciatica')
  })

  it('should show the draft page in the admin live preview', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    const staff = await context.newPage()
    await signIn(staff, 'editor@relief.test')
    const id = await idOfSlug(await login('editor@relief.test'), TECHNIQUE_ARTICLE)
    await staff.goto(`${baseURL}/admin/collections/articles/${id}`)
    await staff.locator('#live-preview-toggler').click({ timeout: 30_000 })
    const frame = staff.locator('#live-preview-iframe')
    await frame.waitFor({ timeout: 30_000 })
    expect(await frame.getAttribute('src')).toContain(`/next/preview?path=${encodeURIComponent(`/articles/${TECHNIQUE_ARTICLE}`)}`)
    await staff.frameLocator('#live-preview-iframe').locator('[data-testid="draft-banner"]').waitFor({ timeout: 30_000 })
    await staff.screenshot({ path: `${SHOTS}/site-live-preview.png` })
    await context.close()
  })
})
