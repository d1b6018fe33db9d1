import type { PayloadRequest } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollectionSlug } from '@/lib/contentCollections'
import { WorkflowError } from '@/workflow/errors'

/** The content document a queue request names, read with the caller's own access (404 when unseen). */
export const reviewTarget = async (req: PayloadRequest, body: Record<string, unknown>) => {
  const collection = body.collection
  if (typeof collection !== 'string' || !(CONTENT_COLLECTIONS as readonly string[]).includes(collection)) {
    throw new WorkflowError(`Body field "collection" must be one of ${CONTENT_COLLECTIONS.join(', ')}`, 400, { field: 'collection' })
  }
  const id = Number(body.id)
  if (!Number.isInteger(id) || id <= 0) throw new WorkflowError('Body field "id" must be a document id', 400, { field: 'id' })
  const doc = await req.payload
    .findByID({
      collection: collection as ContentCollectionSlug,
      id,
      draft: true,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)
  if (!doc) throw new WorkflowError(`No ${collection} document with id ${id}`, 404, { field: 'id' })
  return { collection: collection as ContentCollectionSlug, id, doc: doc as Record<string, any> }
}

/** The one key a document's assignment is stored under; its unique index makes claims race-safe. */
export const assignmentKey = (collection: string, id: number | string) => `${collection}:${id}`
