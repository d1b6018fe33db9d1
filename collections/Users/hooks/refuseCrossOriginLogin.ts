import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isAllowedOrigin } from '@/lib/auth/isAllowedOrigin'

/**
 * Login CSRF: a page on another site must not sign a visitor's browser into an account of
 * the attacker's choosing. Browsers always send Origin on cross-origin POSTs; clients that
 * send none (curl, server code) are not browsers riding a cookie and may log in.
 */
export const refuseCrossOriginLogin: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  const origin = req.headers.get('origin')
  if (origin && origin !== 'null' && isAllowedOrigin(req, origin)) return args
  if (origin) throw new APIError(`Sign-in from origin ${origin.slice(0, 100)} is not allowed`, 403, { field: 'origin' }, true)
  return args
}
