import fs from 'node:fs'
import path from 'node:path'

import { DEV_DATA_DIR, DEV_PG_PORT, ensureDatabase } from './devDatabase'
import type { RunningDatabase } from './embeddedPostgres'

const isEmbeddedRunning = () => {
  const pidFile = path.join(DEV_DATA_DIR, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return false
  try {
    process.kill(Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]), 0)
    return true
  } catch {
    return false
  }
}

/**
 * The database for a maintenance script (backup, restore): DATABASE_URL; else the embedded
 * PostgreSQL, reused when the dev server or `npm start` already runs it, started (and stopped
 * afterwards) when nothing does.
 */
export const scriptDatabase = async (): Promise<RunningDatabase> => {
  if (process.env.DATABASE_URL) return { connectionString: process.env.DATABASE_URL, stop: async () => {} }
  if (isEmbeddedRunning()) {
    // The credentials and database name of src/lib/db/devDatabase.ts.
    const connectionString = `postgres://postgres:postgres@127.0.0.1:${DEV_PG_PORT}/relief`
    process.env.DATABASE_URL = connectionString
    return { connectionString, stop: async () => {} }
  }
  return ensureDatabase()
}
