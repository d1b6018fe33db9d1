import { postgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'

import { createPool } from './pool'
import { readDatabaseSettings } from './settings'

type PostgresAdapterObj = ReturnType<typeof postgresAdapter>
type PostgresAdapter = ReturnType<PostgresAdapterObj['init']>

/**
 * Payload's PostgreSQL adapter on a pool we build ourselves. When the adapter builds the pool,
 * it checks one connection out at start-up and never returns it (and takes another after each
 * connection reset), so a pool of 10 serves only 9 and shrinks further with every PostgreSQL
 * restart. Handing it a ready pool skips that code path entirely.
 */
export const databaseAdapter = ({ migrationDir }: { migrationDir: string }): DatabaseAdapterObj => {
  const base: PostgresAdapterObj = postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    // Schema changes go through committed migrations in every environment.
    push: false,
    migrationDir,
  })
  return {
    ...base,
    init: (args) => {
      const adapter: PostgresAdapter = base.init(args)
      // Read at start-up, not import time: scripts and tests set them before connecting.
      const settings = readDatabaseSettings()
      const connectionString = process.env.DATABASE_URL
      adapter.poolOptions = { ...adapter.poolOptions, connectionString }
      adapter.pool = createPool(connectionString, settings, (message) => args.payload.logger.warn(message))
      const connect = adapter.connect!
      adapter.connect = async function connectWithOwnPool(options) {
        await checkConnection(adapter)
        return connect.call(this, options)
      }
      return adapter
    },
  }
}

/** Fails start-up early, as the stock adapter does, and creates a missing database. */
const checkConnection = async (adapter: PostgresAdapter) => {
  try {
    const client = await adapter.pool.connect()
    client.release()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/database .* does not exist/i.test(message) && !adapter.disableCreateDatabase) {
      if (await adapter.createDatabase()) return
    }
    adapter.rejectInitializing?.()
    throw new Error(`Error: cannot connect to Postgres: ${message}`)
  }
}
