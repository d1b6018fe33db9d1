/**
 * Uncached anonymous REST reads take their Surrogate-Keys and ETag bytes from the result the read
 * endpoint serialised (src/delivery/restReads), not by reading and parsing the body back. Proven here on many real
 * answers: the same bytes as Payload's own handler, and the same key set as the walk of the
 * parsed body, for reads by id, lists with where/sort/limit/page/depth/locale/select/populate,
 * populated relations (fields, Lexical relationship/upload nodes and blocks), uploads and a global.
 * A document shown only inside a Lexical block is among the keys (it was not before this branch).
 */
import { REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentRoute } from '@/delivery/contentRoute'
import { strongEtag } from '@/delivery/etag'
import { trackRead } from '@/delivery/restReads/slots'
import { withDelivery } from '@/delivery/withDelivery'
import { collectRestKeys } from '@/delivery/restSurrogateKeys'

import { getTestPayload } from '../../helpers/payload'
import { createDeliveryClient } from './deliveryClient'
import { createRichArticle } from './fixtures'

let payload: Payload
let client: ReturnType<typeof createDeliveryClient>
let paths: string[]
let richRead: { path: string; keys: string[] }

const BASE = 'http://localhost:3000'
const previousCache = process.env.DELIVERY_CACHE

const call = (_path: string, request: Request) => {
  const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
  return REST_GET(payload.config)(request, { params: Promise.resolve({ slug }) })
}

/** What the parse-and-walk path computes on a body: the reference the endpoint must match. */
const parsedKeys = (path: string, text: string) => {
  const route = contentRoute(new URL(`/api${path}`, BASE), payload.config)!
  return [...collectRestKeys(payload.config, route, JSON.parse(text), text)].sort()
}

beforeAll(async () => {
  process.env.DELIVERY_CACHE = 'off'
  payload = await getTestPayload()
  client = createDeliveryClient(payload.config)
  const { first, second, faq, disclaimer, hero, inline, rich } = await createRichArticle(payload)
  const a = first.article.id
  const r = rich.id as number
  richRead = { path: `/articles/${r}?depth=1`, keys: [
      `faqs:${faq.id}`,
      `media:${hero.id}`,
      `media:${inline.id}`,
      `disclaimers:${disclaimer.id}`,
      // Shown only by the Lexical block in the body.
      `techniques:${second.technique.id}`,
    ],
  }
  const slug = encodeURIComponent((rich as { slug?: string }).slug ?? '')
  paths = [
    `/articles/${a}?depth=0`,
    `/articles/${a}?depth=1`,
    `/articles/${a}?depth=2`,
    `/articles/${r}?depth=0`,
    `/articles/${r}?depth=1`,
    `/articles/${r}?depth=2`,
    `/articles/${r}?depth=1&locale=all`,
    `/articles/${r}?depth=1&select[title]=true&select[heroImage]=true&select[body]=true`,
    `/articles/${r}?depth=1&populate[techniques][name]=true`,
    `/articles/${r}?depth=1&draft=true`,
    '/articles?limit=10&depth=0',
    '/articles?limit=10&depth=1',
    '/articles?limit=10&depth=2',
    `/articles?where[slug][equals]=${slug}&depth=1`,
    `/articles?where[id][in]=${a},${r}&sort=-updatedAt&depth=1`,
    '/articles?sort=title&limit=1&page=2&depth=1',
    '/articles?limit=5&depth=1&locale=all',
    '/articles?depth=1&select[title]=true&select[author]=true',
    '/articles?where[title][like]=no-such-title-anywhere&depth=1',
    `/techniques/${first.technique.id}?depth=2`,
    '/techniques?depth=1',
    `/therapists/${first.author.id}?depth=1`,
    '/therapists?depth=1&limit=5',
    `/faqs/${faq.id}?depth=1`,
    '/faqs?depth=2',
    '/disclaimers?depth=1',
    `/media/${hero.id}`,
    '/media?depth=0&limit=10',
    '/globals/site-settings?depth=1',
    '/globals/site-settings?depth=0',
  ]
}, 240_000)

afterAll(() => {
  if (previousCache === undefined) delete process.env.DELIVERY_CACHE
  else process.env.DELIVERY_CACHE = previousCache
})

describe('Surrogate-Keys of uncached REST reads without parsing the body', () => {
  it('should answer Payload own bytes and hand over the parsed body key set, for every content read', async () => {
    let populated = 0
    for (const path of paths) {
      const url = new URL(`/api${path}`, BASE)
      const stock = await call(path, new Request(url))
      expect(stock.status, path).toBe(200)
      const stockText = await stock.text()

      const request = new Request(url)
      const slot = trackRead(request, contentRoute(url, payload.config)!)
      const tracked = await call(path, request)
      expect(tracked.status, path).toBe(200)
      const text = await tracked.text()
      expect(text, path).toBe(stockText)
      expect(slot.keys, `${path}: the endpoint walked its result`).toBeDefined()
      expect(slot.bytes, `${path}: the endpoint kept the bytes it answered`).toEqual(new TextEncoder().encode(text))
      expect([...slot.keys!].sort(), path).toEqual(parsedKeys(path, text))
      if (slot.keys!.size > 2) populated += 1
    }
    // The reads above do show populated documents (not only the top-level ones), rich text's too.
    expect(populated).toBeGreaterThan(10)
    const request = new Request(new URL(`/api${richRead.path}`, BASE))
    const slot = trackRead(request, contentRoute(new URL(request.url), payload.config)!)
    await (await call(richRead.path, request)).arrayBuffer()
    expect([...slot.keys!]).toEqual(expect.arrayContaining(richRead.keys))
  })

  it('should send the same Surrogate-Key and ETag through the delivery wrapper as the parse would give', async () => {
    for (const path of paths) {
      const response = await client.request('GET', path)
      expect(response.status, path).toBe(200)
      const bytes = new Uint8Array(await response.arrayBuffer())
      const text = new TextDecoder().decode(bytes)
      expect(response.headers.get('ETag'), path).toBe(strongEtag(bytes))
      expect(response.headers.get('Content-Length'), path).toBe(String(bytes.byteLength))
      expect((response.headers.get('Surrogate-Key') ?? '').split(' ').filter(Boolean).sort(), path).toEqual(parsedKeys(path, text))
      expect(response.headers.get('Cache-Control'), path).toMatch(/^public, /)
    }
  })

  it('should send Payload own Response of a tracked read, its body unread, with the delivery headers', async () => {
    for (const path of [richRead.path, '/articles?limit=10&depth=1', '/globals/site-settings?depth=1']) {
      let answered: Response | undefined
      const handler = withDelivery(async (request: Request) => {
        answered = await call(path, request)
        return answered
      }, payload.config)
      const response = await handler(new Request(new URL(`/api${path}`, BASE)))
      expect(response, path).toBe(answered)
      const bytes = new Uint8Array(await response.arrayBuffer())
      expect(response.headers.get('ETag'), path).toBe(strongEtag(bytes))
      expect(response.headers.get('Surrogate-Key'), path).toBeTruthy()
    }
  })
})
