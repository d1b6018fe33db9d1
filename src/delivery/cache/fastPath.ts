import http from 'node:http'

import { API_CSP } from '@/lib/http/securityHeaders'

import { CORS_EXPOSED_HEADERS } from '../cors'
import { corsOrigins } from '../corsOrigins'
import { matchesIfNoneMatch } from '../etag'

import { cacheKey } from './cacheKey'
import { isCacheableRequestFacts } from './isCacheableRequest'
import { isCacheServing, responseCache } from './responseCache'
import { isDeliveryCacheEnabled } from './settings'

const INSTALLED = Symbol.for('relief.delivery.fastPath')

/** What next.config `headers()` adds to every /api answer (src/lib/http/securityHeaders.ts). */
const API_SECURITY_HEADERS: [string, string][] = [
  ['x-frame-options', 'SAMEORIGIN'],
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  ['permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ['content-security-policy', API_CSP],
]

/**
 * Answers a cache hit straight from the Node request, before Next routes it: the same bytes and
 * headers the route handler stored, CORS for this request's Origin, 304 on If-None-Match.
 * Misses, and anything the route handlers would not serve from the cache, go on to Next.
 */
const tryServe = (req: http.IncomingMessage, res: http.ServerResponse) => {
  const target = req.url
  if (req.method !== 'GET' || !target?.startsWith('/api/') || !isCacheServing()) return false
  let url: URL
  try {
    url = new URL(target, 'http://localhost')
  } catch {
    return false
  }
  const facts = {
    method: req.method,
    hasAuthorization: req.headers.authorization !== undefined,
    hasCookie: req.headers.cookie !== undefined,
  }
  if (!isCacheableRequestFacts(facts, url)) return false
  const acceptLanguage = req.headers['accept-language']
  const entry = responseCache().get(cacheKey(url, typeof acceptLanguage === 'string' ? acceptLanguage : null))
  if (!entry) return false

  const headers: Record<string, string> = {}
  for (const [name, value] of API_SECURITY_HEADERS) headers[name] = value
  // Stored names are lowercase (they come from a Headers object).
  for (const [name, value] of entry.headers) headers[name] = value
  const origins = corsOrigins()
  const origin = req.headers.origin
  if (origins.length) headers.vary = headers.vary ? `${headers.vary}, Origin` : 'Origin'
  if (origin && origins.includes(origin)) {
    headers['access-control-allow-origin'] = origin
    headers['access-control-allow-credentials'] = 'true'
    headers['access-control-expose-headers'] = CORS_EXPOSED_HEADERS
  }
  headers['x-relief-cache'] = 'hit'
  const ifNoneMatch = req.headers['if-none-match']
  if (matchesIfNoneMatch(typeof ifNoneMatch === 'string' ? ifNoneMatch : null, entry.etag)) {
    delete headers['content-type']
    delete headers['content-length']
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
 * included), once. Called from src/instrumentation.ts.
 */
export const installFastPath = () => {
  const holder = globalThis as unknown as Record<symbol, boolean | undefined>
  if (holder[INSTALLED] || !isDeliveryCacheEnabled()) return
  holder[INSTALLED] = true
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function emitWithFastPath(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      try {
        if (tryServe(args[0] as http.IncomingMessage, args[1] as http.ServerResponse)) return true
      } catch {
        // Anything unexpected: let Next answer it.
      }
    }
    return (emit as (this: http.Server, event: string | symbol, ...rest: unknown[]) => boolean).call(this, event, ...args)
  } as typeof emit
}
