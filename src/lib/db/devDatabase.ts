import path from 'node:path'

import { type RunningDatabase, startEmbeddedPostgres } from './embeddedPostgres'

export const DEV_PG_PORT = Number(process.env.RELIEF_PG_PORT || 54329)
export const DEV_DATA_DIR = path.resolve(process.env.RELIEF_PG_DATA_DIR || '.pgdata')

/**
 * DATABASE_URL wins; otherwise the project's own embedded PostgreSQL is started in a
 * git-ignored directory so `npm run dev` needs nothing installed.
 */
export const ensureDatabase = async (): Promise<RunningDatabase> => {
  // An empty DATABASE_URL counts as unset (docker-compose and CI often export it blank).
  if (process.env.DATABASE_URL) {
    return { connectionString: process.env.DATABASE_URL, stop: async () => {} }
  }
  const db = await startEmbeddedPostgres({
    dataDir: DEV_DATA_DIR,
    port: DEV_PG_PORT,
    database: 'relief',
  })
  process.env.DATABASE_URL = db.connectionString
  console.log(`[relief] embedded PostgreSQL on port ${DEV_PG_PORT} (data in ${DEV_DATA_DIR})`)
  return db
}
