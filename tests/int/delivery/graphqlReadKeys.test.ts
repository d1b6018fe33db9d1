/**
 * Uncached anonymous GraphQL reads take their Surrogate-Keys from the result Payload's handler
 * serialised (src/delivery/graphqlResults.ts), not by decoding and parsing the body back. Proven
 * here on real answers: the same bytes as the route without the wrapper, and the same ETag,
 * Surrogate-Key, Cache-Tag, Cache-Control and Content-Length as the wrapper gives when it has to
 * parse the body (the same bytes replayed without a result), for queries by slug and id, lists with
 * where/sort/limit/page/locale, fragments, aliases, rich text populated at several depths, a count,
 * a global, uploads, and answers with errors.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { strongEtag } from '@/delivery/etag'
import { readSlot, trackRead } from '@/delivery/restReads/slots'
import { withDelivery } from '@/delivery/withDelivery'
import { withRequestErrorStatus } from '@/graphql/withRequestErrorStatus'

import { getTestPayload } from '../../helpers/payload'
import { createRichArticle } from './fixtures'

type Handler = (request: Request) => Promise<Response>
type Read = { name: string; query: string; variables?: Record<string, unknown>; operationName?: string; isPublic: boolean }

let payload: Payload
/** As src/app/(payload)/api/graphql/route.ts composes it, without the rate limit. */
let route: Handler
let reads: Read[]
let richKeys: string[]

const BASE = 'http://localhost:3000'
const previousCache = process.env.DELIVERY_CACHE
const DELIVERY_HEADERS = ['ETag', 'Surrogate-Key', 'Cache-Tag', 'Cache-Control', 'Content-Length', 'Vary']

const requestOf = ({ query, variables, operationName }: Read) => {
  const url = new URL('/api/graphql', BASE)
  url.searchParams.set('query', query)
  if (variables) url.searchParams.set('variables', JSON.stringify(variables))
  if (operationName) url.searchParams.set('operationName', operationName)
  return new Request(url, { method: 'GET' })
}
const headersOf = (response: Response) => Object.fromEntries(DELIVERY_HEADERS.map((name) => [name, response.headers.get(name)]))

beforeAll(async () => {
  process.env.DELIVERY_CACHE = 'off'
  payload = await getTestPayload()
  route = withRequestErrorStatus(GRAPHQL_POST(payload.config) as Handler)
  const { first, second, faq, inline, rich } = await createRichArticle(payload)
  const slug = (rich as { slug?: string }).slug!
  const a = first.article.id
  const r = rich.id as number
  richKeys = [
    `articles:${r}`,
    `faqs:${faq.id}`,
    `media:${inline.id}`,
    // Shown only by a Lexical block in the body.
    `techniques:${second.technique.id}`,
  ]
  const bySlug = (fields: string) => `query($slug:String){Articles(where:{slug:{equals:$slug}}){docs{${fields}}}}`
  reads = [
    { name: 'by slug (the bench query)', query: bySlug('id title slug excerpt updatedAt'), variables: { slug }, isPublic: true },
    { name: 'by slug with its body', query: bySlug('id title body'), variables: { slug }, isPublic: true },
    { name: 'by slug, body at depth 0', query: bySlug('id body(depth: 0)'), variables: { slug }, isPublic: true },
    {
      name: 'by id with relations',
      query: `{Article(id:${r}){id title body heroImage{id url alt} author{id name bio} techniques{id name body precautions} disclaimers{id title body} faqs{id question answer relatedTechniques{id name}}}}`,
      isPublic: true,
    },
    { name: 'by id, body at depth 2', query: `{Article(id:${r}){id body(depth: 2)}}`, isPublic: true },
    { name: 'by id in Thai', query: `{Article(id:${a},locale:th){id title techniques{id name}}}`, isPublic: true },
    { name: 'list(10) with relations', query: '{Articles(limit:10){docs{id title author{id name} techniques{id name}} totalDocs}}', isPublic: true },
    { name: 'list, sorted, page 2', query: '{Articles(sort:"-updatedAt",limit:1,page:2){docs{id title} page hasNextPage}}', isPublic: true },
    { name: 'list by id (or)', query: `{Articles(where:{OR:[{id:{equals:${a}}},{id:{equals:${r}}}]}){docs{id heroImage{id} body}}}`, isPublic: true },
    {
      name: 'fragments, aliases, an operation name',
      query: `query One { first: Article(id:${r}) { ...Shown } other: Article(id:${a}) { ...Shown } } fragment Shown on Article { id title techniques { id } heroImage { id } } query Two { Techniques { docs { id } } }`,
      operationName: 'One',
      isPublic: true,
    },
    { name: 'a count', query: '{countArticles{totalDocs}}', isPublic: true },
    { name: 'techniques with rich text', query: '{Techniques(limit:5){docs{id name body precautions}}}', isPublic: true },
    { name: 'faqs with rich text and relations', query: '{Faqs{docs{id question answer relatedTechniques{id name}}}}', isPublic: true },
    { name: 'a global', query: '{SiteSetting{defaultDisclaimers{id title body}}}', isPublic: true },
    { name: 'uploads', query: '{allMedia(limit:10){docs{id url alt}}}', isPublic: true },
    { name: 'drafts asked for anonymously', query: `{Article(id:${r},draft:true){id title}}`, isPublic: true },
    { name: 'a staff-only collection (errors)', query: '{versionsArticles{docs{id}}}', isPublic: false },
    { name: 'a document that is not there (errors)', query: '{Article(id:987654321){id title}}', isPublic: false },
  ]
}, 240_000)

