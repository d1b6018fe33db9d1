import { getPayload, type Endpoint, type SanitizedConfig } from 'payload'

import { isDatabaseUnavailable } from '@/lib/db/isDatabaseUnavailable'
import { retryAfterHeader, UNAVAILABLE_MESSAGE } from '@/lib/db/unavailableResponse'

import { clientIp } from './clientIp'
import { enforceRateLimit } from './enforce'
import type { RateLimitedRoute } from './limits'
import { TooManyRequests } from './TooManyRequests'

const hasCredentials = (headers: Headers) =>
  Boolean(headers.get('authorization')) || /(?:^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')

/**
 * Wraps a route handler (GraphQL) so it counts per client IP and per signed-in user before any
 * parsing or resolving, answering 429 with Retry-After in GraphQL's error shape.
 */
export const withRateLimit =
  <Rest extends unknown[]>(
    route: RateLimitedRoute,
    config: Promise<SanitizedConfig> | SanitizedConfig,
    handler: (request: Request, ...rest: Rest) => Promise<Response>,
  ) =>
  async (request: Request, ...rest: Rest): Promise<Response> => {
    const payload = await getPayload({ config })
    const account = hasCredentials(request.headers)
      ? (await payload.auth({ headers: request.headers }).catch(() => ({ user: null }))).user?.id
      : undefined
    try {
      await enforceRateLimit({ payload, route, ip: clientIp(request.headers), account })
    } catch (error) {
      // The counters live in PostgreSQL: when it cannot serve, say so (503), as every route does.
      if (isDatabaseUnavailable(error)) {
        return Response.json(
          { errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { statusCode: 503 } }] },
          { status: 503, headers: { 'Retry-After': retryAfterHeader(), 'Cache-Control': 'no-store' } },
        )
      }
      if (!(error instanceof TooManyRequests)) throw error
      const retryAfter = String(error.data.retryAfter)
      return Response.json(
        { errors: [{ message: error.message, extensions: { name: error.name, statusCode: 429 } }] },
        { status: 429, headers: { 'Retry-After': retryAfter } },
      )
    }
    return handler(request, ...rest)
  }

/** A Payload endpoint that counts per client IP and per signed-in user before its handler runs. */
export const rateLimitedEndpoint = (route: RateLimitedRoute, endpoint: Endpoint): Endpoint => ({
  ...endpoint,
  handler: async (req) => {
    await enforceRateLimit({ payload: req.payload, route, ip: clientIp(req.headers), account: req.user?.id, req })
    return endpoint.handler(req)
  },
})
