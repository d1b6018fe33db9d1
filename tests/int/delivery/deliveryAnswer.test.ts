/**
 * What the delivery wrapper answers, header by header, now that it edits Payload's own Response
 * instead of copying it (bench/RESULTS.md "Uncached reads: the wrapper edits Payload's answer"):
 * the same body bytes as Payload's handler, exactly the delivery headers, and the Lexical
 * Surrogate-Key walk skipped only when it can find nothing.
 */
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { strongEtag } from '@/delivery/etag'
import { responseWithKnownBody } from '@/delivery/knownBody'
import { collectRestKeys } from '@/delivery/restSurrogateKeys'
import { withDelivery } from '@/delivery/withDelivery'
import { withRequestErrorStatus } from '@/graphql/withRequestErrorStatus'

import { createApi } from '../../helpers/api'
import { createUser, PASSWORD } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createDeliveryClient } from './deliveryClient'
import { createLiveArticle } from './fixtures'

let payload: Payload
let client: ReturnType<typeof createDeliveryClient>
let live: Awaited<ReturnType<typeof createLiveArticle>>
let token: string

const stockRead = async (path: string) => {
  const url = new URL(`/api${path}`, 'http://localhost:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
  return REST_GET(payload.config)(new Request(url), { params: Promise.resolve({ slug }) })
}

const headerNames = (response: Response) => [...response.headers.keys()].sort()
/** What the delivery rules add to an anonymous 200 (no Origin sent). */
const DELIVERY_HEADERS = ['cache-control', 'cache-tag', 'content-length', 'etag', 'surrogate-key', 'vary']
const union = (...lists: string[][]) => [...new Set(lists.flat())].sort()

const previousCache = process.env.DELIVERY_CACHE

beforeAll(async () => {
  // Every read here goes through Payload and the delivery rules, as with the cache off in production.
  process.env.DELIVERY_CACHE = 'off'
  payload = await getTestPayload()
  client = createDeliveryClient(payload.config)
  const editor = await createUser(payload, ['editor'])
  token = await createApi(payload.config).login(editor.email, PASSWORD)
  live = await createLiveArticle(payload)
})

afterAll(() => {
  if (previousCache === undefined) delete process.env.DELIVERY_CACHE
  else process.env.DELIVERY_CACHE = previousCache
})

describe('the delivery answer to an uncached anonymous read', () => {
  it('should send the same bytes as Payload own handler with exactly the delivery headers', async () => {
    for (const path of [`/articles/${live.article.id}?depth=1`, '/articles?limit=10&depth=0']) {
      const ours = await client.request('GET', path)
      const stock = await stockRead(path)
      const bytes = new Uint8Array(await ours.arrayBuffer())
      expect(bytes).toEqual(new Uint8Array(await stock.arrayBuffer()))
      expect(ours.status).toBe(200)
      // Payload's own headers, each with its value, plus the delivery headers; nothing else.
      // Payload's CORS headers go: CORS comes from CORS_ORIGINS only (none listed here).
      const payloadOwn = headerNames(stock).filter((name) => !name.startsWith('access-control-'))
      expect(headerNames(ours)).toEqual(union(payloadOwn, DELIVERY_HEADERS))
      for (const name of payloadOwn) expect(ours.headers.get(name), name).toBe(stock.headers.get(name))
      expect(ours.headers.get('Content-Length')).toBe(String(bytes.byteLength))
      expect(ours.headers.get('Vary')).toBe('Authorization')
      expect(ours.headers.get('Cache-Control')).toBe('public, max-age=60, s-maxage=600, stale-while-revalidate=60')
      expect(ours.headers.get('Cache-Tag')).toBe(ours.headers.get('Surrogate-Key')?.replaceAll(' ', ','))
    }
  })

  it('should answer a matching If-None-Match with 304, the same validators and no body headers', async () => {
    const path = `/articles/${live.article.id}?depth=0`
    const first = await client.request('GET', path)
    const etag = first.headers.get('ETag')!
    const again = await client.request('GET', path, { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    const bodyHeaders = new Set(['content-type', 'content-length', 'content-encoding'])
    expect(headerNames(again)).toEqual(headerNames(first).filter((name) => !bodyHeaders.has(name)))
    expect(again.headers.get('ETag')).toBe(etag)
    expect(again.headers.get('Surrogate-Key')).toBe(first.headers.get('Surrogate-Key'))
  })

  it('should add CORS and Vary: Origin for a listed origin, and keep an authenticated read private', async () => {
    const previous = process.env.CORS_ORIGINS
    process.env.CORS_ORIGINS = 'http://localhost:5173'
    try {
      const listed = await client.request('GET', '/articles?limit=1&depth=0', { Origin: 'http://localhost:5173' })
      expect(listed.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:5173')
      expect(listed.headers.get('Access-Control-Allow-Credentials')).toBe('true')
      expect(listed.headers.get('Vary')).toBe('Origin, Authorization')
      expect(listed.headers.get('ETag')).toBeTruthy()
    } finally {
      if (previous === undefined) delete process.env.CORS_ORIGINS
      else process.env.CORS_ORIGINS = previous
    }
    const staff = await client.request('GET', `/articles/${live.article.id}?depth=0`, { Authorization: `JWT ${token}` })
    expect(staff.status).toBe(200)
    expect(staff.headers.get('Cache-Control')).toBe('private, no-store')
    for (const name of ['ETag', 'Surrogate-Key', 'Cache-Tag', 'Access-Control-Allow-Origin']) {
      expect(staff.headers.get(name)).toBeNull()
    }
    expect((await staff.json()).id).toBe(live.article.id)
  })

  it('should answer an error no-store with its body and no validators', async () => {
    const missing = await client.request('GET', '/articles/999999?depth=0')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('Cache-Control')).toBe('no-store')
    expect(missing.headers.get('ETag')).toBeNull()
    expect((await missing.json()).errors?.length).toBeGreaterThan(0)
  })

  it('should give a GraphQL read the same delivery headers and its body', async () => {
    const response = await client.graphqlGet('query($id:Int!){Article(id:$id){id title}}', { id: live.article.id })
    expect(response.status).toBe(200)
    expect(response.headers.get('Surrogate-Key')?.split(' ')).toContain(`articles:${live.article.id}`)
    expect(response.headers.get('Cache-Control')).toMatch(/^public, /)
    expect((await response.json()).data.Article.id).toBe(live.article.id)
  })
})

describe('GraphQL through the route chain, whose bytes the delivery wrapper does not read again', () => {
  const graphqlGet = (query: string, variables?: Record<string, unknown>) => {
    const handler = withDelivery(withRequestErrorStatus(GRAPHQL_POST(payload.config)), payload.config)
    const url = new URL('/api/graphql', 'http://localhost:3000')
    url.searchParams.set('query', query)
    if (variables) url.searchParams.set('variables', JSON.stringify(variables))
    return handler(new Request(url))
  }

  it('should send the bytes its ETag was made from, with Surrogate-Key, and 304 on the ETag', async () => {
    const query = 'query($id:Int!){Article(id:$id){id title}}'
    const response = await graphqlGet(query, { id: live.article.id })
    expect(response.status).toBe(200)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect(response.headers.get('ETag')).toBe(strongEtag(bytes))
    expect(response.headers.get('Content-Length')).toBe(String(bytes.byteLength))
    expect(response.headers.get('Surrogate-Key')?.split(' ')).toContain(`articles:${live.article.id}`)
    expect(JSON.parse(new TextDecoder().decode(bytes)).data.Article.id).toBe(live.article.id)
  })

  it('should hand on a Response whose bytes a handler of ours already read, without rebuilding it', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ data: { Article: { id: live.article.id, title: 'x' } } }))
    let answered: Response | undefined
    const handler = withDelivery(async () => {
      answered = responseWithKnownBody(bytes, { status: 200, headers: { 'Content-Type': 'application/json' } })
      return answered
    }, payload.config)
    const url = new URL('/api/graphql', 'http://localhost:3000')
    url.searchParams.set('query', 'query($id:Int!){Article(id:$id){id title}}')
    const response = await handler(new Request(url))
    expect(response).toBe(answered)
    expect(response.headers.get('ETag')).toBe(strongEtag(bytes))
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes)
  })

  it('should still answer a query refused before execution 400, no-store, with its errors', async () => {
    const response = await graphqlGet('{ Articles { docs { nope } } }')
    expect(response.status).toBe(400)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(response.headers.get('ETag')).toBeNull()
    expect((await response.json()).errors.length).toBeGreaterThan(0)
  })
})

