import { applyCors } from '../cors'
import { matchesIfNoneMatch } from '../etag'

import type { CachedResponse } from './responseCache'

/** Answers from a cache entry: the same bytes and headers as the miss that stored it, CORS for this request, 304 on a match. */
export const serveCached = (request: Request, entry: CachedResponse) => {
  const headers = new Headers(entry.headers)
  applyCors(request, headers)
  headers.set('X-Relief-Cache', 'hit')
  if (matchesIfNoneMatch(request.headers.get('If-None-Match'), entry.etag)) {
    for (const name of ['Content-Type', 'Content-Length', 'Content-Encoding']) headers.delete(name)
    return new Response(null, { status: 304, headers })
  }
  return new Response(new Uint8Array(entry.body), {
    status: entry.status,
    headers,
  })
}
