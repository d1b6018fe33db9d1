/**
 * `npm run backup [-- <dir>]`: the database (every table, every sequence) and the media files
 * into a new directory, by default backups/<UTC time>. Uses DATABASE_URL, or the embedded
 * PostgreSQL (also while `npm run dev` or `npm start` runs it). The rows come from one
 * consistent snapshot, so the application may keep serving meanwhile.
 */
import fs from 'node:fs'
import path from 'node:path'

import { copyMediaFiles, listMediaFiles, resolveMediaDir } from '../lib/backup/mediaFiles'
import { dumpDatabase } from '../lib/db/dump'
import { scriptDatabase } from '../lib/db/scriptDatabase'

const USAGE = 'usage: npm run backup [-- <new directory>]'
const args = process.argv.slice(2).filter((arg) => arg !== '--')
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE)
  process.exit(0)
}
if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
  console.error(USAGE)
  process.exit(2)
}
const dir = path.resolve(args[0] ?? path.join('backups', new Date().toISOString().replace(/[:.]/g, '-')))
if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
  console.error(`${dir} exists and is not empty: name a new directory.`)
  process.exit(2)
}

// Written under a temporary name: a directory with the final name is always a whole backup.
const partial = `${dir}.partial`
fs.rmSync(partial, { recursive: true, force: true })
fs.mkdirSync(partial, { recursive: true })
const db = await scriptDatabase()
let code = 0
try {
  const started = Date.now()
  const manifest = await dumpDatabase(db.connectionString, partial)
  const mediaDir = resolveMediaDir()
  const files = await listMediaFiles(mediaDir)
  await copyMediaFiles(mediaDir, path.join(partial, 'media'), files)
  fs.writeFileSync(path.join(partial, 'media.json'), `${JSON.stringify({ files }, null, 2)}\n`)
  if (fs.existsSync(dir)) fs.rmdirSync(dir)
  fs.renameSync(partial, dir)
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0)
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0)
  console.log(
    `Backup written to ${dir}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.sequences.length} sequences ` +
      `(PostgreSQL ${manifest.serverVersion}), ${files.length} media files (${(bytes / 1024 / 1024).toFixed(1)} MB) ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
} catch (error) {
  code = 1
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  fs.rmSync(partial, { recursive: true, force: true })
} finally {
  await db.stop()
}
process.exit(code)
