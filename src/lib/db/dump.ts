/**
 * A logical dump of the application's tables in plain files, made with nothing but the `pg`
 * client: the embedded PostgreSQL 17 ships no pg_dump, and a distribution's older pg_dump
 * refuses a newer server. Every value travels in PostgreSQL's own text format (the format COPY
 * uses), so the server's input functions read back exactly what its output functions wrote.
 *
 * Layout of a dump directory (written by dumpDatabase, read by restoreDatabase):
 *   manifest.json            tables (columns, row counts, file hashes), sequences, migrations
 *   data/<schema>.<table>.ndjson   one JSON array of text-or-null values per row
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

export const DUMP_FORMAT = 'relief-logical-dump/1'

export type DumpColumn = { name: string; type: string }
export type DumpTable = {
  schema: string
  name: string
  columns: DumpColumn[]
  /** Used only when the schema migrations do not create this table (see restore.ts). */
  createSql: string
  rows: number
  file: string
  sha256: string
}
export type DumpSequence = { schema: string; name: string; lastValue: string; isCalled: boolean }
export type DumpManifest = {
  format: typeof DUMP_FORMAT
  createdAt: string
  serverVersion: string
  database: string
  migrations: string[]
  tables: DumpTable[]
  sequences: DumpSequence[]
}

/** Session settings that make the text format of dates, intervals and floats unambiguous. */
export const TEXT_FORMAT_SETTINGS = [
  "SET DateStyle = 'ISO, YMD'",
  "SET TimeZone = 'UTC'",
  "SET IntervalStyle = 'iso_8601'",
  'SET extra_float_digits = 3',
  "SET bytea_output = 'hex'",
]

/** Every value as the server's text output: no client-side parsing that could lose anything. */
export const RAW_TEXT = { getTypeParser: () => (value: string) => value }

const USER_SCHEMAS_SQL = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'`

export const quoteName = (schema: string, name: string) => `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(name)}`

export const listTables = async (client: pg.ClientBase) =>
  (
    await client.query<{ schema: string; name: string }>(
      `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${USER_SCHEMAS_SQL} ORDER BY 1, 2`,
    )
  ).rows

export const listColumns = async (client: pg.ClientBase, schema: string, name: string) =>
  (
    await client.query<DumpColumn & { notNull: boolean; defaultSql: string | null }>(
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
              pg_get_expr(d.adbin, d.adrelid) AS "defaultSql"
       FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
       ORDER BY a.attnum`,
      [quoteName(schema, name)],
    )
  ).rows

export const listSequences = async (client: pg.ClientBase) =>
  (
    await client.query<{ schema: string; name: string }>(
      `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind = 'S' AND ${USER_SCHEMAS_SQL} ORDER BY 1, 2`,
    )
  ).rows

/** A plain CREATE TABLE (columns, defaults, primary and unique keys) for tables no migration makes. */
const createTableSql = async (client: pg.ClientBase, schema: string, name: string) => {
  const columns = await listColumns(client, schema, name)
  const { rows: keys } = await client.query<{ def: string }>(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype IN ('p', 'u')`,
    [quoteName(schema, name)],
  )
  const parts = [
    ...columns.map(
      (c) =>
        `${pg.escapeIdentifier(c.name)} ${c.type}${c.notNull ? ' NOT NULL' : ''}${c.defaultSql && !c.defaultSql.startsWith('nextval(') ? ` DEFAULT ${c.defaultSql}` : ''}`,
    ),
    ...keys.map((k) => k.def),
  ]
  return `CREATE TABLE IF NOT EXISTS ${quoteName(schema, name)} (${parts.join(', ')})`
}

const BATCH_ROWS = 500

/**
 * Dumps every table of every user schema from one REPEATABLE READ snapshot, so the dump is
 * consistent while the application keeps writing.
 */
export const dumpDatabase = async (connectionString: string, outDir: string): Promise<DumpManifest> => {
  const client = new pg.Client({ connectionString, application_name: 'relief-backup' })
  await client.connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    for (const setting of TEXT_FORMAT_SETTINGS) await client.query(setting)
    const dataDir = path.join(outDir, 'data')
    fs.mkdirSync(dataDir, { recursive: true })

    const tables: DumpTable[] = []
    for (const { schema, name } of await listTables(client)) {
      const columns = (await listColumns(client, schema, name)).map(({ name: column, type }) => ({ name: column, type }))
      const file = `data/${schema}.${name}.ndjson`
      const hash = createHash('sha256')
      const out = fs.openSync(path.join(outDir, file), 'w')
      let rows = 0
      try {
        const select = columns.length ? columns.map((c) => pg.escapeIdentifier(c.name)).join(', ') : 'NULL'
        await client.query(`DECLARE dump_rows NO SCROLL CURSOR FOR SELECT ${select} FROM ONLY ${quoteName(schema, name)}`)
        for (;;) {
          const batch = await client.query({ text: `FETCH ${BATCH_ROWS} FROM dump_rows`, rowMode: 'array', types: RAW_TEXT })
          if (batch.rows.length === 0) break
          const chunk = batch.rows.map((row) => `${JSON.stringify(columns.length ? row : [])}\n`).join('')
          hash.update(chunk)
          fs.writeSync(out, chunk)
          rows += batch.rows.length
        }
        await client.query('CLOSE dump_rows')
      } finally {
        fs.closeSync(out)
      }
      tables.push({ schema, name, columns, createSql: await createTableSql(client, schema, name), rows, file, sha256: hash.digest('hex') })
    }

    const sequences: DumpSequence[] = []
    for (const { schema, name } of await listSequences(client)) {
      const { rows } = await client.query({ text: `SELECT last_value, is_called FROM ${quoteName(schema, name)}`, types: RAW_TEXT })
      sequences.push({ schema, name, lastValue: rows[0].last_value, isCalled: rows[0].is_called === 't' })
    }

    const hasMigrations = tables.some((t) => t.schema === 'public' && t.name === 'payload_migrations')
    const migrations = hasMigrations
      ? (await client.query<{ name: string }>(`SELECT name FROM public.payload_migrations WHERE batch <> -1 ORDER BY id`)).rows.map(
          (row) => row.name,
        )
      : []
    const { rows: meta } = await client.query<{ version: string; database: string }>(
      `SELECT current_setting('server_version') AS version, current_database() AS database`,
    )
    await client.query('COMMIT')

    const manifest: DumpManifest = {
      format: DUMP_FORMAT,
      createdAt: new Date().toISOString(),
      serverVersion: meta[0].version,
      database: meta[0].database,
      migrations,
      tables,
      sequences,
    }
    fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    return manifest
  } finally {
    await client.end()
  }
}
