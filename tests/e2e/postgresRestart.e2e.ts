import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type OwnPostgres, type OwnServer, startOwnPostgres, startOwnServer } from './ownServer'

/**
 * PostgreSQL stopped and started under a running `next start`: while it is down, requests
 * fail fast with 503 + Retry-After (no hang, no crash); once it is back, the same process
 * serves again, with its whole pool.
 */
const POOL_SIZE = 4
const FAIL_FAST_MS = 10_000
const RECOVER_WITHIN_MS = 30_000

let db: OwnPostgres
let server: OwnServer
let editorToken = ''

type Answer = { status: number; retryAfter: string | null; json: any; ms: number }

const call = async (path: string, init: RequestInit = {}): Promise<Answer> => {
  const started = Date.now()
  const response = await fetch(`${server.baseURL}${path}`, { ...init, signal: AbortSignal.timeout(60_000) })
  const text = await response.text()
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, retryAfter: response.headers.get('Retry-After'), json, ms: Date.now() - started }
}

const postJson = (path: string, body: unknown, token?: string) =>
  call(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })

const read = () => call('/api/articles?limit=1&depth=0')

const expectServerAlive = () => expect(server.log()).not.toMatch(/uncaughtException|unhandledRejection/)

const expectFailsFast = (answer: Answer, label: string) => {
  expect(answer.status, `${label}: ${JSON.stringify(answer.json)}`).toBe(503)
  expect(answer.retryAfter, label).toMatch(/^\d+$/)
  expect(answer.ms, label).toBeLessThan(FAIL_FAST_MS)
}

const waitUntilServing = async () => {
  const deadline = Date.now() + RECOVER_WITHIN_MS
  let last: Answer | undefined
  while (Date.now() < deadline) {
    last = await read()
    if (last.status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`not serving ${RECOVER_WITHIN_MS} ms after PostgreSQL came back: ${JSON.stringify(last)}`)
}

beforeAll(async () => {
  db = await startOwnPostgres()
  server = await startOwnServer(db, { DATABASE_POOL_MAX: String(POOL_SIZE), DATABASE_CONNECTION_TIMEOUT_MS: '2000' })
  const login = await postJson('/api/users/login', { email: 'editor@relief.test', password: 'relief-dev-password' })
  editorToken = login.json.token
}, 600_000)

afterAll(async () => {
  await server?.stop()
  await db?.cleanup()
})

describe('a PostgreSQL restart under a running server', { timeout: 180_000 }, () => {
  it('should fail fast with 503 while PostgreSQL is down and serve again after it is back, twice', async () => {
    // Every pooled connection is open before the outage, so all of them die with it.
    const warm = await Promise.all(Array.from({ length: POOL_SIZE * 2 }, () => read()))
    expect(warm.map((answer) => answer.status)).toEqual(Array(POOL_SIZE * 2).fill(200))

    for (const round of [1, 2]) {
      await db.stopPostgres()

      expectFailsFast(await read(), `round ${round} anonymous read`)
      const burst = await Promise.all(Array.from({ length: POOL_SIZE * 3 }, () => read()))
      for (const answer of burst) expectFailsFast(answer, `round ${round} burst read`)
      expectFailsFast(await call('/api/health/ready'), `round ${round} readiness`)
      expectFailsFast(
        await postJson('/api/users/login', { email: 'editor@relief.test', password: 'relief-dev-password' }),
        `round ${round} login`,
      )
      // Payload's JWT strategy swallows the failed user lookup, so a signed-in request goes on
      // as anonymous: it must still answer at once, and never with a 500.
      const write = await postJson('/api/faqs', { question: 'Outage?' }, editorToken)
      expect([401, 403, 503], `round ${round} signed-in write: ${JSON.stringify(write.json)}`).toContain(write.status)
      expect(write.ms).toBeLessThan(FAIL_FAST_MS)
      const graphql = await postJson('/api/graphql', { query: '{ Articles(limit: 1) { totalDocs } }' })
      expect(graphql.ms).toBeLessThan(FAIL_FAST_MS)
      expect(graphql.json.errors[0].extensions.statusCode, `round ${round} graphql`).toBe(503)
      const liveness = await call('/api/health')
      expect(liveness.status, `round ${round} liveness`).toBe(200)

      await db.startPostgres()
      await waitUntilServing()

      const again = await Promise.all(Array.from({ length: POOL_SIZE * 3 }, () => read()))
      expect(again.map((answer) => answer.status), `round ${round} after recovery`).toEqual(Array(POOL_SIZE * 3).fill(200))
      expect((await call('/api/health/ready')).status).toBe(200)
      expect((await call('/api/users/me', { headers: { Authorization: `JWT ${editorToken}` } })).status).toBe(200)
      const login = await postJson('/api/users/login', { email: 'editor@relief.test', password: 'relief-dev-password' })
      expect(login.status).toBe(200)
      expectServerAlive()
    }
  })
})
