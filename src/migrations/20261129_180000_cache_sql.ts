import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The change feed (`GET /api/changes`) lives outside Payload's schema: one row per live change,
 * written in the changing transaction (src/delivery/changes/recordChange.ts). Documents that
 * are live when this runs get a `published` row, so a later delete of one leaves a tombstone.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "live_changes" (
  	"id" bigserial PRIMARY KEY NOT NULL,
  	"collection" varchar(64) NOT NULL,
  	"document_id" integer NOT NULL,
  	"slug" varchar,
  	"event" varchar(16) NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL
  );
  CREATE INDEX IF NOT EXISTS "live_changes_document_idx" ON "live_changes" USING btree ("collection", "document_id", "id");
  INSERT INTO "live_changes" ("collection", "document_id", "slug", "event", "at")
  SELECT collection, id, slug, 'published', updated_at FROM (
    SELECT 'articles' AS collection, id, slug, updated_at FROM "articles" WHERE "_status" = 'published'
    UNION ALL SELECT 'techniques', id, slug, updated_at FROM "techniques" WHERE "_status" = 'published'
    UNION ALL SELECT 'therapists', id, slug, updated_at FROM "therapists" WHERE "_status" = 'published'
    UNION ALL SELECT 'faqs', id, NULL, updated_at FROM "faqs" WHERE "_status" = 'published'
    UNION ALL SELECT 'disclaimers', id, NULL, updated_at FROM "disclaimers" WHERE "_status" = 'published'
  ) AS live ORDER BY updated_at, collection, id;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "live_changes";`)
}
