import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, PayloadRequest } from 'payload'

import type { LiveChange } from '@/workflow/liveChanges'
import { sessionOf } from '@/workflow/liveRow'

/**
 * Serialises feed inserts until commit. A bigserial id is taken at insert, not at commit, so
 * without it a reader could see id 7 committed, move its cursor past it, and never see id 6
 * that committed a moment later. Under this transaction-level lock a row's id is only handed
 * out after every earlier row committed or rolled back: ids are commit order.
 */
export const FEED_LOCK_KEY = 74_020_010

/** Collections whose live row carries a slug the feed can show. */
const hasSlug = (req: PayloadRequest, collection: string) =>
  Boolean(req.payload.collections[collection as CollectionSlug]?.config.flattenedFields.some((f) => f.name === 'slug'))

/**
 * Writes one feed row in the changing transaction. A delete is only recorded (as a tombstone
 * with the last slug the feed showed) for documents the feed has shown: deleting a document
 * that never went live reveals nothing about it.
 */
export const recordChange = async (req: PayloadRequest, change: LiveChange) => {
  const db = await sessionOf(req.payload, req)
  await db.execute(sql`SELECT pg_advisory_xact_lock(${FEED_LOCK_KEY})`)
  let slug: string | null = null
  if (change.event === 'deleted') {
    const { rows } = await db.execute(sql`
      SELECT slug FROM live_changes WHERE collection = ${change.collection} AND document_id = ${change.id}
      ORDER BY id DESC LIMIT 1`)
    if (rows.length === 0) return
    slug = (rows[0].slug as string | null) ?? null
  } else if (hasSlug(req, change.collection)) {
    const table = sql.identifier(change.collection.replace(/-/g, '_'))
    const { rows } = await db.execute(sql`SELECT slug FROM ${table} WHERE id = ${change.id}`)
    slug = (rows[0]?.slug as string | null) ?? null
  }
  await db.execute(sql`
    INSERT INTO live_changes (collection, document_id, slug, event, at)
    VALUES (${change.collection}, ${change.id}, ${slug}, ${change.event}, ${change.at}::timestamptz)`)
}
