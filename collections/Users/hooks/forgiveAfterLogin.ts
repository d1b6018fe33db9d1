import type { CollectionAfterLoginHook, CollectionAfterOperationHook } from 'payload'

import { clientIp } from '@/lib/rateLimit/clientIp'
import { forgiveAccount, forgiveIpAccount } from '@/lib/rateLimit/enforce'

/** The owner signed in from this IP: earlier typos from here no longer count against them. */
export const forgiveAfterLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  if (req.payloadAPI === 'local' || typeof user?.email !== 'string') return
  await forgiveIpAccount(req.payload, 'login', clientIp(req.headers), user.email, req)
}

/** An admin's unlock also lifts the account's login limits, from every IP. */
export const forgiveAfterUnlock: CollectionAfterOperationHook<'users'> = async ({ args, operation, req, result }) => {
  if (operation !== 'unlock') return result
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email === 'string') await forgiveAccount(req.payload, 'login', email, req)
  return result
}
