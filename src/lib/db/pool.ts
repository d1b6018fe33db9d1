import pg from 'pg'

import type { DatabaseSettings } from './settings'

type Log = (message: string) => void

/**
 * The pool every request of this process draws from. Errors of idle and checked-out
 * connections (PostgreSQL restarted, a session ended by `idle_in_transaction_session_timeout`)
 * are logged, never thrown: the pool drops the dead connection and opens a new one on demand.
 */
export const createPool = (connectionString: string | undefined, settings: DatabaseSettings, warn: Log) => {
  const pool = new pg.Pool({
    connectionString,
    max: settings.poolMax,
    connectionTimeoutMillis: settings.connectionTimeoutMs,
    // Sent in the startup packet, so they hold for every session before its first statement.
    ...(settings.statementTimeoutMs > 0 && { statement_timeout: settings.statementTimeoutMs }),
    ...(settings.idleInTransactionTimeoutMs > 0 && {
      idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs,
    }),
  })
  pool.on('error', (error) => warn(`idle database connection lost: ${error.message}`))
  // pg removes its own listener while a connection is checked out; without one, a connection
  // that dies mid-request would throw an uncaught 'error' event.
  pool.on('connect', (client) => {
    client.on('error', (error) => warn(`database connection lost: ${error.message}`))
  })
  return pool
}
