import {
  type CollectionBeforeOperationHook,
  type GlobalConfig,
  Locked,
  type PayloadRequest,
  type Where,
} from 'payload'

import { idOf } from '../idOf'

type GlobalBeforeOperationHook = NonNullable<NonNullable<GlobalConfig['hooks']>['beforeOperation']>[number]

// Payload's default lock duration, in seconds.
const DEFAULT_LOCK_SECONDS = 300
const LOCKS = 'payload-locked-documents'

type LockRow = { id: number; updatedAt: string; user?: { value?: unknown } | null; document?: { value?: unknown } | null }
type LockSetting = boolean | { duration: number } | undefined

const freshLocksByOthers = async (req: PayloadRequest, where: Where, setting: LockSetting) => {
  const duration = typeof setting === 'object' ? setting.duration : DEFAULT_LOCK_SECONDS
  const { docs } = await req.payload.db.find({ collection: LOCKS, where, pagination: false, sort: '-updatedAt', req })
  const userId = String(req.user?.id)
  return (docs as unknown as LockRow[]).filter(
    (lock) =>
      String(idOf(lock.user?.value)) !== userId && Date.now() - new Date(lock.updatedAt).getTime() <= duration * 1000,
  )
}

/**
 * Payload 3.90 checks document locks on update and delete with a query outside the
 * operation's transaction: the operation holds one pooled connection and waits for a second,
 * so a burst of edits as large as the pool hangs the server. This runs the same check on the
 * operation's own transaction, then tells Payload the check is done (`overrideLock`); Payload
 * still clears the caller's lock afterwards, on the transaction.
 */
export const checkLocksInTransaction: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  if (args.overrideLock !== false && args.overrideLock !== undefined) return args
  const setting = collection.lockDocuments as LockSetting
  if (setting === false) return args
  const id = (args as { id?: number | string }).id
  const locks = await freshLocksByOthers(
    req,
    {
      and: [
        { 'document.relationTo': { equals: collection.slug } },
        ...(id !== undefined ? [{ 'document.value': { equals: id } }] : []),
      ],
    },
    setting,
  )
  if (locks.length > 0) {
    const lockedIds = locks.map((lock) => idOf(lock.document?.value))
    const isHit =
      id !== undefined ||
      (
        await req.payload.count({
          collection: collection.slug as 'articles',
          where: { and: [(args as { where?: Where }).where ?? {}, { id: { in: lockedIds } }] },
          overrideAccess: true,
          req,
        })
      ).totalDocs > 0
    if (isHit) {
      throw new Locked(
        id !== undefined
          ? `Document with ID ${id} is currently locked by another user and cannot be modified.`
          : 'A matching document is currently locked by another user and cannot be modified.',
      )
    }
  }
  return { ...args, overrideLock: true }
}

/** The same for globals. */
export const checkGlobalLockInTransaction: GlobalBeforeOperationHook = async ({ args, global, operation, req }) => {
  if (operation !== 'update') return args
  if (args.overrideLock !== false && args.overrideLock !== undefined) return args
  const setting = global.lockDocuments as LockSetting
  if (setting === false) return args
  const locks = await freshLocksByOthers(req, { globalSlug: { equals: global.slug } }, setting)
  if (locks.length > 0) {
    throw new Locked(`Global document with slug "${global.slug}" is currently locked by another user and cannot be modified.`)
  }
  return { ...args, overrideLock: true }
}
