import type { CollectionBeforeOperationHook } from 'payload'

import { clientIp } from '@/lib/rateLimit/clientIp'
import { enforceRateLimit } from '@/lib/rateLimit/enforce'

import { RATE_LIMITED } from '../endpoints/resetPassword'

const ROUTES = { login: 'login', forgotPassword: 'forgotPassword', resetPassword: 'resetPassword' } as const

/**
 * Login, forgot- and reset-password count per client IP and per account (the email, or the
 * reset token) before Payload looks the account up. Server code (Local API) is not limited.
 */
export const rateLimitAuth: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  const route = ROUTES[operation as keyof typeof ROUTES]
  if (!route || req.payloadAPI === 'local' || req.context[RATE_LIMITED]) return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const account = route === 'resetPassword' ? data.token : data.email
  await enforceRateLimit({
    payload: req.payload,
    route,
    ip: clientIp(req.headers),
    account: typeof account === 'string' ? account : undefined,
    req,
  })
  return args
}
