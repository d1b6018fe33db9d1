/**
 * How long shared caches and browsers may keep anonymous content responses, in seconds.
 * Browsers revalidate soon (the ETag makes that a cheap 304); a CDN keeps responses longer
 * because publishes purge it by Surrogate-Key.
 */
const seconds = (name: string, fallback: number) => {
  const value = Number.parseInt(process.env[name] ?? '', 10)
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

export const DEFAULT_MAX_AGE = 60
export const DEFAULT_S_MAXAGE = 600
export const DEFAULT_STALE_WHILE_REVALIDATE = 60

export const publicCacheControl = () =>
  [
    'public',
    `max-age=${seconds('CACHE_MAX_AGE', DEFAULT_MAX_AGE)}`,
    `s-maxage=${seconds('CACHE_S_MAXAGE', DEFAULT_S_MAXAGE)}`,
    `stale-while-revalidate=${seconds('CACHE_STALE_WHILE_REVALIDATE', DEFAULT_STALE_WHILE_REVALIDATE)}`,
  ].join(', ')

export const PRIVATE_CACHE_CONTROL = 'private, no-store'
/** Errors and other anonymous answers that must not be kept by a shared cache. */
export const NO_STORE = 'no-store'
