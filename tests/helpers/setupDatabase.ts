import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, inject } from 'vitest'

/**
 * Runs before each integration test file: clones the migrated template into a database of
 * its own and points DATABASE_URL at it, before the file imports the Payload config.
 */
const serverUrl = inject('databaseServerUrl')
const database = `relief_t_${randomBytes(5).toString('hex')}`

const admin = new pg.Client({ connectionString: serverUrl })
await admin.connect()
await admin.query(`CREATE DATABASE ${database} TEMPLATE relief_template`)
await admin.end()

const url = new URL(serverUrl)
url.pathname = `/${database}`
process.env.DATABASE_URL = url.toString()
// Uploads of this file land in a directory of its own, never in the checkout's media/.
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relief-media-'))
process.env.MEDIA_DIR = mediaDir

afterAll(async () => {
  const { destroyTestPayload } = await import('./payload')
  await destroyTestPayload()
  const cleanup = new pg.Client({ connectionString: serverUrl })
  await cleanup.connect()
  await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  await cleanup.end()
  fs.rmSync(mediaDir, { recursive: true, force: true })
})
