import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { reindexLiveMedia } from '../media/reindexLiveMedia'

/**
 * Hand-written (not from Payload's schema diff): which live document uses which image
 * (src/media/, docs/search.md "Media visibility"). `media.is_public` itself is a Payload field
 * (schema migration); this table is what it is computed from, and the backfill fills both.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE IF NOT EXISTS "media_live_usage" (
    "collection" varchar(40) NOT NULL,
    "doc_id" integer NOT NULL,
    "media_id" integer NOT NULL REFERENCES "media"("id") ON DELETE CASCADE,
    PRIMARY KEY ("collection", "doc_id", "media_id")
  );
  CREATE INDEX IF NOT EXISTS "media_live_usage_media_idx" ON "media_live_usage" ("media_id");`)
  await reindexLiveMedia(payload, req)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "media_live_usage";`)
}
