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

const format = (maxAge?: string, sMaxAge?: string, staleWhileRevalidate?: string) =>
  [
    'public',
    `max-age=${seconds(maxAge, DEFAULT_MAX_AGE)}`,
    `s-maxage=${seconds(sMaxAge, DEFAULT_S_MAXAGE)}`,
    `stale-while-revalidate=${seconds(staleWhileRevalidate, DEFAULT_STALE_WHILE_REVALIDATE)}`,
  ].join(', ')

/** From CACHE_MAX_AGE, CACHE_S_MAXAGE and CACHE_STALE_WHILE_REVALIDATE, read once per process. */
let fromEnv: string | undefined

/**
 * The Cache-Control of an anonymous content answer. Without arguments, from the environment as
 * it was at the first answer (reading three variables on every answer cost more than the rest of
 * the header work); a change takes a restart, like every other setting.
 */
export const publicCacheControl = (
  ...settings: [maxAge: string | undefined, sMaxAge: string | undefined, staleWhileRevalidate: string | undefined] | []
) => {
  if (settings.length) return format(...settings)
  fromEnv ??= format(process.env.CACHE_MAX_AGE, process.env.CACHE_S_MAXAGE, process.env.CACHE_STALE_WHILE_REVALIDATE)
  return fromEnv
}

export const PRIVATE_CACHE_CONTROL = 'private, no-store'
/** Errors and other anonymous answers that must not be kept by a shared cache. */
export const NO_STORE = 'no-store'
