import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { purgeDocuments } from '@/delivery/cache/purgeDocuments'
import { CONTENT_COLLECTIONS, type ContentCollectionSlug } from '@/lib/contentCollections'
import { reviewerEmails } from '@/lib/reviewerEmails'
import { serverUrl } from '@/lib/serverUrl'
import { titleOf } from '@/lib/titleOf'

export type DueDocument = { collection: ContentCollectionSlug; id: number; title: string }

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Flags the published documents of one collection whose review date has passed, in ONE
 * statement: the conditional UPDATE takes the row lock and re-checks `is_review_due` after
 * any concurrent writer commits, so when several instances run this at once every document
 * is returned to exactly one of them. The same statement flags the latest version row when
 * that version is the live one, so draft reads (the admin form) agree with the live row.
 *
 * Only the flag changes: no Payload operation runs, so no hook, no publish gate, no new
 * version, and a pending forward draft (a newer, unpublished version) is left alone.
 */
const flagDue = async (db: Executor, collection: ContentCollectionSlug, now: Date): Promise<number[]> => {
  const table = collection.replace(/-/g, '_')
  const versions = `_${table}_v`
  const result = await db.execute(sql`
    WITH due AS (
      UPDATE ${sql.identifier(table)}
      SET medical_review_is_review_due = true
      WHERE _status = 'published'
        AND medical_review_next_review_due < ${now.toISOString()}::timestamptz
        AND medical_review_is_review_due IS NOT TRUE
      RETURNING id
    ), live_version AS (
      UPDATE ${sql.identifier(versions)} AS v
      SET version_medical_review_is_review_due = true
      FROM due
      WHERE v.parent_id = due.id AND v.latest IS TRUE AND v.version__status = 'published'
      RETURNING v.id
    )
    SELECT id FROM due ORDER BY id
  `)
  return result.rows.map((row) => Number(row.id))
}

export const reviewDueEmail = (doc: DueDocument) => {
  const link = `${serverUrl()}/admin/collections/${doc.collection}/${doc.id}`
  return {
    subject: `[Relief] Medical review due: ${doc.title}`,
    text: [
      `The medical review of "${doc.title}" (${doc.collection}) is due.`,
      'If the wording is still accurate, reaffirm the review; otherwise ask an editor for changes.',
      `Open it in the admin panel: ${link}`,
    ].join('\n\n'),
  }
}

/**
 * The re-review schedule (docs/workflow.md, "Medical review record"): marks every published document past its
 * `medicalReview.nextReviewDue` as `isReviewDue` and emails each reviewer once per document.
 * Only the documents this call flipped are emailed, so a second run (or a concurrent run on
 * another instance) sends nothing for them.
 */
export const markReviewsDue = async (
  payload: Payload,
  { now = new Date() }: { now?: Date } = {},
): Promise<{ flagged: DueDocument[]; emailsSent: number; emailsFailed: number }> => {
  const db = (payload.db as unknown as { drizzle: Executor }).drizzle
  const flagged: DueDocument[] = []
  for (const collection of CONTENT_COLLECTIONS) {
    const ids = await flagDue(db, collection, now)
    if (ids.length === 0) continue
    // The flag is part of the public body ("review due" notice), yet no live change happens:
    // the wording stays the reviewed one, so feed, webhooks (they get `review_due` from the
    // job), search and review rounds have nothing to do. Only cached answers are now stale.
    await purgeDocuments(payload, collection, ids)
    const titleField = payload.collections[collection].config.admin?.useAsTitle
    const { docs } = await payload.find({
      collection,
      where: { id: { in: ids } },
      draft: false,
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    const byId = new Map(docs.map((doc) => [Number(doc.id), doc as unknown as Record<string, unknown>]))
    for (const id of ids) {
      const doc = byId.get(id)
      flagged.push({ collection, id, title: doc ? titleOf(doc, titleField) : `#${id}` })
    }
  }
  if (flagged.length === 0) return { flagged, emailsSent: 0, emailsFailed: 0 }

  const recipients = await reviewerEmails(payload)
  let emailsSent = 0
  let emailsFailed = 0
  for (const doc of flagged) {
    const { subject, text } = reviewDueEmail(doc)
    for (const to of recipients) {
      try {
        await payload.sendEmail({ to, subject, text })
        emailsSent += 1
      } catch (error) {
        // The flag is already set; a failed notice must not stop the others.
        emailsFailed += 1
        payload.logger.error({ err: error, msg: `review-due email to ${to} for ${doc.collection}/${doc.id} failed` })
      }
    }
  }
  payload.logger.info({ msg: `marked ${flagged.length} document(s) as due for medical review`, flagged })
  return { flagged, emailsSent, emailsFailed }
}
