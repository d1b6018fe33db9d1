import { decodeEntities } from './decodeEntities'

/** Schemes a public link may use. Everything else (javascript:, data:, vbscript:, file:…) is refused. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const

// Browsers drop ASCII tab and newlines anywhere in a URL and trim C0 controls and spaces, so
// `java\tscript:` runs as `javascript:`. Removing every control, space and invisible format
// character before looking for the scheme is stricter than any browser.
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g
const SCHEME = /^([a-z][a-z0-9+.-]*):/i

/** The scheme a browser would see, lower-cased; undefined for a relative link. */
export const schemeOf = (url: string): string | undefined => {
  const compact = decodeEntities(url).replace(INVISIBLE, '')
  return SCHEME.exec(compact)?.[1]?.toLowerCase()
}

/**
 * Whether a link target is safe to serve: http(s), mailto, tel, or relative (/, #, ?, ./, ../
 * or a bare path, which has no scheme and so resolves against the page).
 */
export const isSafeUrl = (url: unknown): boolean => {
  if (url === null || url === undefined || url === '') return true
  if (typeof url !== 'string') return false
  const scheme = schemeOf(url)
  return scheme === undefined || (SAFE_SCHEMES as readonly string[]).includes(scheme)
}
