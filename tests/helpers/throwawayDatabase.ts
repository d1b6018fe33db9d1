import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../../src/lib/db/embeddedPostgres'
import { freePort } from './freePort'

/** A Postgres server for one test run: TEST_DATABASE_URL, or an embedded one in a temp dir. */
export const startThrowawayServer = async (): Promise<{ serverUrl: string; stop: () => Promise<void> }> => {
  if (process.env.TEST_DATABASE_URL) {
    return { serverUrl: process.env.TEST_DATABASE_URL, stop: async () => {} }
  }
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relief-test-'))
  fs.chmodSync(tempDir, 0o755)
  const db = await startEmbeddedPostgres({
    dataDir: path.join(tempDir, 'data'),
    port: await freePort(),
    database: 'postgres',
    isThrowaway: true,
  })
  return {
    serverUrl: db.connectionString,
    stop: async () => {
      await db.stop()
      fs.rmSync(tempDir, { recursive: true, force: true })
    },
  }
}

export const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}
