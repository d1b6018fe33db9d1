import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { CONTENT_COLLECTIONS } from '../lib/contentCollections'

/**
 * Hand-written indexes found by bench/scale.bench.ts at 100k articles (bench/RESULTS.md, "Scale"):
 *
 * - Every `*_locales` table: Payload gives it one unique index on (`_locale`, `_parent_id`) and
 *   reads a document's locale rows by `_parent_id` alone, which that index cannot seek (the
 *   locale comes first; PostgreSQL 17 has no skip scan): each document read walked the whole
 *   index, so every list, find-by-id and draft read grew with the number of documents (159 ms
 *   per document on `_articles_v_locales` at 100k). An index on `_parent_id` makes it a lookup.
 * - The reviewer's queue sorts the latest versions in review by `version_updated_at DESC` and
 *   Payload adds `created_at DESC` as a tie-breaker; the pending-draft index of
 *   20261129_180300 ordered by `version_updated_at` only, so PostgreSQL walked the whole
 *   `version_updated_at` index filtering for drafts. This one holds the full sort order, so
 *   `LIMIT 5` reads five index entries. It replaces that index.
 */
const versionsOf = (slug: string) => `_${slug.replace(/-/g, '_')}_v`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  DO $$
  DECLARE t text;
  BEGIN
    FOR t IN SELECT c.table_name FROM information_schema.columns c
      WHERE c.table_schema = current_schema() AND c.column_name = '_parent_id'
        AND right(c.table_name, 8) = '_locales'
    LOOP
      EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %I ("_parent_id")', left(t, 50) || '_parent_id_idx', t);
    END LOOP;
  END $$;`)
  for (const slug of CONTENT_COLLECTIONS) {
    const versions = versionsOf(slug)
    await db.execute(
      sql.raw(`
      CREATE INDEX IF NOT EXISTS "${versions}_pending_draft_order_idx" ON "${versions}"
        ("version_draft_state", "version_updated_at" DESC, "created_at" DESC)
        WHERE latest = true AND version_draft_state IS NOT NULL;
      DROP INDEX IF EXISTS "${versions}_pending_draft_idx";`),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const slug of CONTENT_COLLECTIONS) {
    const versions = versionsOf(slug)
    await db.execute(
      sql.raw(`
      CREATE INDEX IF NOT EXISTS "${versions}_pending_draft_idx" ON "${versions}" ("version_draft_state", "version_updated_at" DESC)
        WHERE latest = true AND version_draft_state IS NOT NULL;
      DROP INDEX IF EXISTS "${versions}_pending_draft_order_idx";`),
    )
  }
  await db.execute(sql`
  DO $$
  DECLARE t text;
  BEGIN
    FOR t IN SELECT c.table_name FROM information_schema.columns c
      WHERE c.table_schema = current_schema() AND c.column_name = '_parent_id'
        AND right(c.table_name, 8) = '_locales'
    LOOP
      EXECUTE format('DROP INDEX IF EXISTS %I', left(t, 50) || '_parent_id_idx');
    END LOOP;
  END $$;`)
}
