/**
 * `DELIVERY_CACHE=off` turns the in-process response cache off (every anonymous read goes
 * through Payload); `DELIVERY_CACHE_MB` bounds its memory (default 64 MB of response bytes).
 */
export const isDeliveryCacheEnabled = (value = process.env.DELIVERY_CACHE) =>
  !['off', 'false', '0', 'no'].includes((value ?? '').trim().toLowerCase())

export const DEFAULT_CACHE_MB = 64

export const deliveryCacheBytes = (value = process.env.DELIVERY_CACHE_MB) => {
  const mb = Number(value)
  return value !== undefined && value.trim() !== '' && Number.isFinite(mb) && mb >= 0
    ? Math.floor(mb * 1024 * 1024)
    : DEFAULT_CACHE_MB * 1024 * 1024
}
