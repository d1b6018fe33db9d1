/**
 * The change feed (README "Delivery"): live changes in commit order with tombstones, paged by
 * cursor, readable anonymously, never skipping a change that commits late under a lower id.
 */
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { LiveChangeHook } from '@/workflow/liveChanges'

import { getTestPayload } from '../../helpers/payload'
import { createWorld, type World } from '../../helpers/workflowFixtures'
import { createDeliveryClient } from './deliveryClient'

type Change = { cursor: string; event: string; collection: string; id: number; slug: string | null; at: string }
type Page = { changes: Change[]; nextCursor: string; hasMore: boolean }

let payload: Payload
let world: World
let client: ReturnType<typeof createDeliveryClient>
let slowDocId: number | undefined

const hooks = () => payload.config.custom.liveChangeHooks as LiveChangeHook[]
/** Holds the publish of one document open after its feed row is written (hooks run in order). */
const stall: LiveChangeHook = async ({ change }) => {
  if (change.id === slowDocId) await new Promise((resolve) => setTimeout(resolve, 1_500))
}

const feed = async (query = ''): Promise<{ status: number; body: Page & { errors?: { message: string; data?: { errors: { path: string }[] } }[] } }> => {
  const response = await client.request('GET', `/changes${query}`)
  return { status: response.status, body: await response.json() }
}
const readAll = async (since = '0') => {
  const all: Change[] = []
  let cursor = since
  for (;;) {
    const { body } = await feed(`?since=${cursor}&limit=100`)
    all.push(...body.changes)
    cursor = body.nextCursor
    if (!body.hasMore) return { all, cursor }
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  client = createDeliveryClient(payload.config)
  world = await createWorld(payload)
  payload.config.custom = { ...payload.config.custom, liveChangeHooks: [...hooks(), stall] }
}, 180_000)

afterEach(() => {
  slowDocId = undefined
})

describe('change feed', { timeout: 120_000 }, () => {
  it('should list publish, reaffirm, unpublish and delete in order, the delete as a tombstone with the last slug', async () => {
    const { cursor } = await readAll()
    const doc = await world.make('articles', 'approved')
    await world.act(world.users.editor, 'articles', doc.id, 'publish')
    await world.act(world.users.reviewer2, 'articles', doc.id, 'reaffirm')
    await world.act(world.users.admin, 'articles', doc.id, 'unpublish', { comment: 'pulled for a check' })
    await payload.delete({ collection: 'articles', id: doc.id, overrideAccess: true })
    const mine = (await readAll(cursor)).all.filter((c) => c.collection === 'articles' && c.id === doc.id)
    expect(mine.map((c) => c.event)).toEqual(['published', 'reaffirmed', 'unpublished', 'deleted'])
    expect(mine.every((c) => c.slug === doc.slug)).toBe(true)
    expect(mine.map((c) => BigInt(c.cursor))).toEqual([...mine.map((c) => BigInt(c.cursor))].sort((a, b) => (a < b ? -1 : 1)))
    expect(Object.keys(mine[3]).sort()).toEqual(['at', 'collection', 'cursor', 'event', 'id', 'slug'])
  })

  it('should say nothing about a document deleted before it ever went live', async () => {
    const { cursor } = await readAll()
    const draft = await world.make('articles', 'draft')
    await payload.delete({ collection: 'articles', id: draft.id, overrideAccess: true })
    expect((await readAll(cursor)).all.filter((c) => c.id === draft.id && c.collection === 'articles')).toEqual([])
  })

  it('should page with limit and nextCursor and hand the same cursor back when nothing is new', async () => {
    const docs = await world.makeMany([1, 2, 3].map(() => ({ collection: 'faqs' as const, state: 'approved' as const })), 1)
    // Read after the fixtures: making them may publish what they need (reviewer profiles, disclaimers).
    const { cursor } = await readAll()
    for (const doc of docs) await world.act(world.users.editor, 'faqs', doc.id, 'publish')
    const everything = (await readAll(cursor)).all
    expect(everything.filter((c) => c.collection === 'faqs').map((c) => c.id)).toEqual(docs.map((d) => d.id))
    // Cursors are bigints in order, past 9 too (as text, "10" sorted before "8").
    const cursors = everything.map((c) => BigInt(c.cursor))
    expect(cursors).toEqual([...cursors].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    // Walking two at a time gives exactly the same rows, and hasMore until the last page.
    const walked: Change[] = []
    let next = cursor
    for (;;) {
      const page = await feed(`?since=${next}&limit=2`)
      expect(page.status).toBe(200)
      expect(page.body.changes.length).toBeLessThanOrEqual(2)
      walked.push(...page.body.changes)
      next = page.body.nextCursor
      if (!page.body.hasMore) break
    }
    expect(walked).toEqual(everything)
    const empty = await feed(`?since=${next}`)
    expect(empty.body).toEqual({ changes: [], nextCursor: next, hasMore: false })
  })

  it('should never let a reader skip a publish that commits after a later one started (real overlap)', async () => {
    const { cursor: start } = await readAll()
    const [slow, fast] = await world.makeMany([
      { collection: 'faqs', state: 'approved' },
      { collection: 'faqs', state: 'approved' },
    ])
    slowDocId = slow.id
    const seen: Change[] = []
    let cursor = start
    let isDone = false
    const poller = (async () => {
      while (!isDone) {
        const { body } = await feed(`?since=${cursor}&limit=100`)
        seen.push(...body.changes)
        cursor = body.nextCursor
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    })()
    // The slow publish writes its feed row first and stays open 1.5 s; the fast one starts meanwhile.
    const slowPublish = world.act(world.users.editor, 'faqs', slow.id, 'publish')
    await new Promise((resolve) => setTimeout(resolve, 500))
    const startedFast = Date.now()
    await world.act(world.users.editor, 'faqs', fast.id, 'publish')
    const fastTook = Date.now() - startedFast
    await slowPublish
    await new Promise((resolve) => setTimeout(resolve, 200))
    isDone = true
    await poller
    const mine = seen.filter((c) => c.collection === 'faqs' && (c.id === slow.id || c.id === fast.id))
    expect(mine.map((c) => c.id)).toEqual([slow.id, fast.id])
    // The fast publish really overlapped: it waited for the slow one's commit.
    expect(fastTook).toBeGreaterThan(500)
  })

  it('should answer 400 naming the parameter for a malformed cursor, a bad limit or an unknown parameter', async () => {
    for (const [query, param] of [
      ['?since=abc', 'since'],
      ['?since=-1', 'since'],
      ['?since=1.5', 'since'],
      ['?since=99999999999999999999', 'since'],
      ['?limit=0', 'limit'],
      ['?limit=101', 'limit'],
      ['?limit=ten', 'limit'],
      ['?limit=1&limit=2', 'limit'],
      ['?sinse=1', 'sinse'],
    ]) {
      const { status, body } = await feed(query)
      expect(status, query).toBe(400)
      expect(body.errors?.[0].data?.errors[0].path, query).toBe(param)
      expect(body.errors?.[0].message, query).toContain(param)
    }
  })
})
