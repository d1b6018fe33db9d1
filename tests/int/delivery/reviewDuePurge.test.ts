/**
 * The review-due job changes the live row (its `medicalReview.isReviewDue` flag) without a live
 * change. Cached anonymous answers show that flag, so the job purges them, here and on every
 * other instance through PostgreSQL NOTIFY (src/delivery/cache/purgeDocuments.ts).
 */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chunkTags } from '@/delivery/cache/purgeDocuments'
import { decodeTags, encodeTags, INVALIDATION_CHANNEL } from '@/delivery/cache/channel'
import { responseCache } from '@/delivery/cache/responseCache'
import { JOBS_QUEUE } from '@/jobs/queue'

import { getTestPayload } from '../../helpers/payload'
import { createDeliveryClient } from './deliveryClient'
import { createLiveArticle } from './fixtures'

let payload: Payload
let client: ReturnType<typeof createDeliveryClient>
let live: Awaited<ReturnType<typeof createLiveArticle>>
let listener: pg.Client
const heard: string[][] = []

const isHit = (response: Response) => response.headers.get('X-Relief-Cache') === 'hit'
const waitFor = async (check: () => Promise<boolean> | boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return check()
}
/** Reads until the answer comes from the cache, and returns that cached answer. */
const prime = async (path: string) => {
  // A purge notification still on its way (from the fixture's own publish) may void a store.
  for (let i = 0; i < 10; i++) {
    const response = await client.request('GET', path)
    if (isHit(response)) return response
  }
  throw new Error(`${path} was never answered from the cache`)
}
type Body = { medicalReview?: { isReviewDue?: boolean | null } }
type ListBody = { docs: (Body & { id: number })[] }

/** Queues the review check as of `now` and runs the queue, the way the hourly schedule does. */
const runReviewCheck = async (now: Date) => {
  const job = await payload.jobs.queue({ task: 'markReviewsDue', input: { now: now.toISOString() } })
  const { jobStatus } = await payload.jobs.run({ queue: JOBS_QUEUE })
  return jobStatus?.[job.id]?.status
}

beforeAll(async () => {
  payload = await getTestPayload()
  client = createDeliveryClient(payload.config)
  live = await createLiveArticle(payload)
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await listener.connect()
  listener.on('notification', ({ channel, payload: message }) => {
    if (channel === INVALIDATION_CHANNEL) heard.push(decodeTags(message) ?? [])
  })
  await listener.query(`LISTEN ${INVALIDATION_CHANNEL}`)
  expect(await waitFor(() => responseCache().isActive, 10_000)).toBe(true)
}, 180_000)

afterAll(async () => {
  await listener?.end()
})

describe('review-due flag and the delivery cache', { timeout: 120_000 }, () => {
  it('should answer the next anonymous read with the flag after the review-due job ran, and tell other instances', async () => {
    const id = live.article.id
    const byId = `/articles/${id}?depth=0`
    const list = `/articles?depth=0&limit=10&where[id][equals]=${id}`
    const cachedById = (await (await prime(byId)).json()) as Body
    const cachedList = (await (await prime(list)).json()) as ListBody
    expect(cachedById.medicalReview?.isReviewDue).toBe(false)
    expect(cachedList.docs[0]?.medicalReview?.isReviewDue).toBe(false)

    const nextReviewDue = new Date(live.article.medicalReview!.nextReviewDue!)
    heard.length = 0
    expect(await runReviewCheck(new Date(nextReviewDue.getTime() + 24 * 3600 * 1000))).toBe('success')

    const afterById = await client.request('GET', byId)
    expect(isHit(afterById)).toBe(false)
    expect(((await afterById.json()) as Body).medicalReview?.isReviewDue).toBe(true)
    const afterList = await client.request('GET', list)
    expect(isHit(afterList)).toBe(false)
    expect(((await afterList.json()) as ListBody).docs[0]?.medicalReview?.isReviewDue).toBe(true)

    // Other instances learn of it from the same channel the live changes use.
    expect(await waitFor(() => heard.some((tags) => tags.includes(`articles:${id}`)), 5_000)).toBe(true)
    expect(heard.flat()).toEqual(expect.arrayContaining(['articles', 'graphql']))
  })

  it('should split a purge of many documents into notifications PostgreSQL accepts', () => {
    const tags = Array.from({ length: 3_000 }, (_, n) => `articles:${n + 1}`)
    const chunks = chunkTags(tags)
    expect(chunks.length).toBeGreaterThan(1)
    expect(chunks.flat()).toEqual(tags)
    for (const chunk of chunks) expect(Buffer.byteLength(encodeTags(chunk))).toBeLessThan(8000)
  })
})
