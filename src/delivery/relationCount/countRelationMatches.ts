import { sql } from '@payloadcms/db-postgres'

import type { RelationFilter } from './matchRelationFilter'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * The exact number of documents a relationship filter matches, read from the relations table:
 * the distinct parents with a row for one of the ids at the field's path. For live reads the
 * parents that are not published are taken out; they are the few drafts, found through
 * `<table>_unpublished_idx` (src/migrations/20261129_182000_tech_scale_sql.ts), so the main
 * table is never scanned. Every relations row has its parent (the foreign key cascades), so
 * "no unpublished parent" is "a published parent".
 *
 * Payload's own count joins every matching relations row to the main table and groups by id
 * (`COUNT(1) OVER() … GROUP BY id`): at 100k articles it read all 100k rows for `_status`.
 */
export const countRelationMatches = async (
  db: Executor,
  table: { main: string; idColumn: string },
  filter: RelationFilter,
): Promise<number> => {
  const rels = sql.identifier(`${table.main}_rels`)
  const main = sql.identifier(table.main)
  const column = sql.identifier(table.idColumn)
  // A literal, not a parameter, so the planner can prove the partial index's `path = '…'`
  // (the name is a field name of the config, checked against SAFE_NAME).
  const path = sql.raw(`'${filter.field}'`)
  const ids =
    filter.ids.length === 1 ? sql`r.${column} = ${filter.ids[0]}` : sql`r.${column} IN (${sql.join(filter.ids.map((id) => sql`${id}`), sql`, `)})`
  const live = filter.isLiveOnly
    ? sql`AND NOT EXISTS (SELECT 1 FROM ${main} a WHERE a.id = r.parent_id AND a._status IS DISTINCT FROM 'published')`
    : sql``
  const { rows } = await db.execute(sql`
    SELECT count(DISTINCT r.parent_id)::int AS n FROM ${rels} r
    WHERE ${ids} AND r.path = ${path} ${live}`)
  return Number(rows[0]?.n ?? 0)
}
