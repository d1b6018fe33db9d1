/**
 * `npm run restore -- <backup dir> [--force]`: rebuilds the database and the media directory
 * from `npm run backup`. The target database (DATABASE_URL, or the embedded PostgreSQL) must
 * have no tables and the media directory no files, unless --force, which first drops every
 * table and deletes every media file. The schema is made by the project's migrations (the ones
 * the backup had), the rows are loaded in one transaction, every file is checked by its hash.
 */
import fs from 'node:fs'
import path from 'node:path'

import { copyMediaFiles, listMediaFiles, type MediaFile, resolveMediaDir } from '../lib/backup/mediaFiles'
import { closePayload } from '../lib/db/closePayload'
import { migrateTo } from '../lib/db/migrateTo'
import { describeTarget, emptyDatabase, loadDump, readManifest, RestoreError, verifyDumpFiles } from '../lib/db/restore'
import { scriptDatabase } from '../lib/db/scriptDatabase'

const USAGE = 'usage: npm run restore -- <backup directory> [--force]'
const args = process.argv.slice(2).filter((arg) => arg !== '--')
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE)
  process.exit(0)
}
const isForced = args.includes('--force')
const positional = args.filter((arg) => !arg.startsWith('-'))
if (positional.length !== 1 || args.some((arg) => arg.startsWith('-') && arg !== '--force')) {
  console.error(USAGE)
  process.exit(2)
}
const dir = path.resolve(positional[0])

/** Files that every checkout has in media/ and that do not count as content. */
const isPlaceholder = (file: MediaFile) => file.path === '.gitkeep'

const fail = (message: string, code = 1): never => {
  console.error(message)
  process.exit(code)
}

let manifest
let mediaFiles: MediaFile[]
try {
  manifest = readManifest(dir)
  await verifyDumpFiles(dir, manifest)
  mediaFiles = (JSON.parse(fs.readFileSync(path.join(dir, 'media.json'), 'utf8')) as { files: MediaFile[] }).files
  const stored = await listMediaFiles(path.join(dir, 'media'))
  const storedHash = new Map(stored.map((file) => [file.path, file.sha256]))
  const broken = mediaFiles.filter((file) => storedHash.get(file.path) !== file.sha256)
  if (broken.length) throw new RestoreError(`media files missing or changed in the backup: ${broken.map((f) => f.path).join(', ')}`)
} catch (error) {
  fail(`Cannot restore from ${dir}: ${error instanceof Error ? error.message : String(error)}`, 2)
}

const db = await scriptDatabase()
let code = 0
try {
  const mediaDir = resolveMediaDir()
  const target = await describeTarget(db.connectionString)
  const existingMedia = (await listMediaFiles(mediaDir)).filter((file) => !isPlaceholder(file))
  if ((target.tables.length > 0 || existingMedia.length > 0) && !isForced) {
    throw new RestoreError(
      `Refusing to overwrite: the database has ${target.tables.length} tables${target.hasRows ? ' with data' : ''} ` +
        `and ${mediaDir} has ${existingMedia.length} files. Restore into an empty database and media directory, ` +
        'or add --force to delete everything there first.',
    )
  }
  if (isForced) {
    await emptyDatabase(db.connectionString)
    for (const file of existingMedia) fs.rmSync(path.join(mediaDir, file.path))
  }

  const started = Date.now()
  // The config reads DATABASE_URL when it is loaded: load it only now.
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../payload.config')])
  const payload = await getPayload({ config })
  try {
    await migrateTo(payload, manifest!.migrations)
  } finally {
    await closePayload(payload)
  }
  await loadDump(db.connectionString, dir, manifest!)
  await copyMediaFiles(path.join(dir, 'media'), mediaDir, mediaFiles!)
  const rows = manifest!.tables.reduce((sum, table) => sum + table.rows, 0)
  console.log(
    `Restored ${manifest!.tables.length} tables (${rows} rows) and ${mediaFiles!.length} media files from ${dir} ` +
      `(backup of ${manifest!.createdAt}) in ${((Date.now() - started) / 1000).toFixed(1)} s. ` +
      'Newer migrations, if any, are applied by the next `npm start`.',
  )
} catch (error) {
  code = error instanceof RestoreError ? 2 : 1
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  await db.stop()
}
process.exit(code)