afterAll(() => {
  if (previousCache === undefined) delete process.env.DELIVERY_CACHE
  else process.env.DELIVERY_CACHE = previousCache
})

describe('Surrogate-Keys of uncached GraphQL reads without parsing the body', () => {
  it('should leave the wrapper the result Payload serialised, once, for every query that executes', async () => {
    for (const read of reads) {
      const request = requestOf(read)
      const slot = trackRead(request, { kind: 'graphql' })
      const answer = await route(request)
      expect(answer.status, read.name).toBe(200)
      const parsed = (await answer.json()) as { data?: unknown; errors?: unknown[] }
      expect(slot.graphqlResult, read.name).toBeDefined()
      expect(slot.hasManyGraphqlResults, read.name).toBeUndefined()
      expect(JSON.parse(JSON.stringify(slot.graphqlResult!.data ?? null)), read.name).toEqual(parsed.data ?? null)
      expect(Boolean(slot.graphqlResult!.errors?.length), read.name).toBe(!read.isPublic)
    }
  })

  it('should send the route own bytes with the ETag and Surrogate-Key the parse of the body gives', async () => {
    let populated = 0
    for (const read of reads) {
      const stock = await route(requestOf(read))
      const stockBytes = new Uint8Array(await stock.arrayBuffer())

      let seen: Request | undefined
      const seeing: Handler = (request) => {
        seen = request
        return route(request)
      }
      const response = await withDelivery(seeing, payload.config)(requestOf(read))
      // The wrapper tracked this read and Payload left it the result.
      expect(readSlot(seen)?.graphqlResult, read.name).toBeDefined()
      const bytes = new Uint8Array(await response.arrayBuffer())
      expect(new TextDecoder().decode(bytes), read.name).toBe(new TextDecoder().decode(stockBytes))

      // The same bytes replayed without a result: the wrapper decodes and parses them.
      const replay = async () => new Response(stockBytes.slice(), { status: stock.status, headers: stock.headers })
      const parsedPath = await withDelivery(replay, payload.config)(requestOf(read))
      expect(headersOf(response), read.name).toEqual(headersOf(parsedPath))

      if (!read.isPublic) {
        expect(response.headers.get('Cache-Control'), read.name).toBe('no-store')
        expect(response.headers.get('Surrogate-Key'), read.name).toBeNull()
        continue
      }
      expect(response.headers.get('Cache-Control'), read.name).toMatch(/^public, /)
      expect(response.headers.get('ETag'), read.name).toBe(strongEtag(bytes))
      if ((response.headers.get('Surrogate-Key') ?? '').split(' ').length > 3) populated += 1
    }
    // The answers above do show populated documents, not only the top-level ones.
    expect(populated).toBeGreaterThan(4)
    const rich = await withDelivery(route, payload.config)(requestOf(reads[1]!))
    expect(rich.headers.get('Surrogate-Key')?.split(' ')).toEqual(expect.arrayContaining(richKeys))
  })
})
