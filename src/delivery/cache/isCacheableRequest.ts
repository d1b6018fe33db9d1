/** A GraphQL query that asks for drafts anywhere (`draft: true` on any field). */
const DRAFT_ARGUMENT = /\bdraft\s*:/i

/**
 * Whether an anonymous read may be answered from (and stored in) the in-process cache. Decided
 * on the request alone and deliberately broad: any credential at all (Authorization — JWT,
 * Bearer or API key — or any cookie, which may be a session or Next's draft-mode cookie) and
 * any mention of drafts go through Payload every time.
 */
export const isCacheableRequest = (request: Request, url: URL) => {
  if (request.method !== 'GET') return false
  if (request.headers.has('Authorization') || request.headers.has('Cookie')) return false
  if (url.searchParams.has('draft')) return false
  const query = url.searchParams.get('query')
  if (query && DRAFT_ARGUMENT.test(query)) return false
  return true
}
