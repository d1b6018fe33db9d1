import pg from 'pg'
import type { Migration, Payload } from 'payload'

import { migrations } from '../../migrations'

// Any fixed number works; it only has to be the same in every instance.
const MIGRATION_LOCK_KEY = 74_020_001

/**
 * Runs pending migrations. Several app instances may start at once, so a PostgreSQL
 * advisory lock lets exactly one of them migrate while the others wait.
 */
export const runMigrations = async (payload: Payload, connectionString: string) => {
  const lockClient = new pg.Client({ connectionString })
  await lockClient.connect()
  try {
    await lockClient.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  } finally {
    await lockClient.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {})
    await lockClient.end()
  }
}
