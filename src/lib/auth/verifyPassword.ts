import crypto from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2 = promisify(crypto.pbkdf2)

// The two formats Payload 3.90 stores: the current prefixed one and the legacy one.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'

/** Checks a password against Payload's stored salt and hash, in constant time. */
export const verifyPassword = async (password: string, salt: unknown, hash: unknown) => {
  if (typeof salt !== 'string' || typeof hash !== 'string') return false
  const isCurrent = hash.startsWith(CURRENT_PREFIX)
  const stored = Buffer.from(isCurrent ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const computed = await pbkdf2(password, salt, isCurrent ? 600_000 : 25_000, isCurrent ? 32 : 512, 'sha256')
  return computed.length === stored.length && crypto.timingSafeEqual(computed, stored)
}
