/**
 * Bulk-load settings for the generator: the way any large load into PostgreSQL is done (and
 * what `pg_restore` does), so that 100k articles with their versions fill in minutes.
 *
 * - Secondary indexes (not primary keys, not unique constraints or indexes) of the filled
 *   tables are dropped before the load and created again after it from their own definitions
 *   (`pg_get_indexdef`): one sort per index instead of hundreds of thousands of inserts into
 *   each B-tree and GIN index. The schema after the load is exactly the one before.
 * - Foreign-key triggers are skipped during the load when the role may do so
 *   (`session_replication_role = replica`, superusers only): the clones point at rows that
 *   exist by construction (the templates, their techniques and authors).
 */
import type pg from 'pg'

type Client = pg.Client | pg.PoolClient

export type SavedIndex = { name: string; definition: string }

export const BULK_TABLES = [
  'articles',
  'articles_locales',
  'articles_rels',
  'articles_topics',
  '_articles_v',
  '_articles_v_locales',
  '_articles_v_rels',
  '_articles_v_version_topics',
  'search_documents',
]

/** Drops the secondary indexes of `tables` and returns their definitions. */
export const dropSecondaryIndexes = async (db: Client, tables = BULK_TABLES): Promise<SavedIndex[]> => {
  const { rows } = await db.query(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = 'public' AND t.relname = ANY($1)
        AND NOT x.indisprimary AND NOT x.indisunique
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
    [tables],
  )
  for (const row of rows) await db.query(`DROP INDEX "${String(row.name).replace(/"/g, '""')}"`)
  return rows.map((row) => ({ name: row.name as string, definition: row.definition as string }))
}

export const recreateIndexes = async (db: Client, indexes: SavedIndex[]) => {
  for (const index of indexes) await db.query(index.definition)
}

/** True when foreign-key triggers are off for this session (the role is a superuser). */
export const skipForeignKeyChecks = async (db: Client): Promise<boolean> => {
  try {
    await db.query(`SET session_replication_role = replica`)
    return true
  } catch {
    return false
  }
}

export const restoreForeignKeyChecks = (db: Client) => db.query(`RESET session_replication_role`)
