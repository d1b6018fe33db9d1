import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { reindexAll } from '../search/reindex'

/**
 * Hand-written (not from Payload's schema diff): the search index of live content
 * (src/search/, docs/search.md). One row per live document and locale, written by the
 * live-change hook inside the publishing transaction. English is matched with full-text search
 * (a stripped tsvector of all the text, GIN; ranked by a weighted one of title and excerpt); Thai, which has no spaces between words, with trigrams (pg_trgm,
 * GIN) over the same text. The backfill indexes whatever is already live.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TABLE IF NOT EXISTS "search_documents" (
    "collection" varchar(40) NOT NULL,
    "doc_id" integer NOT NULL,
    "locale" varchar(8) NOT NULL,
    "slug" varchar,
    "title" text NOT NULL DEFAULT '',
    "excerpt" text NOT NULL DEFAULT '',
    "body" text NOT NULL DEFAULT '',
    "updated_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
    -- Matching: every word of the document without positions (strip), small enough to stay
    -- in the row, so testing a match does not fetch and decompress a large value.
    "document" tsvector GENERATED ALWAYS AS (
      CASE WHEN "locale" = 'en' THEN
        strip(to_tsvector('english'::regconfig, "title" || ' ' || "excerpt" || ' ' || "body"))
      END
    ) STORED,
    -- Ranking: title (A) and excerpt (B) with positions; a body-only match ranks by recency.
    "head" tsvector GENERATED ALWAYS AS (
      CASE WHEN "locale" = 'en' THEN
        setweight(to_tsvector('english'::regconfig, "title"), 'A') ||
        setweight(to_tsvector('english'::regconfig, "excerpt"), 'B')
      END
    ) STORED,
    PRIMARY KEY ("collection", "doc_id", "locale")
  );
  CREATE INDEX IF NOT EXISTS "search_documents_en_fts_idx" ON "search_documents" USING gin ("document")
    WHERE "locale" = 'en';
  CREATE INDEX IF NOT EXISTS "search_documents_th_trgm_idx" ON "search_documents"
    USING gin (("title" || ' ' || "excerpt" || ' ' || "body") gin_trgm_ops)
    WHERE "locale" = 'th';`)
  await reindexAll(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // pg_trgm stays: other objects may use it, and it holds no data.
  await db.execute(sql`DROP TABLE IF EXISTS "search_documents";`)
}
