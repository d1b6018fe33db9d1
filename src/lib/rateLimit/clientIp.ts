/**
 * The client address as the nearest trusted hop saw it. `TRUST_PROXY=<n>` says n proxies
 * append to X-Forwarded-For (`true` = 1): the client is the n-th entry from the right, so
 * whatever a client writes into the header itself is ignored. Without it, the last entry:
 * the one `next start` records from the socket (it only adds one when the header is absent).
 */
export const clientIp = (headers: Headers): string => {
  const trust = process.env.TRUST_PROXY?.trim().toLowerCase()
  const hops = trust === 'true' ? 1 : Number.parseInt(trust ?? '', 10)
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (forwarded.length === 0) return 'unknown'
  const fromRight = Number.isInteger(hops) && hops > 0 ? hops : 1
  return forwarded[Math.max(0, forwarded.length - fromRight)].slice(0, 100)
}
