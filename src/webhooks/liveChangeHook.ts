import type { LiveChangeHook } from '@/workflow/liveChanges'

import { queueEvent } from './queueEvent'

/** Publish, reaffirm, unpublish and delete queue their webhook deliveries in the changing transaction. */
export const queueWebhooksForLiveChange: LiveChangeHook = async ({ change, req }) => {
  await queueEvent(req, {
    event: change.event,
    collection: change.collection,
    documentId: change.id,
    at: change.at,
    eventId: change.eventId,
  })
}
