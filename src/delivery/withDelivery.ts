import type { GraphQLSchema } from 'graphql'
import type { SanitizedConfig } from 'payload'

import { NO_STORE, PRIVATE_CACHE_CONTROL, publicCacheControl } from './cachePolicy'
import { GRAPHQL_TAG, MEDIA_TAG } from './cache/tags'
import { appendVary, applyCors, CORS_HEADER_NAMES, isPreflight, preflightResponse } from './cors'
import { type ContentRoute, contentRoute } from './contentRoute'
import { matchesIfNoneMatch, strongEtag } from './etag'
import { collectGraphqlKeys } from './graphqlSurrogateKeys'
import { cacheKey } from './cache/cacheKey'
import { isCacheableRequest } from './cache/isCacheableRequest'
import { type CachedResponse, isCacheServing, responseCache } from './cache/responseCache'
import { serveCached } from './cache/serveCached'
import { isAuthenticatedRequest } from './isAuthenticatedRequest'
import { collectRestKeys } from './restSurrogateKeys'
import { editableResponse } from './editableResponse'
import { knownBody } from './knownBody'
import { type ReadSlot, trackRead } from './restReads/slots'
import { keyFromHeaders } from '@/machineKeys/keyFromHeaders'
import { unknownKeyResponse } from '@/machineKeys/unknownKeyResponse'

type Handler<A extends unknown[]> = (request: Request, ...args: A) => Promise<Response> | Response

/** Fastly and Cloudflare cap the tag header near 16 KB: past that, purge by collection. */
const MAX_KEYS_LENGTH = 15_000

/** The schema Payload's GraphQL handler builds once and keeps on globalThis. */
const graphqlSchema = () =>
  (globalThis as { _payload_graphql?: { graphql?: { schema?: GraphQLSchema } } })._payload_graphql?.graphql?.schema

const graphqlKeys = (config: SanitizedConfig, url: URL, data: unknown, text: string | Uint8Array) => {
  const schema = graphqlSchema()
  const query = url.searchParams.get('query')
  if (!schema || !query) return new Set<string>()
  return collectGraphqlKeys(config, schema, query, url.searchParams.get('operationName') ?? undefined, data, text)
}

const surrogateKeys = (config: SanitizedConfig, url: URL, route: ContentRoute, body: unknown, text: string) =>
  route.kind === 'graphql'
    ? graphqlKeys(config, url, (body as { data?: unknown }).data, text)
    : collectRestKeys(config, route, body, text)

const keysHeader = (keys: Set<string>) => {
  const all = [...keys].join(' ')
  if (all.length <= MAX_KEYS_LENGTH) return all
  return [...new Set([...keys].map((key) => key.split(':')[0]))].join(' ')
}

const utf8 = new TextDecoder()

/** The same answer with the body it was read into (its stream is spent once read). */
const withBody = (answer: Response, body: Uint8Array<ArrayBuffer>) =>
  new Response(body, { status: answer.status, statusText: answer.statusText, headers: answer.headers })

/** The bytes a tracked read endpoint answered with, if this answer still carries its unread stream. */
const endpointBody = (answer: Response, slot: ReadSlot | undefined) =>
  slot?.bytes && slot.stream && answer.body === slot.stream && !answer.bodyUsed ? slot.bytes : undefined

/** The result a tracked GraphQL read serialised into its body, when exactly one operation ran (graphqlResults.ts). */
const knownGraphqlResult = (slot: ReadSlot | undefined) =>
  slot?.route.kind === 'graphql' && !slot.hasManyGraphqlResults ? slot.graphqlResult : undefined

/** Header pairs to keep with a cache entry: all but CORS, which depends on each request's Origin. */
const storedHeaders = (headers: Headers): [string, string][] => {
  const pairs: [string, string][] = []
  headers.forEach((value, name) => {
    if (!CORS_HEADER_NAMES_LOWER.has(name)) pairs.push([name, value])
  })
  return pairs
}
const CORS_HEADER_NAMES_LOWER = new Set(CORS_HEADER_NAMES.map((name) => name.toLowerCase()))

/**
 * Delivery headers for anonymous content reads: a strong ETag of the body bytes, 304 on
 * If-None-Match, public Cache-Control and Surrogate-Key/Cache-Tag naming every document in
 * the body. Anything read with a credential is private; errors are never cached publicly.
 *
 * Uncached reads pay for this on every request, so it edits the headers of the Response
 * Payload built instead of copying them, and builds at most one new Response, round the bytes
 * it had to read for the ETag.
 */
