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
import { unknownKeyResponse } from '@/machineKeys/unknownKeyResponse'

type Handler<A extends unknown[]> = (request: Request, ...args: A) => Promise<Response> | Response

/** Fastly and Cloudflare cap the tag header near 16 KB: past that, purge by collection. */
const MAX_KEYS_LENGTH = 15_000

/** The schema Payload's GraphQL handler builds once and keeps on globalThis. */
const graphqlSchema = () =>
  (globalThis as { _payload_graphql?: { graphql?: { schema?: GraphQLSchema } } })._payload_graphql?.graphql?.schema

const withHeaders = (response: Response, headers: Headers, body: BodyInit | null = response.body) =>
  new Response(body, { status: response.status, statusText: response.statusText, headers })

const surrogateKeys = (config: SanitizedConfig, request: Request, route: ContentRoute, body: unknown) => {
  if (route.kind !== 'graphql') return collectRestKeys(config, route, body)
  const schema = graphqlSchema()
  const params = new URL(request.url).searchParams
  const query = params.get('query')
  if (!schema || !query) return new Set<string>()
  return collectGraphqlKeys(config, schema, query, params.get('operationName') ?? undefined, (body as { data?: unknown }).data)
}

const keysHeader = (keys: Set<string>) => {
  const all = [...keys].join(' ')
  if (all.length <= MAX_KEYS_LENGTH) return all
  return [...new Set([...keys].map((key) => key.split(':')[0]))].join(' ')
}

/**
 * Delivery headers for anonymous content reads: a strong ETag of the body bytes, 304 on
 * If-None-Match, public Cache-Control and Surrogate-Key/Cache-Tag naming every document in
 * the body. Anything read with a credential is private; errors are never cached publicly.
 */
const deliver = async (
  request: Request,
  response: Response,
  config: SanitizedConfig,
  store?: (ready: Omit<CachedResponse, 'tags'> & { keys: Set<string> }) => void,
) => {
  const headers = new Headers(response.headers)
  applyCors(request, headers)
  headers.delete('Surrogate-Key')
  headers.delete('Cache-Tag')

  if (isAuthenticatedRequest(request, config.cookiePrefix)) {
    headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
    return withHeaders(response, headers)
  }
  const route = request.method === 'GET' ? contentRoute(request, config) : undefined
  if (!route) return withHeaders(response, headers)

  const isJson = (headers.get('Content-Type') ?? '').includes('json')
  if (response.status !== 200 || !isJson || headers.has('Set-Cookie')) {
    headers.set('Cache-Control', NO_STORE)
    return withHeaders(response, headers)
  }
  const bytes = new Uint8Array(await response.arrayBuffer())
  let body: unknown
  try {
    body = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    headers.set('Cache-Control', NO_STORE)
    return withHeaders(response, headers, bytes)
  }
  // GraphQL reports errors (forbidden fields, bad queries) inside a 200.
  if (route.kind === 'graphql' && (body as { errors?: unknown[] }).errors?.length) {
    headers.set('Cache-Control', NO_STORE)
    return withHeaders(response, headers, bytes)
  }

  const etag = strongEtag(bytes)
  headers.set('ETag', etag)
  headers.set('Cache-Control', publicCacheControl())
  // A shared cache must not answer a credentialed request with the anonymous body.
  appendVary(headers, 'Authorization')
  let keys: string
  let keySet: Set<string>
  try {
    keySet = surrogateKeys(config, request, route, body)
    keys = keysHeader(keySet)
  } catch {
    // Without its keys a CDN could not purge this answer on publish: do not let it keep it.
    headers.set('Cache-Control', NO_STORE)
    headers.delete('ETag')
    return withHeaders(response, headers, bytes)
  }
  if (keys) {
    headers.set('Surrogate-Key', keys)
    headers.set('Cache-Tag', keys.replaceAll(' ', ','))
  }
  if (store) {
    const stored = new Headers(headers)
    stored.set('Content-Length', String(bytes.byteLength))
    for (const name of CORS_HEADER_NAMES) stored.delete(name)
    store({ body: Buffer.from(bytes), status: 200, headers: [...stored.entries()], etag, keys: keySet })
  }
  if (matchesIfNoneMatch(request.headers.get('If-None-Match'), etag)) {
    for (const name of ['Content-Type', 'Content-Length', 'Content-Encoding']) headers.delete(name)
    return new Response(null, { status: 304, headers })
  }
  headers.set('Content-Length', String(bytes.byteLength))
  return withHeaders(response, headers, bytes)
}

/**
 * Wraps a Payload route handler (REST or GraphQL) with the delivery rules: CORS from
 * CORS_ORIGINS, preflight answers, and HTTP caching headers. The same wrapper runs under
 * `next start` and in the in-process test client.
 */
export const withDelivery =
  <A extends unknown[]>(handler: Handler<A>, config: Promise<SanitizedConfig> | SanitizedConfig) =>
  async (request: Request, ...args: A): Promise<Response> => {
    // Benchmarks only (bench/delivery.bench.ts): Payload's own route, as stock, to compare against.
    if (process.env.DELIVERY_STOCK_ROUTES === '1') return handler(request, ...args)
    if (isPreflight(request)) return preflightResponse(request)
    // An unknown or revoked machine key is refused before Payload would read as anonymous.
    const refused = await unknownKeyResponse(request, config)
    const resolved = await config
    if (refused) return deliver(request, refused, resolved)
    const url = new URL(request.url)
    const route = isCacheServing() && isCacheableRequest(request, url) ? contentRoute(request, resolved) : undefined
    if (!route) return deliver(request, await handler(request, ...args), resolved)

    const cache = responseCache()
    const key = cacheKey(url, request.headers.get('Accept-Language'))
    const hit = cache.get(key)
    if (hit) return serveCached(request, hit)
    // Read before Payload runs: an invalidation that lands while it reads voids this answer.
    const generation = cache.generation
    const response = await handler(request, ...args)
    return deliver(request, response, resolved, ({ keys, ...ready }) => {
      cache.set(key, { ...ready, tags: cacheTags(route, url, keys) }, generation)
    })
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
