/**
 * Anonymous content reads answered in front of Next (src/delivery/cache/fastPath.ts, serveDirect):
 * a real HTTP server with the early answer installed, the route files themselves loaded (they
 * register their GET handlers), and a last listener standing for Next's router, so a test can see
 * which requests never reach it.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { installFastPath } from '@/delivery/cache/fastPath'
import { registerDirectRead } from '@/delivery/directReads'

import { createApi } from '../../helpers/api'
import { createUser, PASSWORD } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createDeliveryClient } from './deliveryClient'
import { createLiveArticle } from './fixtures'

const NEXT_STATUS = 418

let payload: Payload
let server: http.Server
let base: string
let client: ReturnType<typeof createDeliveryClient>
let live: Awaited<ReturnType<typeof createLiveArticle>>
let restGet: (typeof import('@/app/(payload)/api/[...slug]/route'))['GET']

const previousCache = process.env.DELIVERY_CACHE

beforeAll(async () => {
  // Every read goes through Payload and the delivery rules: what serveDirect adds is routing only.
  process.env.DELIVERY_CACHE = 'off'
  payload = await getTestPayload()
  client = createDeliveryClient(payload.config)
  live = await createLiveArticle(payload)
  installFastPath()
  // Loading a route file registers its GET, as on Next's first request to it.
  restGet = (await import('@/app/(payload)/api/[...slug]/route')).GET
  await import('@/app/(payload)/api/graphql/route')
  // Registration waits for the config promise; one turn of the event loop settles it.
  await new Promise((resolve) => setImmediate(resolve))
  server = http.createServer((_req, res) => {
    res.writeHead(NEXT_STATUS, { 'content-type': 'text/plain' })
    res.end('next')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  if (previousCache === undefined) delete process.env.DELIVERY_CACHE
  else process.env.DELIVERY_CACHE = previousCache
})

describe('anonymous content reads in front of Next', () => {
  it('should answer with the route handler own bytes and headers, plus the security headers of next.config', async () => {
    for (const path of [`/articles/${live.article.id}?depth=1`, '/articles?limit=5&depth=0', `/articles?where[slug][equals]=${live.article.slug}`]) {
      const overHttp = await fetch(`${base}/api${path}`)
      const inProcess = await client.request('GET', path)
      expect(overHttp.status, path).toBe(200)
      const bytes = Buffer.from(await overHttp.arrayBuffer())
      expect(bytes.equals(Buffer.from(await inProcess.arrayBuffer())), path).toBe(true)
      for (const [name, value] of inProcess.headers) expect(overHttp.headers.get(name), `${path} ${name}`).toBe(value)
      expect(overHttp.headers.get('x-content-type-options')).toBe('nosniff')
      expect(overHttp.headers.get('content-security-policy')).toBeTruthy()
      expect(overHttp.headers.get('content-length')).toBe(String(bytes.byteLength))
    }
  })

  it('should answer 304 to If-None-Match without a body', async () => {
    const path = `/api/articles/${live.article.id}?depth=0`
    const first = await fetch(`${base}${path}`)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"/)
    const second = await fetch(`${base}${path}`, { headers: { 'If-None-Match': etag! } })
    expect(second.status).toBe(304)
    expect(await second.text()).toBe('')
  })

  it('should hand anonymous GraphQL GET queries to the GraphQL route, and keep draft queries on Next', async () => {
    const query = encodeURIComponent(`{ Articles(where: { slug: { equals: "${live.article.slug}" } }) { docs { id title } } }`)
    const response = await fetch(`${base}/api/graphql?query=${query}`)
    expect(response.status).toBe(200)
    expect((await response.json()).data.Articles.docs.map((doc: { id: number }) => doc.id)).toEqual([live.article.id])
    const drafts = encodeURIComponent('{ Articles(draft: true) { docs { id } } }')
    expect((await fetch(`${base}/api/graphql?query=${drafts}`)).status).toBe(NEXT_STATUS)
  })

  it('should leave every request that is not an anonymous content read to Next', async () => {
    const editor = await createUser(payload, ['editor'])
    const token = await createApi(payload.config).login(editor.email, PASSWORD)
    const toNext: [string, RequestInit][] = [
      [`/api/articles/${live.article.id}`, { headers: { Authorization: `JWT ${token}` } }],
      [`/api/articles/${live.article.id}`, { headers: { Cookie: `payload-token=${token}` } }],
      [`/api/articles/${live.article.id}?draft=true`, {}],
      ['/api/articles', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } }],
      ['/api/articles', { method: 'HEAD' }],
      ['/api/users/me', {}],
      ['/api/users', {}],
      [`/api/articles/${live.article.id}/versions`, {}],
      ['/api/articles/versions', {}],
      ['/api/media/file/anything.png', {}],
      ['/api/articles/%E0%A4%A', {}],
      ['/api/graphql-playground', {}],
      ['/api/changes', {}],
      ['/articles/some-page', {}],
    ]
    for (const [path, init] of toNext) {
      const response = await fetch(`${base}${path}`, init)
      expect(response.status, `${init.method ?? 'GET'} ${path}`).toBe(NEXT_STATUS)
    }
  })

  it('should count GraphQL reads against the client address, as Next passes it on', async () => {
    const query = encodeURIComponent('{ Articles(limit: 1) { docs { id } } }')
    const forwarded = `203.0.113.${Math.floor(Math.random() * 200) + 1}`
    expect((await fetch(`${base}/api/graphql?query=${query}`, { headers: { 'X-Forwarded-For': forwarded } })).status).toBe(200)
    expect((await fetch(`${base}/api/graphql?query=${query}`)).status).toBe(200)
    const { rows } = await (payload.db as unknown as { pool: { query: (text: string, values: unknown[]) => Promise<{ rows: { key: string }[] }> } }).pool.query(
      `SELECT key FROM rate_limits WHERE key = ANY($1)`,
      [[`graphql:ip:${forwarded}`, 'graphql:ip:127.0.0.1', 'graphql:ip:::ffff:127.0.0.1']],
    )
    const keys = rows.map((row) => row.key)
    expect(keys).toContain(`graphql:ip:${forwarded}`)
    // Without the header, the socket's address: never one shared "unknown" bucket for everyone.
    expect(keys.some((key) => key.includes('127.0.0.1'))).toBe(true)
  })

  it('should let Next answer when the route handler throws', async () => {
    registerDirectRead('rest', async () => {
      throw new Error('route handler failed')
    }, payload.config)
    await new Promise((resolve) => setImmediate(resolve))
    try {
      expect((await fetch(`${base}/api/articles/${live.article.id}`)).status).toBe(NEXT_STATUS)
    } finally {
      registerDirectRead('rest', restGet, payload.config)
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect((await fetch(`${base}/api/articles/${live.article.id}`)).status).toBe(200)
  })
})
