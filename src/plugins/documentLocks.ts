import type { CollectionBeforeChangeHook, Plugin } from 'payload'

import { isStaff } from '@/access/isStaff'

const LOCKS = 'payload-locked-documents'

/** A lock always names whoever takes it: a caller cannot file one under someone else's name. */
const lockAsCaller: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user) return data
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}

/**
 * Payload adds its document-lock collection after plugins run, open to any signed-in user:
 * one without a role could lock every article under the admin's name and block editors with
 * 423. Once Payload has built the config, only staff may read or take locks, as themselves.
 */
export const documentLocks = (): Plugin => (config) => ({
  ...config,
  onInit: async (payload) => {
    const locks = payload.collections[LOCKS as 'users']?.config
    if (locks) {
      locks.access = { ...locks.access, read: isStaff, create: isStaff, update: isStaff, delete: isStaff }
      locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockAsCaller]
    }
    await config.onInit?.(payload)
  },
})
