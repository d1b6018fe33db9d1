import type { CollectionAfterChangeHook } from 'payload'

import { canonicalJson } from '@/lib/canonicalJson'
import { keepingLocale } from '@/lib/locales'
import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'

import { writeLiveRow } from '../liveRow'
import { NOT_REVIEWED_UPLOAD, reviewedProjection, uploadsShown } from '../reviewedContent'

export const IMAGE_WORDING_CHANGED = 'image_wording_changed'

/**
 * An image's alt text and caption are public wording of every document that shows it. An
 * edit of them cannot wait for each document's next review: the published documents showing
 * the image are flagged `isReviewDue` at once (in the edit's own transaction), with an audit
 * event each. Their pending drafts need nothing: the image wording is in the approval hash,
 * so an approved draft showing the image can no longer be published without a new review.
 */
export const flagImageUsers: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, operation, req }) => {
  if (operation !== 'update' || !previousDoc) return doc
  const fields = collection.flattenedFields.filter((field) => !(field.name in NOT_REVIEWED_UPLOAD))
  const wording = (value: Record<string, unknown>) => canonicalJson(reviewedProjection(value, fields))
  if (wording(doc) === wording(previousDoc)) return doc

  await keepingLocale(req, async () => {
    for (const slug of CONTENT_COLLECTIONS) {
      const contentFields = req.payload.collections[slug].config.flattenedFields
      const { docs } = await req.payload.find({
        collection: slug,
        draft: false,
        where: { _status: { equals: 'published' } },
        locale: 'all',
        depth: 0,
        pagination: false,
        req,
        overrideAccess: true,
      })
      for (const shown of docs) {
        if (!uploadsShown(shown as never, contentFields).get(collection.slug)?.has(String(doc.id))) continue
        await writeLiveRow(req.payload, req, slug, shown.id as number, { kind: 'flagReviewDue' })
        await req.payload.create({
          collection: 'workflow-events',
          data: {
            collection: slug,
            documentId: String(shown.id),
            action: IMAGE_WORDING_CHANGED,
            actor: req.user?.id as number | undefined,
            comment: `The alt text or caption of image #${doc.id} changed; the live document is due for review`,
          },
          depth: 0,
          req,
          overrideAccess: true,
        })
      }
    }
  })
  return doc
}
