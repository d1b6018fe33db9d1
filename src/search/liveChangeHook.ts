import type { LiveChangeHook } from '@/workflow/liveChanges'

import { indexDocument, removeFromIndex } from './indexDocument'
import { isSearchable } from './searchable'

/**
 * Keeps the index in step with what the public sees. It runs inside the changing transaction
 * and does not catch its own errors: a publish whose index row cannot be written rolls back,
 * so search never lists a page that is not live, nor misses one that is.
 */
export const searchLiveChangeHook: LiveChangeHook = async ({ change, req }) => {
  if (!isSearchable(change.collection)) return
  if (change.event === 'published' || change.event === 'reaffirmed') {
    await indexDocument(req, change.collection, change.id)
    return
  }
  await removeFromIndex(req, change.collection, change.id)
}
