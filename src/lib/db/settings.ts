/** Database limits for this process, read from the environment when Payload connects. */
export type DatabaseSettings = {
  /** Most connections this process opens (`DATABASE_POOL_MAX`, default 10). */
  poolMax: number
  /** How long a request waits for a free connection before it gets a 503 (0 waits forever). */
  connectionTimeoutMs: number
  /** PostgreSQL cancels any statement of ours that runs longer (0 turns it off). */
  statementTimeoutMs: number
  /** PostgreSQL ends a session of ours that sits idle inside a transaction longer (0 turns it off). */
  idleInTransactionTimeoutMs: number
  /** What a 503 tells clients to wait before retrying. */
  retryAfterSeconds: number
}

const readCount = (name: string, fallback: number, minimum: number): number => {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < minimum) {
    // A typo here would otherwise silently run production without its limits.
    throw new Error(`${name} must be a whole number of at least ${minimum}, got "${raw}"`)
  }
  return value
}

export const readDatabaseSettings = (): DatabaseSettings => ({
  poolMax: readCount('DATABASE_POOL_MAX', 10, 1),
  connectionTimeoutMs: readCount('DATABASE_CONNECTION_TIMEOUT_MS', 5_000, 0),
  statementTimeoutMs: readCount('DATABASE_STATEMENT_TIMEOUT_MS', 15_000, 0),
  idleInTransactionTimeoutMs: readCount('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 30_000, 0),
  retryAfterSeconds: readCount('DATABASE_RETRY_AFTER_SECONDS', 5, 1),
})