describe('the Surrogate-Key walk of rich text', () => {
  it('should find a populated Lexical relation node whether or not the body text is given', () => {
    const body = {
      id: 7,
      body: {
        root: {
          type: 'root',
          children: [
            { type: 'paragraph', children: [{ type: 'text', text: 'See also' }] },
            { type: 'relationship', relationTo: 'techniques', value: { id: 42, name: 'Ball against a wall' } },
          ],
        },
      },
    }
    const text = JSON.stringify(body)
    const route = { kind: 'doc', collection: 'articles' } as const
    const withText = collectRestKeys(payload.config, route, JSON.parse(text), text)
    expect([...withText]).toEqual(expect.arrayContaining(['articles:7', 'techniques:42']))
    expect([...withText].sort()).toEqual([...collectRestKeys(payload.config, route, JSON.parse(text))].sort())
  })

  it('should give the same keys with and without the text for a body with no Lexical relation', () => {
    const body = { id: 8, body: { root: { type: 'root', children: [{ type: 'text', text: 'relationTo in prose' }] } } }
    const text = JSON.stringify(body)
    const route = { kind: 'doc', collection: 'articles' } as const
    expect([...collectRestKeys(payload.config, route, JSON.parse(text), text)]).toEqual(['articles:8'])
    expect([...collectRestKeys(payload.config, route, JSON.parse(text))]).toEqual(['articles:8'])
  })
})
