import type { Payload } from 'payload'

import type { ActiveKey } from './findActiveKey'
import { MACHINE_KEYS } from './slug'

/** A key's use is recorded at most this often, so reading with it never becomes a hot write. */
export const LAST_USED_RESOLUTION_MS = 60_000

/**
 * Records when a key was last used. The condition is in the UPDATE itself, so however many
 * instances serve the key, the row is written at most about once a minute.
 */
export const touchLastUsed = async (payload: Payload, key: ActiveKey, now = new Date()) => {
  const last = key.lastUsedAt ? new Date(key.lastUsedAt).getTime() : 0
  if (now.getTime() - last < LAST_USED_RESOLUTION_MS) return
  const cutoff = new Date(now.getTime() - LAST_USED_RESOLUTION_MS).toISOString()
  try {
    await payload.db.updateMany({
      collection: MACHINE_KEYS,
      where: {
        and: [
          { id: { equals: key.id } },
          { or: [{ lastUsedAt: { exists: false } }, { lastUsedAt: { less_than: cutoff } }] },
        ],
      },
      data: { lastUsedAt: now.toISOString() },
    })
  } catch (error) {
    // Bookkeeping must never fail the read it records.
    payload.logger.warn({ err: error, msg: `could not record the use of machine key #${key.id}` })
  }
}
