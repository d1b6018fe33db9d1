import type { Endpoint, PayloadRequest } from 'payload'

import { clientIp } from '@/lib/rateLimit/clientIp'
import { enforceRateLimit } from '@/lib/rateLimit/enforce'

export const RATE_LIMITED = 'relief.rateLimited'

const tokenOf = async (req: PayloadRequest) => {
  if (!(req.headers.get('content-type') ?? '').startsWith('application/json')) return undefined
  const body = (await (req as unknown as Request).clone().json().catch(() => undefined)) as { token?: unknown } | undefined
  return typeof body?.token === 'string' ? body.token : undefined
}

/**
 * `POST /api/users/reset-password`: counted per IP and per token BEFORE Payload's own handler
 * opens its transaction, because a refused token rolls that transaction back and a count made
 * inside it would vanish with it. Then Payload's handler answers as usual.
 */
export const resetPasswordEndpoint: Endpoint = {
  path: '/reset-password',
  method: 'post',
  handler: async (req) => {
    await enforceRateLimit({
      payload: req.payload,
      route: 'resetPassword',
      ip: clientIp(req.headers),
      account: await tokenOf(req),
      req,
    })
    req.context[RATE_LIMITED] = true
    const builtIn = req.payload.collections.users.config.endpoints
      ? req.payload.collections.users.config.endpoints.find(
          (endpoint) => endpoint.path === '/reset-password' && endpoint.method === 'post' && endpoint !== resetPasswordEndpoint,
        )
      : undefined
    if (!builtIn) throw new Error('Payload has no reset-password endpoint')
    return builtIn.handler(req)
  },
}
