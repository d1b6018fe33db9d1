import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

/** The database session of the request's transaction (or the pool outside one). */
export const sessionOf = async (payload: Payload, req: PayloadRequest): Promise<Executor> => {
  const adapter = payload.db as unknown as { drizzle: Executor; sessions: Record<string, { db: Executor }> }
  const transactionID = await req.transactionID
  return (transactionID && adapter.sessions[String(transactionID)]?.db) || adapter.drizzle
}

export type LiveRowChange =
  | { kind: 'unpublish' }
  | {
      kind: 'review'
      review: { reviewer: number | null; reviewedAt: string; nextReviewDue: string }
    }
  | { kind: 'flagReviewDue' }

/**
 * A live-track action writes the live (main) row and the version that mirrors it, and nothing
 * else. Payload's update cannot do that on a document with a pending draft: it merges the
 * change onto the latest version (the draft) and writes a new latest version, which would
 * publish the draft's unreviewed wording (reaffirm) or bury the draft (both).
 *
 * - The live version is the newest version with `_status = 'published'`.
 * - A pending draft (the latest version, not published) only learns the new live state, so
 *   the combined label and queries on `liveState` stay right.
 */
export const writeLiveRow = async (
  payload: Payload,
  req: PayloadRequest,
  collection: string,
  id: number,
  change: LiveRowChange,
) => {
  const db = await sessionOf(payload, req)
  const table = sql.identifier(collection.replace(/-/g, '_'))
  const versions = sql.identifier(`_${collection.replace(/-/g, '_')}_v`)
  const liveVersion = sql`(SELECT id FROM ${versions} WHERE parent_id = ${id} AND version__status = 'published' ORDER BY id DESC LIMIT 1)`
  const now = new Date().toISOString()

  if (change.kind === 'unpublish') {
    await db.execute(sql`
      UPDATE ${table} SET _status = 'draft', live_state = 'archived', draft_state = NULL,
        workflow_state = 'archived', updated_at = ${now}::timestamptz
      WHERE id = ${id}`)
    // The live version, if it is also the latest, becomes the archived snapshot; older
    // published versions are history and stay as they were.
    await db.execute(sql`
      UPDATE ${versions} SET version__status = 'draft', version_live_state = 'archived',
        version_draft_state = NULL, version_workflow_state = 'archived'
      WHERE parent_id = ${id} AND latest IS TRUE AND version__status = 'published'`)
    await db.execute(sql`
      UPDATE ${versions} SET version_live_state = 'archived'
      WHERE parent_id = ${id} AND latest IS TRUE AND version__status = 'draft'`)
    return
  }
  if (change.kind === 'review') {
    const { reviewer, reviewedAt, nextReviewDue } = change.review
    await db.execute(sql`
      UPDATE ${table} SET medical_review_reviewer_id = ${reviewer}, medical_review_reviewed_at = ${reviewedAt}::timestamptz,
        medical_review_next_review_due = ${nextReviewDue}::timestamptz, medical_review_is_review_due = false,
        updated_at = ${now}::timestamptz
      WHERE id = ${id}`)
    await db.execute(sql`
      UPDATE ${versions} SET version_medical_review_reviewer_id = ${reviewer},
        version_medical_review_reviewed_at = ${reviewedAt}::timestamptz,
        version_medical_review_next_review_due = ${nextReviewDue}::timestamptz,
        version_medical_review_is_review_due = false
      WHERE id = ${liveVersion}`)
    return
  }
  await db.execute(sql`
    UPDATE ${table} SET medical_review_is_review_due = true WHERE id = ${id} AND _status = 'published'`)
  await db.execute(sql`
    UPDATE ${versions} SET version_medical_review_is_review_due = true
    WHERE id = ${liveVersion} AND EXISTS (SELECT 1 FROM ${table} WHERE id = ${id} AND _status = 'published')`)
}
