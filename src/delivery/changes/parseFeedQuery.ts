export const FEED_DEFAULT_LIMIT = 50
export const FEED_MAX_LIMIT = 100
const KNOWN = new Set(['since', 'limit'])

export type FeedQuery = { since: bigint; limit: number }
export type FeedQueryError = { param: string; message: string }

/** `since` is a cursor from an earlier answer (digits; absent = from the start); `limit` 1–100. */
export const parseFeedQuery = (params: URLSearchParams): FeedQuery | FeedQueryError => {
  for (const name of params.keys()) {
    if (!KNOWN.has(name))
      return {
        param: name,
        message: `Unknown query parameter "${name}": use since and limit.`,
      }
  }
  for (const name of KNOWN) {
    if (params.getAll(name).length > 1) return { param: name, message: `${name} may be given once.` }
  }
  const since = params.get('since')
  if (since !== null && !/^\d{1,18}$/.test(since)) {
    return {
      param: 'since',
      message: 'since must be a cursor from an earlier answer of /api/changes (nextCursor).',
    }
  }
  const limit = params.get('limit')
  if (limit !== null && (!/^\d{1,4}$/.test(limit) || Number(limit) < 1 || Number(limit) > FEED_MAX_LIMIT)) {
    return {
      param: 'limit',
      message: `limit must be a whole number from 1 to ${FEED_MAX_LIMIT}.`,
    }
  }
  return {
    since: BigInt(since ?? '0'),
    limit: limit === null ? FEED_DEFAULT_LIMIT : Number(limit),
  }
}
