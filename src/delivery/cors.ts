import { corsOrigins } from './corsOrigins'

export const CORS_ALLOWED_METHODS = 'GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS'
export const CORS_ALLOWED_HEADERS = [
  'Accept',
  'Authorization',
  'Content-Type',
  'If-None-Match',
  'X-Requested-With',
  'X-Payload-HTTP-Method-Override',
].join(', ')
export const CORS_MAX_AGE_SECONDS = 600
export const CORS_EXPOSED_HEADERS = 'ETag, Surrogate-Key, Cache-Tag'

export const CORS_HEADER_NAMES = [
  'Access-Control-Allow-Origin',
  'Access-Control-Allow-Credentials',
  'Access-Control-Allow-Methods',
  'Access-Control-Allow-Headers',
  'Access-Control-Expose-Headers',
  'Access-Control-Max-Age',
]

/** The request's Origin when it is listed in CORS_ORIGINS. */
export const allowedOrigin = (request: Request): string | undefined => {
  const origin = request.headers.get('Origin')
  if (!origin) return undefined
  return corsOrigins().includes(origin) ? origin : undefined
}

export const isPreflight = (request: Request) =>
  request.method === 'OPTIONS' && request.headers.has('Access-Control-Request-Method')

export const appendVary = (headers: Headers, value: string) => {
  const current = (headers.get('Vary') ?? '').split(',').map((v) => v.trim()).filter(Boolean)
  if (current.some((v) => v === '*' || v.toLowerCase() === value.toLowerCase())) return
  headers.set('Vary', [...current, value].join(', '))
}

/**
 * Sets the CORS headers this API answers with, replacing whatever Payload set: only listed
 * origins are echoed, with credentials; every other origin gets none.
 */
export const applyCors = (request: Request, headers: Headers) => {
  for (const name of CORS_HEADER_NAMES) headers.delete(name)
  // Responses differ by Origin as soon as any origin is listed, so caches must key on it.
  if (corsOrigins().length) appendVary(headers, 'Origin')
  const origin = allowedOrigin(request)
  if (!origin) return
  headers.set('Access-Control-Allow-Origin', origin)
  headers.set('Access-Control-Allow-Credentials', 'true')
  headers.set('Access-Control-Expose-Headers', CORS_EXPOSED_HEADERS)
}

/** The answer to a preflight: 204 with the allowed methods and headers for a listed origin. */
export const preflightResponse = (request: Request) => {
  const headers = new Headers()
  applyCors(request, headers)
  if (allowedOrigin(request)) {
    headers.set('Access-Control-Allow-Methods', CORS_ALLOWED_METHODS)
    headers.set('Access-Control-Allow-Headers', CORS_ALLOWED_HEADERS)
    headers.set('Access-Control-Max-Age', String(CORS_MAX_AGE_SECONDS))
  }
  return new Response(null, { status: 204, headers })
}
