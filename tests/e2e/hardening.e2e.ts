/**
 * Output safety and bad-input answers on the production build (`next build` + `next start`):
 * security headers everywhere, a CSP the admin panel runs under without violations, 4xx (not
 * 500) for bad input, readable error names and the import/claims endpoints' own 401/403.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, signIn } from './browser'

const baseURL = inject('baseURL')
const PASSWORD = 'relief-dev-password'

const call = async (path: string, init: RequestInit & { token?: string } = {}) => {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  const response = await fetch(`${baseURL}${path}`, { ...init, headers, redirect: 'manual' })
  const text = await response.text()
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, text, json }
}

const login = async (email: string, password = PASSWORD) => {
  const response = await call('/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status, response.text).toBe(200)
  return response.json.token as string
}

const postJson = (path: string, body: unknown, token?: string) =>
  call(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), token })

let adminToken: string
let editorToken: string
let readerToken: string
let mediaPath: string
let articleId: number

beforeAll(async () => {
  adminToken = await login('admin@relief.test')
  editorToken = await login('editor@relief.test')
  const email = `no-role-${Date.now()}@relief.test`
  const created = await postJson('/api/users', { email, password: PASSWORD, name: 'No Role', roles: [] }, adminToken)
  expect(created.status, created.text).toBe(201)
  readerToken = await login(email)
  const media = await call('/api/media?limit=1&depth=0')
  mediaPath = new URL(media.json.docs[0].url, baseURL).pathname
  const articles = await call('/api/articles?limit=1&depth=0&draft=true', { token: editorToken })
  articleId = articles.json.docs[0].id
})

describe('security headers', () => {
  it.each([
    ['the admin panel', '/admin/login'],
    ['REST', '/api/articles?limit=1'],
    ['the reference site', '/'],
    ['a media file', 'MEDIA'],
  ])('should send CSP, frame-ancestors, nosniff and Referrer-Policy on %s, without X-Powered-By', async (_label, path) => {
    const response = await call(path === 'MEDIA' ? mediaPath : path)
    expect(response.status).toBe(200)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("frame-ancestors 'self'")
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('should give API answers and media files a policy under which nothing runs', async () => {
    for (const path of ['/api/articles?limit=1', mediaPath]) {
      const csp = (await call(path)).headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'none'")
      expect(csp).toContain('sandbox')
    }
  })
})

describe('the admin panel under the CSP', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('should sign in, open an article and the article list with no CSP violation', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|frame|create)/i.test(message.text())) {
        violations.push(message.text())
      }
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    await signIn(page, 'editor@relief.test')
    await page.goto(`${baseURL}/admin/collections/articles/${articleId}`)
    await page.locator('#field-title').waitFor({ state: 'visible', timeout: 30_000 })
    // The rich-text editor is the heaviest client code on the page.
    await page.locator('[data-lexical-editor="true"]').first().waitFor({ state: 'visible', timeout: 30_000 })
    await page.goto(`${baseURL}/admin/collections/articles`)
    await page.locator('table tbody tr').first().waitFor({ state: 'visible', timeout: 30_000 })
    await page.goto(`${baseURL}/`)
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
    await context.close()
  })
})

describe('bad input answers 4xx on the production build', () => {
  it('should answer 404 for a non-numeric or out-of-range id', async () => {
    expect((await call('/api/articles/abc')).status).toBe(404)
    expect((await call('/api/articles/99999999999')).status).toBe(404)
  })

  it('should answer 400 naming the field and operator for near on text and like on rich text', async () => {
    const near = await call('/api/articles?where[title][near]=1,2')
    expect(near.status, near.text).toBe(400)
    expect(near.json.errors[0].data.errors[0].path).toBe('where.title.near')
    const like = await call('/api/articles?where[body][like]=x')
    expect(like.status, like.text).toBe(400)
    expect(like.json.errors[0].data.errors[0].path).toBe('where.body.like')
    expect(like.json.errors[0].data.errors[0].message).toMatch(/body is rich text/)
  })

  it('should answer 400 for a NUL byte in a query', async () => {
    const response = await call('/api/articles?where[title][equals]=a%00b')
    expect(response.status, response.text).toBe(400)
    expect(response.json.errors[0].data.errors[0].path).toBe('where.title.equals')
  })

  it('should answer 400 with a JSON error for a GraphQL body that is not JSON', async () => {
    const response = await call('/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'not json' })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].message).toMatch(/not valid JSON/)
  })

  it('should answer 400 naming url when an upload-from-URL target is blocked', async () => {
    const response = await postJson(
      '/api/media',
      { alt: 'Metadata service', filename: 'secret.png', url: 'http://169.254.169.254/latest/meta-data/secret.png' },
      editorToken,
    )
    expect(response.status, response.text).toBe(400)
    expect(response.json.errors[0].data.errors[0].path).toBe('url')
  })
})

describe('readable error names on the production build', () => {
  it('should name a workflow refusal WorkflowError', async () => {
    const created = await postJson('/api/articles', { title: `Names ${Date.now()}` }, editorToken)
    expect(created.status, created.text).toBe(201)
    const response = await postJson(`/api/articles/${created.json.doc.id}/workflow`, { action: 'publish' }, adminToken)
    expect([409, 422]).toContain(response.status)
    expect(response.json.errors[0].name).toBe('WorkflowError')
  })

  it('should name a validation error ValidationError', async () => {
    const response = await postJson('/api/articles', { title: 'x', notAField: 1 }, editorToken)
    expect(response.status).toBe(400)
    expect(response.json.errors[0].name).toBe('ValidationError')
  })
})

describe('import and claims endpoints on the production build', () => {
  it('should answer 401 to anonymous callers with their own message', async () => {
    const importing = await call('/api/import', { method: 'POST', body: new FormData() })
    expect(importing.status).toBe(401)
    expect(importing.json.errors[0].message).toBe('Sign in as an admin to import articles')
    const claims = await postJson('/api/medical-claims/check', { text: 'Massage cures sciatica.' })
    expect(claims.status).toBe(401)
    expect(claims.json.errors[0].message).toBe('Sign in to use the claims checker')
  })

  it('should answer 403 to the wrong role with their own message', async () => {
    const importing = await call('/api/import', { method: 'POST', body: new FormData(), token: editorToken })
    expect(importing.status).toBe(403)
    expect(importing.json.errors[0].message).toBe('Only admins can import articles')
    const claims = await postJson('/api/medical-claims/check', { text: 'Massage cures sciatica.' }, readerToken)
    expect(claims.status).toBe(403)
    expect(claims.json.errors[0].message).toMatch(/Only staff/)
  })
})
