import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, PayloadRequest } from 'payload'

import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'
import type { LiveChangeHook } from '@/workflow/liveChanges'
import { findAllLocales } from '@/lib/findAllLocales'
import { sessionOf } from '@/workflow/liveRow'
import { uploadsShown } from '@/workflow/reviewedContent'

const MEDIA = 'media'

/** The media ids a document's LIVE row shows (upload fields in any locale, images in rich text, SEO image). */
const liveMediaOf = async (req: PayloadRequest, collection: string, id: number): Promise<number[]> => {
  const live = await findAllLocales(req, collection as never, id, { isLive: true })
  if (!live || live._status !== 'published') return []
  const fields = req.payload.collections[collection as CollectionSlug].config.flattenedFields
  return [...(uploadsShown(live, fields).get(MEDIA) ?? [])].map(Number).filter(Number.isInteger)
}

/**
 * Records which media a live document uses and recomputes `isPublic` of every image it used
 * before or uses now, in the changing transaction: an image turns public with the first live
 * document that shows it and private again when the last one is unpublished or deleted.
 */
export const syncLiveMedia = async (req: PayloadRequest, collection: string, id: number) => {
  const db = await sessionOf(req.payload, req)
  const now = await liveMediaOf(req, collection, id)
  const { rows } = await db.execute(sql`
    DELETE FROM media_live_usage WHERE collection = ${collection} AND doc_id = ${id} RETURNING media_id`)
  for (const mediaId of now) {
    await db.execute(sql`
      INSERT INTO media_live_usage (collection, doc_id, media_id) VALUES (${collection}, ${id}, ${mediaId})
      ON CONFLICT DO NOTHING`)
  }
  const touched = [...new Set([...rows.map((row) => Number(row.media_id)), ...now])]
  if (touched.length === 0) return
  await db.execute(sql`
    UPDATE media SET is_public = EXISTS (SELECT 1 FROM media_live_usage u WHERE u.media_id = media.id)
    WHERE id IN (${sql.join(
      touched.map((mediaId) => sql`${mediaId}`),
      sql`, `,
    )})`)
}

export const liveMediaHook: LiveChangeHook = async ({ change, req }) => {
  if (!(CONTENT_COLLECTIONS as readonly string[]).includes(change.collection)) return
  await syncLiveMedia(req, change.collection, change.id)
}
