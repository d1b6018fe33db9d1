/**
 * The in-process cache of anonymous answers (README "Delivery"): hits give the same bytes and
 * ETag as the miss, anything with a credential or about drafts goes through Payload, and every
 * live change (of the document or of one it populates) purges it, here and on other instances
 * through PostgreSQL NOTIFY.
 */
import pg from 'pg'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { INVALIDATION_CHANNEL } from '@/delivery/cache/channel'
import { responseCache } from '@/delivery/cache/responseCache'

import { getTestPayload } from '../../helpers/payload'
import { createWorld, type World } from '../../helpers/workflowFixtures'
import { createDeliveryClient } from './deliveryClient'
import { createLiveArticle, publishTitle, rand, saveDraftTitle } from './fixtures'

let payload: Payload
let world: World
let client: ReturnType<typeof createDeliveryClient>
let live: Awaited<ReturnType<typeof createLiveArticle>>
let other: pg.Client

const isHit = (response: Response) => response.headers.get('X-Relief-Cache') === 'hit'
const waitFor = async (check: () => Promise<boolean> | boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return check()
}
/** Reads twice: the second answer must come from the cache. */
const prime = async (path: string) => {
  // A purge notification still on its way (from the fixture's own publish) may void a store.
  for (let i = 0; i < 10; i++) {
    const response = await client.request('GET', path)
    if (isHit(response)) return response
  }
  throw new Error(`${path} was never answered from the cache`)
}
const title = async (path: string) => ((await client.request('GET', path)).json() as Promise<{ title?: string }>)

beforeAll(async () => {
  payload = await getTestPayload()
  client = createDeliveryClient(payload.config)
  world = await createWorld(payload)
  live = await createLiveArticle(payload)
  other = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await other.connect()
  expect(await waitFor(() => responseCache().isActive, 10_000)).toBe(true)
}, 180_000)

afterAll(async () => {
  await other?.end()
})

describe('cache hits', { timeout: 120_000 }, () => {
  it('should answer a repeated anonymous read from the cache with the same bytes, ETag and Surrogate-Key', async () => {
    const path = `/articles/${live.article.id}?depth=1`
    const miss = await client.request('GET', path)
    const hit = await client.request('GET', path)
    expect(isHit(miss)).toBe(false)
    expect(isHit(hit)).toBe(true)
    expect(hit.headers.get('ETag')).toBe(miss.headers.get('ETag'))
    expect(hit.headers.get('Surrogate-Key')).toBe(miss.headers.get('Surrogate-Key'))
    expect(hit.headers.get('Cache-Control')).toBe(miss.headers.get('Cache-Control'))
    expect(await hit.text()).toBe(await miss.text())
    const notModified = await client.request('GET', path, { 'If-None-Match': miss.headers.get('ETag')! })
    expect(notModified.status).toBe(304)
  })

  it('should key on the query: parameter order does not matter, every value does', async () => {
    const a = await client.request('GET', `/articles?limit=2&depth=0&sort=-updatedAt`)
    const b = await client.request('GET', `/articles?depth=0&sort=-updatedAt&limit=2`)
    expect(isHit(b)).toBe(true)
    expect(await b.text()).toBe(await a.text())
    const c = await client.request('GET', `/articles?depth=0&sort=-updatedAt&limit=3`)
    expect(isHit(c)).toBe(false)
    const all = await client.request('GET', `/articles/${live.article.id}?depth=0&locale=all`)
    const en = await client.request('GET', `/articles/${live.article.id}?depth=0&locale=en`)
    expect(isHit(en)).toBe(false)
    expect(typeof (await all.json()).title).toBe('object')
    expect(typeof (await en.json()).title).toBe('string')
  })
})

