/**
 * The delivery headers on the production build (`next start`): the route files wrap Payload's
 * handlers, so ETag/304, Cache-Control, GraphQL by GET and CORS hold there too.
 */
import { describe, expect, inject, it } from 'vitest'

const baseURL = inject('baseURL')

describe('delivery headers under next start', () => {
  it('should serve an anonymous list with a strong ETag, public caching and Surrogate-Key, and 304 on If-None-Match', async () => {
    const first = await fetch(`${baseURL}/api/articles?depth=1&limit=5`)
    expect(first.status).toBe(200)
    const etag = first.headers.get('ETag')
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    expect(first.headers.get('Cache-Control')).toMatch(/^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/)
    expect(first.headers.get('Surrogate-Key')?.split(' ')).toContain('articles')
    const second = await fetch(`${baseURL}/api/articles?depth=1&limit=5`, { headers: { 'If-None-Match': etag! } })
    expect(second.status).toBe(304)
    expect(await second.text()).toBe('')
  })

  it('should answer GraphQL queries by GET with caching headers and refuse mutations by GET', async () => {
    const query = encodeURIComponent('{ Articles(limit: 3) { docs { id title } } }')
    const response = await fetch(`${baseURL}/api/graphql?query=${query}`)
    expect(response.status).toBe(200)
    expect((await response.json()).data.Articles.docs).toBeInstanceOf(Array)
    expect(response.headers.get('Cache-Control')).toMatch(/^public, /)
    expect(response.headers.get('ETag')).toBeTruthy()
    const mutation = encodeURIComponent('mutation { createFaq(data: { question: "by GET" }) { id } }')
    const refused = await fetch(`${baseURL}/api/graphql?query=${mutation}`)
    expect([400, 405]).toContain(refused.status)
  })

  it('should give no CORS headers when CORS_ORIGINS lists nothing', async () => {
    const preflight = await fetch(`${baseURL}/api/articles`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET' },
    })
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull()
    const get = await fetch(`${baseURL}/api/articles?limit=1`, { headers: { Origin: 'http://localhost:5173' } })
    expect(get.headers.get('Access-Control-Allow-Origin')).toBeNull()
  })

  it('should mark reads with a session cookie private, no-store', async () => {
    const login = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor@relief.test', password: 'relief-dev-password' }),
    })
    const { token } = await login.json()
    expect(token, 'editor login').toBeTruthy()
    const response = await fetch(`${baseURL}/api/articles?limit=1`, { headers: { Cookie: `payload-token=${token}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    expect(response.headers.get('Surrogate-Key')).toBeNull()
  })
})
