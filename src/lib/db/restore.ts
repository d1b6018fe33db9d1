/**
 * Reads a dump made by dump.ts back into an empty database. The schema comes from the
 * project's own migrations (exactly the ones the dumped database had applied), the rows from
 * the dump files in one transaction: either everything is restored or nothing is.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import readline from 'node:readline'
import path from 'node:path'
import pg from 'pg'

import { DUMP_FORMAT, type DumpManifest, listColumns, listTables, quoteName, TEXT_FORMAT_SETTINGS } from './dump'

export class RestoreError extends Error {}

export const readManifest = (dir: string): DumpManifest => {
  const file = path.join(dir, 'manifest.json')
  if (!fs.existsSync(file)) throw new RestoreError(`${dir} is not a backup: manifest.json is missing`)
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as DumpManifest
  if (manifest.format !== DUMP_FORMAT) throw new RestoreError(`${file}: unknown format "${manifest.format}"`)
  return manifest
}

/** Every data file as the manifest describes it, before anything is changed. */
export const verifyDumpFiles = async (dir: string, manifest: DumpManifest) => {
  for (const table of manifest.tables) {
    const file = path.join(dir, table.file)
    if (!fs.existsSync(file)) throw new RestoreError(`${table.file} is missing from the backup`)
    const hash = createHash('sha256')
    for await (const chunk of fs.createReadStream(file)) hash.update(chunk)
    if (hash.digest('hex') !== table.sha256) throw new RestoreError(`${table.file} does not match its checksum`)
  }
}

/** User tables of the target, with whether any of them holds a row. */
export const describeTarget = async (connectionString: string) => {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    const tables = await listTables(client)
    let hasRows = false
    for (const { schema, name } of tables) {
      const { rowCount } = await client.query(`SELECT 1 FROM ${quoteName(schema, name)} LIMIT 1`)
      if (rowCount) hasRows = true
    }
    return { tables, hasRows }
  } finally {
    await client.end()
  }
}

/** --force: drops every user schema (and its tables) and gives back an empty public schema. */
export const emptyDatabase = async (connectionString: string) => {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT nspname AS name FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema')
       AND nspname NOT LIKE 'pg_toast%' AND nspname NOT LIKE 'pg_temp%'`,
    )
    await client.query('BEGIN')
    for (const { name } of rows) await client.query(`DROP SCHEMA ${pg.escapeIdentifier(name)} CASCADE`)
    await client.query('CREATE SCHEMA public')
    await client.query('COMMIT')
  } finally {
    await client.end()
  }
}

const MAX_PARAMS = 30_000

async function* readRows(file: string): AsyncGenerator<(string | null)[]> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity })
  for await (const line of lines) if (line) yield JSON.parse(line)
}

/**
 * Loads the rows of every dumped table into the (migrated, otherwise empty) target and sets
 * every sequence. Foreign keys are dropped for the load and added back at the end, which makes
 * PostgreSQL check every reference of the restored data once more.
 */
export const loadDump = async (connectionString: string, dir: string, manifest: DumpManifest) => {
  const client = new pg.Client({ connectionString, application_name: 'relief-restore' })
  await client.connect()
  try {
    await client.query('BEGIN')
    for (const setting of TEXT_FORMAT_SETTINGS) await client.query(setting)

    // Tables only the running application creates (none yet) come from their dumped shape.
    const existing = new Set((await listTables(client)).map((t) => `${t.schema}.${t.name}`))
    for (const table of manifest.tables) {
      if (existing.has(`${table.schema}.${table.name}`)) continue
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(table.schema)}`)
      await client.query(table.createSql)
    }
    // The target's columns must be the dumped ones: same migrations, same schema.
    for (const table of manifest.tables) {
      const columns = (await listColumns(client, table.schema, table.name)).map(({ name, type }) => `${name} ${type}`)
      const dumped = table.columns.map(({ name, type }) => `${name} ${type}`)
      const missing = dumped.filter((column) => !columns.includes(column))
      if (missing.length) {
        throw new RestoreError(`${table.schema}.${table.name}: the database has no column ${missing.join(', ')} after migrating`)
      }
    }

    const { rows: foreignKeys } = await client.query<{ table: string; name: string; def: string }>(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f' AND connamespace::regnamespace::text NOT IN ('pg_catalog', 'information_schema')`,
    )
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${pg.escapeIdentifier(fk.name)}`)

    // The migrations wrote rows of their own (payload_migrations): the dump replaces them.
    await client.query(`TRUNCATE ${manifest.tables.map((t) => quoteName(t.schema, t.name)).join(', ')}`)

    for (const table of manifest.tables) {
      if (table.columns.length === 0) continue
      const target = `${quoteName(table.schema, table.name)} (${table.columns.map((c) => pg.escapeIdentifier(c.name)).join(', ')})`
      const rowsPerInsert = Math.max(1, Math.floor(MAX_PARAMS / table.columns.length))
      let batch: (string | null)[][] = []
      let loaded = 0
      const flush = async () => {
        if (batch.length === 0) return
        const values = batch
          .map((_, r) => `(${table.columns.map((__, c) => `$${r * table.columns.length + c + 1}`).join(', ')})`)
          .join(', ')
        // Untyped parameters take each column's type: the server parses the dumped text itself.
        await client.query(`INSERT INTO ${target} OVERRIDING SYSTEM VALUE VALUES ${values}`, batch.flat())
        loaded += batch.length
        batch = []
      }
      for await (const row of readRows(path.join(dir, table.file))) {
        batch.push(row)
        if (batch.length >= rowsPerInsert) await flush()
      }
      await flush()
      if (loaded !== table.rows) throw new RestoreError(`${table.file}: read ${loaded} rows, the manifest says ${table.rows}`)
    }

    for (const seq of manifest.sequences) {
      await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [quoteName(seq.schema, seq.name), seq.lastValue, seq.isCalled])
    }
    for (const fk of foreignKeys) {
      await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${pg.escapeIdentifier(fk.name)} ${fk.def}`)
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
}