describe('never a draft or staff data', { timeout: 120_000 }, () => {
  it('should never answer a request with a cookie, Bearer/JWT token or API key from the cache', async () => {
    const path = `/articles/${live.article.id}?depth=0`
    await prime(path)
    const token = world.tokens.editor
    const variants: Record<string, string>[] = [
      { Cookie: `payload-token=${token}` },
      { Cookie: 'unrelated=1' },
      { Authorization: `JWT ${token}` },
      { Authorization: `Bearer ${token}` },
      { Authorization: 'users API-Key not-a-real-key' },
    ]
    for (const headers of variants) {
      const response = await client.request('GET', path, headers)
      expect(isHit(response), JSON.stringify(headers)).toBe(false)
      expect(response.status).toBeLessThan(500)
      if (!headers.Cookie?.startsWith('unrelated')) expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    }
  })

  it('should never store a staff draft read and never serve the public answer for draft=true', async () => {
    const { article } = await createLiveArticle(payload)
    const draftTitle = `Unreviewed draft ${rand()}`
    await saveDraftTitle(payload, article.id, draftTitle)
    const staff = await client.request('GET', `/articles/${article.id}?draft=true&depth=0`, {
      Authorization: `JWT ${world.tokens.admin}`,
    })
    expect((await staff.json()).title).toBe(draftTitle)
    for (let i = 0; i < 2; i++) {
      const anonymousDraft = await client.request('GET', `/articles/${article.id}?draft=true&depth=0`)
      expect(isHit(anonymousDraft)).toBe(false)
      expect(await anonymousDraft.text()).not.toContain(draftTitle)
      const publicRead = await client.request('GET', `/articles/${article.id}?depth=0`)
      expect(await publicRead.text()).not.toContain(draftTitle)
    }
    const list = await client.request('GET', `/articles?limit=100&depth=0`)
    expect(await list.text()).not.toContain(draftTitle)
  })

  it('should answer a where on a draft-only value with nothing, cached or not, and never cache a GraphQL draft argument', async () => {
    const { article } = await createLiveArticle(payload)
    const draftTitle = `Pending wording ${rand()}`
    await saveDraftTitle(payload, article.id, draftTitle)
    const path = `/articles?where[title][equals]=${encodeURIComponent(draftTitle)}&depth=0`
    await client.request('GET', path, { Authorization: `JWT ${world.tokens.admin}` })
    for (let i = 0; i < 3; i++) {
      const response = await client.request('GET', path)
      expect(response.status).toBe(200)
      expect((await response.json()).docs).toEqual([])
    }
    const query = `{ Articles(draft: true) { docs { id title } } }`
    await client.graphqlGet(query)
    expect(isHit(await client.graphqlGet(query))).toBe(false)
  })
})

