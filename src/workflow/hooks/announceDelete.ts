import type { CollectionAfterDeleteHook } from 'payload'

import type { ContentCollectionSlug } from '@/lib/contentCollections'

import { runLiveChangeHooks } from '../liveChanges'

/**
 * Deleting is a live change whatever the document's state: consumers that never saw it live
 * treat the tombstone as a no-op, and a feed reader that did must learn it is gone.
 */
export const announceDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await runLiveChangeHooks(req, {
    event: 'deleted',
    collection: collection.slug as ContentCollectionSlug,
    id: Number(id),
    at: new Date().toISOString(),
  })
}