const deliver = async (
  request: Request,
  url: URL,
  response: Response,
  config: SanitizedConfig,
  store?: (ready: Omit<CachedResponse, 'tags'> & { keys: Set<string> }) => void,
  slot?: ReadSlot,
) => {
  const answer = editableResponse(response)
  const { headers } = answer
  applyCors(request, headers)
  headers.delete('Cache-Tag')

  if (isAuthenticatedRequest(request, config.cookiePrefix)) {
    headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
    return answer
  }
  const route = request.method === 'GET' ? contentRoute(url, config) : undefined
  if (!route) return answer

  const isJson = (headers.get('Content-Type') ?? '').includes('json')
  if (answer.status !== 200 || !isJson || headers.has('Set-Cookie')) {
    headers.set('Cache-Control', NO_STORE)
    return answer
  }
  // Bytes a handler of ours already read, or a tracked REST read endpoint serialised
  // (src/delivery/restReads), are used as they are, and the answer keeps its unread body; otherwise our own copy of the bytes (a fresh ArrayBuffer): hashed, parsed, sent and
  // kept without copying.
  const known = knownBody(answer) ?? endpointBody(answer, slot)
  const bytes = known ?? new Uint8Array(await answer.arrayBuffer())
  const withBytes = () => (known ? answer : withBody(answer, bytes))
  // A tracked REST read's endpoint walked the result it serialised (src/delivery/restReads), and a
  // tracked GraphQL read left the result graphql-http serialised: the body's keys come from that
  // result, without decoding and parsing the body back.
  const isKnownRead = slot !== undefined && (slot.keys !== undefined || slot.keysFailed === true)
  const graphqlResult = knownGraphqlResult(slot)
  let keySet: Set<string> | undefined = slot?.keys
  if (graphqlResult) {
    if (graphqlResult.errors?.length) {
      headers.set('Cache-Control', NO_STORE)
      return withBytes()
    }
    try {
      keySet = graphqlKeys(config, url, graphqlResult.data, bytes)
    } catch {
      keySet = undefined
    }
  } else if (!isKnownRead) {
    const text = utf8.decode(bytes)
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      headers.set('Cache-Control', NO_STORE)
      return withBytes()
    }
    // GraphQL reports errors (forbidden fields, bad queries) inside a 200.
    if (route.kind === 'graphql' && (body as { errors?: unknown[] }).errors?.length) {
      headers.set('Cache-Control', NO_STORE)
      return withBytes()
    }
    try {
      keySet = surrogateKeys(config, url, route, body, text)
    } catch {
      keySet = undefined
    }
  }
  if (!keySet) {
    // Without its keys a CDN could not purge this answer on publish: do not let it keep it.
    headers.set('Cache-Control', NO_STORE)
    return withBytes()
  }
  const keys = keysHeader(keySet)

  const etag = strongEtag(bytes)
  headers.set('ETag', etag)
  headers.set('Cache-Control', publicCacheControl())
  // A shared cache must not answer a credentialed request with the anonymous body.
  appendVary(headers, 'Authorization')
  if (keys) {
    headers.set('Surrogate-Key', keys)
    headers.set('Cache-Tag', keys.replaceAll(' ', ','))
  }
  headers.set('Content-Length', String(bytes.byteLength))
  if (store) store({ body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), status: 200, headers: storedHeaders(headers), etag, keys: keySet })
  if (matchesIfNoneMatch(request.headers.get('If-None-Match'), etag)) {
    for (const name of ['Content-Type', 'Content-Length', 'Content-Encoding']) headers.delete(name)
    return new Response(null, { status: 304, headers })
  }
  return withBytes()
}

/**
 * Reads that hand over the body's keys (REST read endpoints, src/delivery/restReads) or result
 * (GraphQL, graphqlResults.ts): anonymous GETs.
 */
const TRACKED_KINDS = new Set<ContentRoute['kind']>(['doc', 'list', 'global', 'graphql'])
const trackedRead = (request: Request, url: URL, config: SanitizedConfig) => {
  if (request.method !== 'GET' || isAuthenticatedRequest(request, config.cookiePrefix)) return undefined
  const route = contentRoute(url, config)
  return route && TRACKED_KINDS.has(route.kind) ? trackRead(request, route) : undefined
}

/**
 * Wraps a Payload route handler (REST or GraphQL) with the delivery rules: CORS from
 * CORS_ORIGINS, preflight answers, and HTTP caching headers. The same wrapper runs under
 * `next start` and in the in-process test client.
 */
export const withDelivery = <A extends unknown[]>(handler: Handler<A>, config: Promise<SanitizedConfig> | SanitizedConfig) => {
  let resolved: SanitizedConfig | undefined
  // Benchmarks only (bench/delivery.bench.ts): Payload's own route, as stock, to compare against.
  if (process.env.DELIVERY_STOCK_ROUTES === '1') return async (request: Request, ...args: A) => handler(request, ...args)
  return async (request: Request, ...args: A): Promise<Response> => {
    if (isPreflight(request)) return preflightResponse(request)
    resolved ??= await config
    const url = new URL(request.url)
    // An unknown or revoked machine key is refused before Payload would read as anonymous.
    const refused = keyFromHeaders(request.headers) === undefined ? undefined : await unknownKeyResponse(request, resolved)
    if (refused) return deliver(request, url, refused, resolved)
    const route = isCacheServing() && isCacheableRequest(request, url) ? contentRoute(url, resolved) : undefined
    if (!route) {
      const slot = trackedRead(request, url, resolved)
      return deliver(request, url, await handler(request, ...args), resolved, undefined, slot)
    }

    const cache = responseCache()
    const key = cacheKey(url, request.headers.get('Accept-Language'))
    const hit = cache.get(key)
    if (hit) return serveCached(request, hit)
    // Read before Payload runs: an invalidation that lands while it reads voids this answer.
    const generation = cache.generation
    const slot = trackedRead(request, url, resolved)
    const response = await handler(request, ...args)
    return deliver(
      request,
      url,
      response,
      resolved,
      ({ keys, ...ready }) => {
        cache.set(key, { ...ready, tags: cacheTags(route, url, keys) }, generation)
      },
      slot,
    )
  }
}

/**
 * What purges an entry: the documents and lists in it, the document its URL names (so an
 * answer that shows no document still goes on the next change of it), and for GraphQL every
 * live change (a query may ask for a document that is not live yet and answer null).
 */
const cacheTags = (route: ContentRoute, url: URL, keys: Set<string>) => {
  const tags = new Set(keys)
  if (route.kind === 'graphql') tags.add(GRAPHQL_TAG)
  if (route.kind === 'doc') tags.add(`${route.collection}:${decodeURIComponent(url.pathname.split('/').pop() ?? '')}`)
  if (route.kind === 'doc' && route.collection === 'media') tags.add(MEDIA_TAG)
  if (route.kind === 'list' || route.kind === 'count') tags.add(route.collection)
  if (route.kind === 'global') tags.add(`globals:${route.global}`)
  return [...tags]
}
