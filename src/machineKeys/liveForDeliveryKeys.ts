import type { CollectionBeforeOperationHook } from 'payload'

import { isMachineKeyOfKind } from './isMachineKey'

/**
 * A delivery key reads what the public reads, whatever it asks: `draft=true` is turned into a
 * live read. (Kept as a draft read, Payload would look for the newest version that is live and
 * leave out documents whose newest version is an unpublished edit.)
 */
export const liveForDeliveryKeys: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || !isMachineKeyOfKind(req.user, 'delivery')) return args
  const a = args as { draft?: boolean }
  return a.draft === true ? ({ ...args, draft: false } as typeof args) : args
}
