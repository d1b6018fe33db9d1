import http from 'node:http'

import { API_CSP } from '@/lib/http/securityHeaders'

import { CORS_EXPOSED_HEADERS } from '../cors'
import { corsOrigins } from '../corsOrigins'
import { type DirectRead, directReadFor } from '../directReads'
import { matchesIfNoneMatch } from '../etag'

import { cacheKey } from './cacheKey'
import { isCacheableRequestFacts } from './isCacheableRequest'
import { type CachedResponse, isCacheServing, responseCache } from './responseCache'

const INSTALLED = Symbol.for('relief.delivery.fastPath')

/** What next.config `headers()` adds to every /api answer (src/lib/http/securityHeaders.ts). */
const API_SECURITY_HEADERS: [string, string][] = [
  ['x-frame-options', 'SAMEORIGIN'],
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  ['permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ['content-security-policy', API_CSP],
]

/** Every hit answers thousands of times a second: the per-URL work is done once. */
const MEMO_LIMIT = 5_000
const keyMemo = new Map<string, string | null>()

/** The cache key of a request target, or null when its URL alone rules the cache out. */
const keyOf = (target: string, acceptLanguage: string | null) => {
  const memoKey = `${target}\n${acceptLanguage ?? ''}`
  const known = keyMemo.get(memoKey)
  if (known !== undefined) return known
  let key: string | null = null
  try {
    const url = new URL(target, 'http://localhost')
    // Method and credentials are checked per request (tryServe); here only the URL counts.
    if (isCacheableRequestFacts({ method: 'GET', hasAuthorization: false, hasCookie: false }, url)) {
      key = cacheKey(url, acceptLanguage)
    }
  } catch {
    key = null
  }
  if (keyMemo.size >= MEMO_LIMIT) keyMemo.clear()
  keyMemo.set(memoKey, key)
  return key
}

type ReadyHeaders = { hasOrigins: boolean; ok: Record<string, string>; notModified: Record<string, string> }
/** Headers of an entry without the per-request CORS part; entries are immutable, so kept beside them. */
const readyHeaders = new WeakMap<CachedResponse, ReadyHeaders>()

const headersOf = (entry: CachedResponse, hasOrigins: boolean): ReadyHeaders => {
  const ready = readyHeaders.get(entry)
  if (ready && ready.hasOrigins === hasOrigins) return ready
  const ok: Record<string, string> = {}
  for (const [name, value] of API_SECURITY_HEADERS) ok[name] = value
  // Stored names are lowercase (they come from a Headers object).
  for (const [name, value] of entry.headers) ok[name] = value
  if (hasOrigins) ok.vary = ok.vary ? `${ok.vary}, Origin` : 'Origin'
  ok['x-relief-cache'] = 'hit'
  const notModified = { ...ok }
  delete notModified['content-type']
  delete notModified['content-length']
  const made = { hasOrigins, ok, notModified }
  readyHeaders.set(entry, made)
  return made
}

/** The request as Next hands it to a route handler, `x-forwarded-*` included (base-server.js). */
const webRequest = (req: http.IncomingMessage) => {
  const headers = new Headers()
  const raw = req.rawHeaders
  for (let at = 0; at + 1 < raw.length; at += 2) headers.append(raw[at]!, raw[at + 1]!)
  const host = req.headers.host ?? 'localhost'
  if (!headers.has('x-forwarded-host')) headers.set('x-forwarded-host', host)
  if (!headers.has('x-forwarded-port') && req.socket.localPort) headers.set('x-forwarded-port', String(req.socket.localPort))
  if (!headers.has('x-forwarded-proto')) headers.set('x-forwarded-proto', 'http')
  if (!headers.has('x-forwarded-for') && req.socket.remoteAddress) headers.set('x-forwarded-for', req.socket.remoteAddress)
  return new Request(`http://${host}${req.url}`, { method: 'GET', headers })
}

/**
 * Runs the route file's own GET handler for an anonymous content read the cache cannot answer,
 * without Next's routing: for these paths Next only matches the route and adds the security
 * headers of next.config, so the answer is the one Next would send. If the handler throws,
 * Next gets the request after all (a GET has no body to have been read).
 */
const serveDirect = async (read: DirectRead, req: http.IncomingMessage, res: http.ServerResponse, toNext: () => void) => {
  let response: Response
  let body: Buffer | undefined
  try {
    response = await read.handler(webRequest(req), read.context)
    body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined
  } catch {
    toNext()
    return
  }
  const headers: Record<string, string | string[]> = {}
  for (const [name, value] of API_SECURITY_HEADERS) headers[name] = value
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) headers['set-cookie'] = cookies
  if (body && headers['content-length'] === undefined) headers['content-length'] = String(body.byteLength)
  res.writeHead(response.status, headers)
  res.end(body)
}

/**
 * Answers an anonymous content read straight from the Node request, before Next routes it. A
 * cache hit: the same bytes and headers the route handler stored, CORS for this request's
 * Origin, 304 on If-None-Match. A miss: the route handler itself (serveDirect). Everything else,
 * and the first read of each route (Next loads the route file), goes on to Next.
 */
const tryServe = (req: http.IncomingMessage, res: http.ServerResponse, toNext: () => void) => {
  const target = req.url
  if (req.method !== 'GET' || !target?.startsWith('/api/')) return false
  if (req.headers.authorization !== undefined || req.headers.cookie !== undefined) return false
  const acceptLanguage = req.headers['accept-language']
  const key = keyOf(target, typeof acceptLanguage === 'string' ? acceptLanguage : null)
  if (key === null) return false
  const entry = isCacheServing() ? responseCache().get(key) : undefined
  if (!entry) {
    const read = directReadFor(new URL(target, 'http://localhost'))
    if (!read) return false
    // Past the handler, a failure can only be in writing the answer: drop the connection, as
    // Node does, rather than let an unhandled rejection end the process.
    serveDirect(read, req, res, toNext).catch(() => res.destroy())
    return true
  }

  const origins = corsOrigins()
  const ready = headersOf(entry, origins.length > 0)
  const origin = req.headers.origin
  const isAllowedOrigin = Boolean(origin && origins.includes(origin))
  const ifNoneMatch = req.headers['if-none-match']
  const isNotModified = matchesIfNoneMatch(typeof ifNoneMatch === 'string' ? ifNoneMatch : null, entry.etag)
  let headers = isNotModified ? ready.notModified : ready.ok
  if (isAllowedOrigin) {
    headers = {
      ...headers,
      'access-control-allow-origin': origin as string,
      'access-control-allow-credentials': 'true',
      'access-control-expose-headers': CORS_EXPOSED_HEADERS,
    }
  }
  if (isNotModified) {
    res.writeHead(304, headers)
    res.end()
    return true
  }
  res.writeHead(entry.status, headers)
  res.end(entry.body)
  return true
}

/**
 * Installs the early answer on every Node HTTP server of this process (`next start`'s
 * included), once. Called from src/instrumentation.ts. With the cache off it still answers
 * misses (serveDirect); the stock-route benchmark mode leaves every request to Next.
 */
export const installFastPath = () => {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>
  if (holder[INSTALLED] || process.env.DELIVERY_STOCK_ROUTES === '1') return
  holder[INSTALLED] = true
  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean
  http.Server.prototype.emit = function emitWithFastPath(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const toNext = () => emit.call(this, event, ...args)
      try {
        if (tryServe(args[0] as http.IncomingMessage, args[1] as http.ServerResponse, toNext)) return true
      } catch {
        // Anything unexpected: let Next answer it.
      }
    }
    return emit.call(this, event, ...args)
  } as typeof http.Server.prototype.emit
}
