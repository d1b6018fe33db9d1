/** A GraphQL query that asks for drafts anywhere (`draft: true` on any field). */
const DRAFT_ARGUMENT = /\bdraft\s*:/i

type RequestFacts = { method: string; hasAuthorization: boolean; hasCookie: boolean }

/**
 * Whether an anonymous read may be answered from (and stored in) the in-process cache. Decided
 * on the request alone and deliberately broad: any credential at all (Authorization — JWT,
 * Bearer or API key — or any cookie, which may be a session or Next's draft-mode cookie) and
 * any mention of drafts go through Payload every time. The same rule guards the early answer
 * in front of Next (fastPath.ts) and the route handlers (withDelivery.ts).
 */
export const isCacheableRequestFacts = ({ method, hasAuthorization, hasCookie }: RequestFacts, url: URL) => {
  if (method !== 'GET') return false
  if (hasAuthorization || hasCookie) return false
  if (url.searchParams.has('draft')) return false
  const query = url.searchParams.get('query')
  if (query && DRAFT_ARGUMENT.test(query)) return false
  return true
}

export const isCacheableRequest = (request: Request, url: URL) =>
  isCacheableRequestFacts(
    {
      method: request.method,
      hasAuthorization: request.headers.has('Authorization'),
      hasCookie: request.headers.has('Cookie'),
    },
    url,
  )
