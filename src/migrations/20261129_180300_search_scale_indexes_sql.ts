import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { CONTENT_COLLECTIONS } from '../lib/contentCollections'

/**
 * Hand-written partial indexes (Payload's `index: true` cannot express a WHERE), measured by
 * bench/scale.bench.ts (bench/RESULTS.md, "Scale"):
 * - the review-due job's query (src/workflow/reviewDue.ts) reads only live documents not yet
 *   flagged, ordered by due date, so a run touches the few that fell due, not every document;
 * - the reviewer's queues (ReviewDashboard, the admin list filtered by draft state) read the
 *   latest versions that hold a pending draft, newest first; published documents without a
 *   draft are not in the index at all, so it stays the size of the work in progress;
 * - filtering articles by technique goes from the technique to its articles in one index.
 */
const table = (slug: string) => slug.replace(/-/g, '_')

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const slug of CONTENT_COLLECTIONS) {
    const main = table(slug)
    const versions = `_${main}_v`
    await db.execute(
      sql.raw(`
      CREATE INDEX IF NOT EXISTS "${main}_review_due_idx" ON "${main}" ("medical_review_next_review_due")
        WHERE _status = 'published' AND medical_review_is_review_due IS NOT TRUE;
      CREATE INDEX IF NOT EXISTS "${versions}_pending_draft_idx" ON "${versions}" ("version_draft_state", "version_updated_at" DESC)
        WHERE latest = true AND version_draft_state IS NOT NULL;`),
    )
  }
  await db.execute(sql`
    CREATE INDEX IF NOT EXISTS "articles_rels_techniques_parent_idx" ON "articles_rels" ("techniques_id", "parent_id")
      WHERE techniques_id IS NOT NULL;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const slug of CONTENT_COLLECTIONS) {
    const main = table(slug)
    await db.execute(sql.raw(`DROP INDEX IF EXISTS "${main}_review_due_idx"; DROP INDEX IF EXISTS "_${main}_v_pending_draft_idx";`))
  }
  await db.execute(sql`DROP INDEX IF EXISTS "articles_rels_techniques_parent_idx";`)
}
