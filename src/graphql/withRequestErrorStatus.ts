import { responseWithKnownBody } from '@/delivery/knownBody'

const utf8 = new TextDecoder()

/**
 * A GraphQL request that fails before execution (syntax, validation, the operation limits) has
 * `errors` and no `data`. graphql-http answers it 200 when the client accepts application/json
 * (the legacy GraphQL-over-HTTP rule); this answers 400 whatever the client accepts, so a
 * refused query looks refused to proxies, monitoring and rate limits.
 */
export const withRequestErrorStatus =
  (handler: (request: Request) => Promise<Response>) =>
  async (request: Request): Promise<Response> => {
    const response = await handler(request)
    if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response
    const bytes = new Uint8Array(await response.arrayBuffer())
    const body = utf8.decode(bytes)
    let isRequestError = false
    if (body.startsWith('{"errors":')) {
      try {
        const json = JSON.parse(body) as Record<string, unknown>
        isRequestError = !('data' in json) && Array.isArray(json.errors)
      } catch {
        isRequestError = false
      }
    }
    // The delivery wrapper reads these same bytes for the ETag: hand them on with the Response.
    return responseWithKnownBody(bytes, { status: isRequestError ? 400 : 200, headers: response.headers })
  }
