/**
 * How long shared caches and browsers may keep anonymous content responses, in seconds.
 * Browsers revalidate soon (the ETag makes that a cheap 304); a CDN keeps responses longer
 * because publishes purge it by Surrogate-Key.
 */
const seconds = (raw: string | undefined, fallback: number) => {
  const value = Number.parseInt(raw ?? '', 10)
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

export const DEFAULT_MAX_AGE = 60
export const DEFAULT_S_MAXAGE = 600
export const DEFAULT_STALE_WHILE_REVALIDATE = 60

/** Formatted once per distinct setting: every anonymous answer asks for it. */
let formatted: { maxAge?: string; sMaxAge?: string; staleWhileRevalidate?: string; value: string } | undefined

export const publicCacheControl = (
  maxAge = process.env.CACHE_MAX_AGE,
  sMaxAge = process.env.CACHE_S_MAXAGE,
  staleWhileRevalidate = process.env.CACHE_STALE_WHILE_REVALIDATE,
) => {
  if (
    formatted &&
    formatted.maxAge === maxAge &&
    formatted.sMaxAge === sMaxAge &&
    formatted.staleWhileRevalidate === staleWhileRevalidate
  ) {
    return formatted.value
  }
  const value = [
    'public',
    `max-age=${seconds(maxAge, DEFAULT_MAX_AGE)}`,
    `s-maxage=${seconds(sMaxAge, DEFAULT_S_MAXAGE)}`,
    `stale-while-revalidate=${seconds(staleWhileRevalidate, DEFAULT_STALE_WHILE_REVALIDATE)}`,
  ].join(', ')
  formatted = { maxAge, sMaxAge, staleWhileRevalidate, value }
  return value
}

export const PRIVATE_CACHE_CONTROL = 'private, no-store'
/** Errors and other anonymous answers that must not be kept by a shared cache. */
export const NO_STORE = 'no-store'
