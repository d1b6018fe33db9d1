import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Api, createApi } from '../../helpers/api'
import { getTestPayload } from '../../helpers/payload'

// Short limits so the test sees each defence act within seconds.
const POOL_SIZE = 3
Object.assign(process.env, {
  DATABASE_POOL_MAX: String(POOL_SIZE),
  DATABASE_CONNECTION_TIMEOUT_MS: '1000',
  DATABASE_STATEMENT_TIMEOUT_MS: '1500',
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '1000',
  DATABASE_RETRY_AFTER_SECONDS: '7',
})

let payload: Payload
let api: Api
let outsider: pg.Client

type PoolLike = pg.Pool
const poolOf = (instance: Payload) => (instance.db as unknown as { pool: PoolLike }).pool
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs `work` while another session holds an exclusive lock on the articles table. */
const whileArticlesLocked = async <T>(work: () => Promise<T>): Promise<T> => {
  await outsider.query('BEGIN')
  await outsider.query('LOCK TABLE articles IN ACCESS EXCLUSIVE MODE')
  try {
    return await work()
  } finally {
    await outsider.query('ROLLBACK')
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  outsider = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await outsider.connect()
})

afterAll(async () => {
  await outsider?.end()
})

describe('database defences', () => {
  it('should open every app session with the configured statement and idle-in-transaction timeouts', async () => {
    const pool = poolOf(payload)
    const statement = await pool.query<{ statement_timeout: string }>('SHOW statement_timeout')
    const idle = await pool.query<{ idle_in_transaction_session_timeout: string }>('SHOW idle_in_transaction_session_timeout')
    expect(statement.rows[0]?.statement_timeout).toBe('1500ms')
    expect(idle.rows[0]?.idle_in_transaction_session_timeout).toBe('1s')
    expect(pool.options.max).toBe(POOL_SIZE)
  })

  it('should answer 503 with Retry-After when a query runs past the statement timeout', async () => {
    const started = Date.now()
    const response = await whileArticlesLocked(() => api.rest('GET', '/articles?limit=1&depth=0'))
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBe('7')
    expect(response.json.errors[0].message).toMatch(/retry/i)
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('should answer 503 with Retry-After to requests that find no free connection in time', async () => {
    const responses = await whileArticlesLocked(() =>
      Promise.all(Array.from({ length: POOL_SIZE * 3 }, () => api.rest('GET', '/articles?limit=1&depth=0'))),
    )
    for (const response of responses) {
      expect(response.status).toBe(503)
      expect(response.headers.get('Retry-After')).toBe('7')
    }
    const after = await api.rest('GET', '/articles?limit=1&depth=0')
    expect(after.status).toBe(200)
  })

  it('should answer a GraphQL query that cannot get the database with a 503 error and Retry-After', async () => {
    const response = await whileArticlesLocked(() => api.graphql('{ Articles(limit: 1) { totalDocs } }'))
    expect(response.json.errors[0].extensions.statusCode).toBe(503)
    expect(response.json.errors[0].message).toMatch(/retry/i)
  })

  it('should end a transaction left open and give its connection back to the pool', async () => {
    const pool = poolOf(payload)
    const leaked = await payload.db.beginTransaction()
    expect(leaked).toBeTruthy()
    await sleep(2_500)
    const { rows } = await outsider.query<{ count: string }>(
      "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'",
    )
    expect(Number(rows[0]?.count)).toBe(0)
    // Committing the ended transaction fails quietly; the pool drops the dead connection.
    await payload.db.commitTransaction(leaked!)
    const answers = await Promise.all(Array.from({ length: POOL_SIZE * 2 }, () => api.rest('GET', '/articles?limit=1&depth=0')))
    expect(answers.map((answer) => answer.status)).toEqual(Array(POOL_SIZE * 2).fill(200))
    expect(pool.totalCount).toBeLessThanOrEqual(POOL_SIZE)
  })

  it('should answer GET /api/health without touching the database', async () => {
    const response = await whileArticlesLocked(async () => {
      // Even with every connection busy, liveness answers.
      const busy = Array.from({ length: POOL_SIZE }, () => api.rest('GET', '/articles?limit=1&depth=0'))
      const health = await api.rest('GET', '/health')
      await Promise.all(busy)
      return health
    })
    expect(response.status).toBe(200)
    expect(response.json).toEqual({ status: 'ok' })
    expect(response.headers.get('Cache-Control')).toBe('no-store')
  })

  it('should answer GET /api/health/ready with 200 when migrated and 503 when a migration is missing', async () => {
    const ready = await api.rest('GET', '/health/ready')
    expect(ready.status).toBe(200)
    expect(ready.json).toEqual({ status: 'ready' })

    const { rows } = await outsider.query<{ name: string; batch: number }>(
      'SELECT name, batch FROM payload_migrations WHERE batch > 0 ORDER BY id DESC LIMIT 1',
    )
    const { name: newest, batch } = rows[0]!
    await outsider.query('UPDATE payload_migrations SET batch = 0 WHERE name = $1', [newest])
    try {
      const pending = await api.rest('GET', '/health/ready')
      expect(pending.status).toBe(503)
      expect(pending.json.reason).toContain(newest)
      expect(pending.headers.get('Retry-After')).toBe('7')
    } finally {
      await outsider.query('UPDATE payload_migrations SET batch = $2 WHERE name = $1', [newest, batch])
    }
  })
})
