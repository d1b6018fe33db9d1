import type { CollectionBeforeChangeHook } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollectionSlug } from '@/lib/contentCollections'
import { eventActionLabel } from '@/workflow/eventLabels'

import { titleOf } from '@/lib/titleOf'

/**
 * Gives each audit event a readable title ("Approve: Gentle stretches for the hips"), so the
 * admin shows it instead of "Untitled - ID: 2". Written once, when the event is created.
 */
export const summarizeEvent: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const collection = data.collection as string | undefined
  let title = `#${String(data.documentId ?? '')}`
  if (collection && (CONTENT_COLLECTIONS as readonly string[]).includes(collection) && data.documentId) {
    const doc = await req.payload
      .findByID({
        collection: collection as ContentCollectionSlug,
        id: data.documentId,
        draft: true,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
      })
      .catch(() => null)
    if (doc) title = titleOf(doc as unknown as Record<string, unknown>)
  }
  return { ...data, summary: `${eventActionLabel(String(data.action ?? ''))}: ${title}`.slice(0, 300) }
}
