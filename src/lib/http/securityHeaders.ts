/**
 * Security headers for every response: admin panel, REST/GraphQL, the reference site and media
 * files. Plain data (no Payload or Next imports) because next.config.ts loads it at build time.
 */
type Header = { key: string; value: string }
type HeaderRule = { source: string; headers: Header[] }

const isDevelopment = process.env.NODE_ENV === 'development'

/** Origins a page may frame (live preview of a frontend hosted elsewhere), space-separated. */
const extraFrameSources = (process.env.CSP_FRAME_SRC ?? '').split(/[\s,]+/).filter(Boolean)

const directives = (entries: Record<string, string[]>) =>
  Object.entries(entries)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')

/**
 * Pages (admin and site). Next.js streams the React payload in inline scripts and the admin
 * injects inline styles, so both need 'unsafe-inline' without a per-request nonce (which would
 * make every static page dynamic); everything else is limited to this origin. Dev adds eval
 * and the HMR websocket.
 */
export const PAGE_CSP = directives({
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", ...(isDevelopment ? ['ws:', 'wss:'] : [])],
  'media-src': ["'self'", 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'frame-src': ["'self'", ...extraFrameSources],
  'frame-ancestors': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
})

/**
 * API answers and stored media are data, never documents: nothing in them may run, even an
 * uploaded file a browser opens directly.
 */
export const API_CSP = directives({
  'default-src': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'style-src': ["'unsafe-inline'"],
  'frame-ancestors': ["'self'"],
  sandbox: [],
})

const common: Header[] = [
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
]

/** For next.config `headers()`: later rules override earlier ones for the same key. */
export const securityHeaders = (): HeaderRule[] => [
  { source: '/:path*', headers: [...common, { key: 'Content-Security-Policy', value: PAGE_CSP }] },
  // The GraphQL playground (development only) is a page and keeps the page policy.
  { source: '/api/:path((?!graphql-playground).*)', headers: [{ key: 'Content-Security-Policy', value: API_CSP }] },
]
