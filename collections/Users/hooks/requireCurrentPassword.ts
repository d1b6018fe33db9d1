import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { hasRole } from '@/access/hasRole'
import { verifyPassword } from '@/lib/auth/verifyPassword'

type UpdateArgs = { id?: number | string; data?: Record<string, unknown> }

/**
 * A stolen session must not be enough to take an account over: changing one's own password
 * needs the current one (`currentPassword`). An admin setting someone else's password does
 * not. Server code that acts without a user (Local API, overrideAccess) is not asked.
 */
export const requireCurrentPassword: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'updateByID') return args
  const { id, data } = args as UpdateArgs
  if (!data || typeof data !== 'object') return args
  const { currentPassword, ...rest } = data
  ;(args as UpdateArgs).data = rest
  const user = req.user
  if (!user || rest.password === undefined || rest.password === null || rest.password === '') return args
  // By id: is it me? In bulk (where), only an admin can reach anyone else's account.
  const isSelf =
    id !== undefined && id !== null
      ? String(id) === String(user.id)
      : !hasRole(user as { roles?: string[] | null }, 'admin')
  if (!isSelf) return args
  const fail = (message: string) => {
    throw new ValidationError({ collection: 'users', errors: [{ path: 'currentPassword', message }], req })
  }
  if (typeof currentPassword !== 'string' || currentPassword === '') {
    fail('currentPassword is required to change your own password')
  }
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { equals: user.id } },
    showHiddenFields: true,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    req,
  })
  const stored = docs[0] as { salt?: unknown; hash?: unknown } | undefined
  if (!(await verifyPassword(currentPassword as string, stored?.salt, stored?.hash))) {
    fail('currentPassword is not your current password')
  }
  return args
}
