import crypto from 'node:crypto'
import { promisify } from 'node:util'
import type { CollectionBeforeOperationHook } from 'payload'

const pbkdf2 = promisify(crypto.pbkdf2)

// Payload 3.90's current password hash (pbkdf2-sha256-v1): the check of a known account costs this.
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

/**
 * Payload answers an unknown email at once and a known one after a password hash: the time
 * tells which emails have accounts. An unknown email pays for the same hash.
 */
export const hashForUnknownEmail: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = ((args as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>
  if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '') return args
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { email: { equals: email.toLowerCase().trim() } },
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) await pbkdf2(password, DUMMY_SALT, ITERATIONS, KEY_LENGTH, 'sha256')
  return args
}
