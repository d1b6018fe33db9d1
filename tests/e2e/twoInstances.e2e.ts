import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/seed/data/people'

import { type OwnPostgres, type OwnServer, startOwnPostgres, startOwnServer } from './ownServer'

/**
 * Two `next start` processes on one PostgreSQL, as behind a load balancer: a publish through
 * instance A purges instance B's cached answer (LISTEN/NOTIFY), so B serves the new live
 * wording, uncached, within 1 s of A's answer.
 */
const FRESH_WITHIN_MS = 1_000

let db: OwnPostgres
let a: OwnServer
let b: OwnServer

const json = async (server: OwnServer, path: string, init: RequestInit = {}) => {
  const response = await fetch(`${server.baseURL}${path}`, { ...init, signal: AbortSignal.timeout(60_000) })
  return { response, body: (await response.json()) as any }
}
const post = (server: OwnServer, path: string, body: unknown, token?: string, method = 'POST') =>
  json(server, path, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })
const login = async (server: OwnServer, email: string) => {
  const { response, body } = await post(server, '/api/users/login', { email, password: DEMO_PASSWORD })
  expect(response.status).toBe(200)
  return body.token as string
}

beforeAll(async () => {
  db = await startOwnPostgres()
  ;[a, b] = await Promise.all([startOwnServer(db, {}), startOwnServer(db, {})])
}, 600_000)

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  await db?.cleanup()
})

describe('two instances on one PostgreSQL', () => {
  it('should show a publish through instance A on instance B, uncached and fresh, within 1 s', async () => {
    const editor = await login(a, 'editor@relief.test')
    const reviewer = await login(a, 'reviewer@relief.test')
    const { body: list } = await json(b, '/api/articles?limit=1&depth=0&sort=id')
    const id = list.docs[0].id as number
    const path = `/api/articles/${id}?depth=0`

    // B answers from its cache before the change.
    let isCached = false
    for (let i = 0; i < 20 && !isCached; i++) isCached = (await fetch(`${b.baseURL}${path}`)).headers.get('X-Relief-Cache') === 'hit'
    expect(isCached).toBe(true)

    let cursor = '0'
    for (let page = await json(b, '/api/changes?limit=100'); ; page = await json(b, `/api/changes?since=${cursor}&limit=100`)) {
      cursor = page.body.nextCursor
      if (!page.body.hasMore) break
    }

    const title = `Two-instance wording ${Date.now()}`
    expect((await post(a, `/api/articles/${id}?draft=true`, { title }, editor, 'PATCH')).response.status).toBe(200)
    for (const [token, action] of [
      [editor, 'submit'],
      [reviewer, 'approve'],
      [editor, 'publish'],
    ] as const) {
      const { response, body } = await post(a, `/api/articles/${id}/workflow`, { action }, token)
      expect(response.status, `${action}: ${JSON.stringify(body)}`).toBe(200)
    }
    const published = Date.now()

    let seen: { title?: string; cache: string | null; ms: number } = { cache: null, ms: 0 }
    while (Date.now() - published < 5_000) {
      const response = await fetch(`${b.baseURL}${path}`)
      const body = (await response.json()) as { title: string }
      seen = { title: body.title, cache: response.headers.get('X-Relief-Cache'), ms: Date.now() - published }
      if (body.title === title) break
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    expect(seen.title).toBe(title)
    expect(seen.ms).toBeLessThanOrEqual(FRESH_WITHIN_MS)
    expect(seen.cache).not.toBe('hit')

    // The change feed read through B lists it too.
    const { body: changes } = await json(b, `/api/changes?since=${cursor}&limit=100`)
    expect(changes.changes.some((c: { id: number; event: string }) => c.id === id && c.event === 'published')).toBe(true)
  })
})
