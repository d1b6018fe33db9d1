import type { Endpoint, PayloadRequest } from 'payload'
import type { Pool } from 'pg'

import { migrations } from '../../migrations'
import { isDatabaseUnavailable } from './isDatabaseUnavailable'
import { retryAfterHeader } from './unavailableResponse'

// A readiness probe must answer quickly even when the pool is saturated.
const READY_CHECK_TIMEOUT_MS = 2_000

const noStore = { 'Cache-Control': 'no-store' }

const notReady = (reason: string) =>
  Response.json(
    { status: 'unavailable', reason },
    { status: 503, headers: { ...noStore, 'Retry-After': retryAfterHeader() } },
  )

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout exceeded when trying to connect')), ms)
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    )
  })

const appliedMigrations = async (req: PayloadRequest): Promise<Set<string>> => {
  const pool = (req.payload.db as unknown as { pool: Pool }).pool
  const result = await withTimeout(
    pool.query<{ name: string }>('SELECT name FROM payload_migrations WHERE batch > 0'),
    READY_CHECK_TIMEOUT_MS,
  )
  return new Set(result.rows.map((row) => row.name))
}

/** `GET /api/health`: the process is up and serving. Never touches the database. */
export const livenessEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: () => Response.json({ status: 'ok' }, { headers: noStore }),
}

/** `GET /api/health/ready`: the database answers and every committed migration is applied. */
export const readinessEndpoint: Endpoint = {
  path: '/health/ready',
  method: 'get',
  handler: async (req) => {
    let applied: Set<string>
    try {
      applied = await appliedMigrations(req)
    } catch (error) {
      if (isDatabaseUnavailable(error)) return notReady('database unreachable')
      // A missing payload_migrations table means nothing was ever migrated.
      if ((error as { code?: string }).code === '42P01') return notReady('migrations pending')
      throw error
    }
    const pending = migrations.filter(({ name }) => !applied.has(name)).map(({ name }) => name)
    if (pending.length > 0) return notReady(`migrations pending: ${pending.join(', ')}`)
    return Response.json({ status: 'ready' }, { headers: noStore })
  },
}
