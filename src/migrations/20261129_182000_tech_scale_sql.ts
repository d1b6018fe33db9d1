import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { CONTENT_COLLECTIONS } from '../lib/contentCollections'

/**
 * Indexes for counting a has-many relationship filter from the relations table
 * (src/delivery/relationCount, bench/RESULTS.md "filter by technique"):
 * - `articles_rels (techniques_id, parent_id) WHERE path = 'techniques'`: the parents of one
 *   technique in order, read from the index alone (no sort, no table rows);
 * - `<content>_unpublished_idx`: the few main rows that are not published (never-published
 *   and unpublished documents), which a live count takes out without reading the whole table.
 */
const table = (slug: string) => slug.replace(/-/g, '_')

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const slug of CONTENT_COLLECTIONS) {
    const main = table(slug)
    await db.execute(
      sql.raw(`CREATE INDEX IF NOT EXISTS "${main}_unpublished_idx" ON "${main}" ("id")
        WHERE _status IS DISTINCT FROM 'published';`),
    )
  }
  await db.execute(sql`
    CREATE INDEX IF NOT EXISTS "articles_rels_techniques_path_idx" ON "articles_rels" ("techniques_id", "parent_id")
      WHERE path = 'techniques';`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const slug of CONTENT_COLLECTIONS) {
    await db.execute(sql.raw(`DROP INDEX IF EXISTS "${table(slug)}_unpublished_idx";`))
  }
  await db.execute(sql`DROP INDEX IF EXISTS "articles_rels_techniques_path_idx";`)
}
