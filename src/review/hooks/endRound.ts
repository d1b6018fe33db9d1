import type { LiveChangeHook } from '@/workflow/liveChanges'

import { assignmentKey } from '../reviewTarget'

/**
 * A publish closes the review round and a delete ends the document: its assignment goes, in
 * the same transaction, so the next round starts unassigned and claimable.
 */
export const endRound: LiveChangeHook = async ({ change, req }) => {
  if (change.event !== 'published' && change.event !== 'deleted') return
  await req.payload.delete({
    collection: 'review-assignments',
    where: { docKey: { equals: assignmentKey(change.collection, change.id) } },
    req,
    overrideAccess: true,
  })
}