describe('invalidation', { timeout: 120_000 }, () => {
  it('should purge on publish: the next read shows the new live title', async () => {
    const path = `/articles/${live.article.id}?depth=0`
    const slug = (await payload.findByID({ collection: 'articles', id: live.article.id })).slug as string
    const bySlug = `/articles?where[slug][equals]=${slug}&depth=0`
    await prime(path)
    await prime(bySlug)
    const next = `Republished ${rand()}`
    await publishTitle(payload, live.article.id, next)
    expect((await title(path)).title).toBe(next)
    expect(((await (await client.request('GET', bySlug)).json()) as { docs: { title: string }[] }).docs[0].title).toBe(next)
  })

  it('should purge on reaffirm, unpublish and delete', async () => {
    const doc = await world.make('articles', 'approved')
    await world.act(world.users.editor, 'articles', doc.id, 'publish')
    const path = `/articles/${doc.id}?depth=0`
    const list = `/articles?limit=100&depth=0`
    await prime(path)
    await world.act(world.users.reviewer2, 'articles', doc.id, 'reaffirm')
    const afterReaffirm = await client.request('GET', path)
    expect(isHit(afterReaffirm)).toBe(false)
    expect((await afterReaffirm.json()).medicalReview?.reviewedAt).toBeTruthy()

    await prime(path)
    await prime(list)
    await world.act(world.users.admin, 'articles', doc.id, 'unpublish', { comment: 'pulled for a check' })
    expect((await client.request('GET', path)).status).toBe(404)
    expect(((await (await client.request('GET', list)).json()) as { docs: { id: number }[] }).docs.map((d) => d.id)).not.toContain(doc.id)

    const gone = await world.make('articles', 'approved')
    await world.act(world.users.editor, 'articles', gone.id, 'publish')
    await prime(`/articles/${gone.id}?depth=0`)
    await payload.delete({ collection: 'articles', id: gone.id, overrideAccess: true })
    expect((await client.request('GET', `/articles/${gone.id}?depth=0`)).status).toBe(404)
  })

  it('should purge a cached image when the only live document showing it is unpublished', async () => {
    const bytes = await sharp({ create: { width: 640, height: 420, channels: 3, background: { r: 120, g: 90, b: 60 } } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), `cache-${rand()}.png`)
    form.append('_payload', JSON.stringify({ alt: `Hands on a lower back ${rand()}` }))
    const uploaded = await world.api.rest('POST', '/media', { token: world.tokens.editor, form })
    expect(uploaded.status, uploaded.text).toBe(201)
    const imageId = uploaded.json.doc.id as number
    const doc = await world.make('articles', 'approved', { heroImage: imageId })
    await world.act(world.users.editor, 'articles', doc.id, 'publish')
    await prime(`/media/${imageId}?depth=0`)
    await world.act(world.users.admin, 'articles', doc.id, 'unpublish', { comment: 'pulled with its image' })
    // The image is no longer shown by anything live: its cached answer must not outlive that.
    expect((await client.request('GET', `/media/${imageId}?depth=0`)).status).toBe(404)
  })

  it('should purge an article when a technique it populates is republished', async () => {
    const { article, technique } = await createLiveArticle(payload)
    const path = `/articles/${article.id}?depth=1`
    await prime(path)
    const name = `Renamed technique ${rand()}`
    await payload.update({ collection: 'techniques', id: technique.id, data: { name } as never, draft: true })
    await world.publisher.publish('techniques', technique.id)
    const body = await (await client.request('GET', path)).json()
    expect(body.techniques.map((t: { name: string }) => t.name)).toContain(name)
  })

  it('should purge GraphQL answers on any live change', async () => {
    const query = `{ Articles(limit: 100) { docs { id title } } }`
    await client.graphqlGet(query)
    expect(isHit(await client.graphqlGet(query))).toBe(true)
    const doc = await world.make('articles', 'approved')
    await world.act(world.users.editor, 'articles', doc.id, 'publish')
    const after = await client.graphqlGet(query)
    expect(isHit(after)).toBe(false)
    expect((await after.json()).data.Articles.docs.map((d: { id: number }) => d.id)).toContain(doc.id)
  })

  it('should purge on a NOTIFY sent by another instance (another connection) within 1 s', async () => {
    const path = `/articles/${live.article.id}?depth=0`
    await prime(path)
    await other.query('SELECT pg_notify($1, $2)', [INVALIDATION_CHANNEL, JSON.stringify({ tags: [`articles:${live.article.id}`] })])
    expect(await waitFor(async () => !isHit(await client.request('GET', path)), 1_000)).toBe(true)
  })

  it('should send the NOTIFY at commit, so another instance listening hears the publish', async () => {
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await listener.connect()
    const heard: string[] = []
    listener.on('notification', ({ payload: message }) => heard.push(message ?? ''))
    await listener.query(`LISTEN ${INVALIDATION_CHANNEL}`)
    try {
      await publishTitle(payload, live.article.id, `Heard ${rand()}`)
      expect(await waitFor(() => heard.some((m) => m.includes(`articles:${live.article.id}`)), 1_000)).toBe(true)
    } finally {
      await listener.end()
    }
  })

  it('should stop serving while its LISTEN connection is down and start empty after reconnecting', async () => {
    const path = `/articles/${live.article.id}?depth=0`
    await prime(path)
    await other.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'relief-cache-listener' AND datname = current_database()`)
    expect(await waitFor(() => !responseCache().isActive, 2_000)).toBe(true)
    expect(isHit(await client.request('GET', path))).toBe(false)
    expect(await waitFor(() => responseCache().isActive, 10_000)).toBe(true)
    expect(isHit(await client.request('GET', path))).toBe(false)
    expect(isHit(await client.request('GET', path))).toBe(true)
  })
})
