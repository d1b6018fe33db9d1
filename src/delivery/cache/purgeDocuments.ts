import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { encodeTags, INVALIDATION_CHANNEL } from './channel'
import { responseCache } from './responseCache'
import { tagsOfChange } from './tags'

type Executor = { execute: (query: unknown) => Promise<unknown> }

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; stay well under. */
const MAX_PAYLOAD_BYTES = 7000

/** Splits tags into notifications that each fit one NOTIFY payload. */
export const chunkTags = (tags: string[], maxBytes = MAX_PAYLOAD_BYTES): string[][] => {
  const chunks: string[][] = []
  let current: string[] = []
  for (const tag of tags) {
    const next = [...current, tag]
    if (current.length > 0 && Buffer.byteLength(encodeTags(next)) > maxBytes) {
      chunks.push(current)
      current = [tag]
    } else current = next
  }
  if (current.length > 0) chunks.push(current)
  return chunks
}

/**
 * Purges the cached answers that show these documents, here and on every instance, for writes
 * that change a live row without a live change (the review-due flag, src/medical/reviewDue.ts).
 * Call it after the write committed: the notification goes out on the pool (autocommit), and
 * this instance purges at once, which also stops a read that started before the write from
 * storing what it read (the cache's generation moves on).
 */
export const purgeDocuments = async (
  payload: Payload,
  collection: string,
  ids: (number | string)[],
): Promise<void> => {
  if (ids.length === 0) return
  const tags = [...new Set(ids.flatMap((id) => tagsOfChange(collection, id)))]
  responseCache().invalidate(tags)
  const db = (payload.db as unknown as { drizzle: Executor }).drizzle
  for (const chunk of chunkTags(tags)) {
    await db.execute(sql`SELECT pg_notify(${INVALIDATION_CHANNEL}, ${encodeTags(chunk)})`)
  }
}
