/**
 * A list filtered by a has-many relationship (`where[techniques][in]=<id>`) counts its
 * `totalDocs` from the relations table (src/delivery/relationCount) instead of Payload's grouped
 * join. The answers must be exactly Payload's: the same documents in the same order with the
 * same page fields. The reference is the same filter wrapped in a one-branch `or`, which means
 * the same thing and which Payload still counts itself.
 */
import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createApi } from '../../helpers/api'
import { createUser, PASSWORD, rand, richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createPublisher, type Publisher } from '../../helpers/publishThroughWorkflow'
import { createReviewerProfile } from '../../helpers/workflowFixtures'
import { createDeliveryClient } from './deliveryClient'

let payload: Payload
let client: ReturnType<typeof createDeliveryClient>
let staffAuth: Record<string, string>
let publisher: Publisher
let techA: number
let techB: number
let techC: number
/** What every article needs to be published: a live author and a medical disclaimer. */
let required: Record<string, unknown>
/** Published articles that have technique A on their live row. */
const liveWithA: number[] = []
let liveWithBOnly: number[] = []
let neverPublishedWithA: number
let draftAddsA: number
let thaiWithA: number

type ListBody = {
  docs: { id: number; title?: string }[]
  totalDocs: number
  totalPages: number
  page: number
  pagingCounter: number
  hasNextPage: boolean
  hasPrevPage: boolean
  nextPage: number | null
  prevPage: number | null
  limit: number
}

const technique = async (name: string) =>
  publisher.createPublished('techniques', {
    name: `${name} ${rand()}`,
    category: 'self-massage',
    summary: 'A slow routine for the back of the hip.',
    body: await richText(payload, 'Lean on the ball and roll it slowly.'),
    precautions: await richText(payload, 'Stop if the leg tingles or goes numb.'),
  })

const article = async (techniques: number[], extra: Record<string, unknown> = {}) =>
  (
    await publisher.createPublished('articles', {
      title: `Relation count ${rand()}`,
      excerpt: 'Slow pressure near the hip may ease tightness for some people.',
      body: await richText(payload, 'Short, slow strokes. Stop if pain grows.'),
      techniques,
      ...required,
      ...extra,
    })
  ).id as number

const get = async (query: string, headers: Record<string, string> = {}) => {
  const response = await client.request('GET', `/articles?${query}`, headers)
  expect(response.status).toBe(200)
  return (await response.json()) as ListBody
}

/** The filter as a one-branch `or`: the same documents, counted by Payload itself. */
const asReference = (query: string) => query.replace(/where\[techniques\]/g, 'where[or][0][techniques]')

const expectSameAsPayload = async (query: string, headers: Record<string, string> = {}) => {
  const [ours, reference] = await Promise.all([get(query, headers), get(asReference(query), headers)])
  expect(ours).toEqual(reference)
  return ours
}

const idsOf = (body: ListBody) => body.docs.map((doc) => doc.id)

beforeAll(async () => {
  payload = await getTestPayload()
  client = createDeliveryClient(payload.config)
  const api = createApi(payload.config)
  const editor = await createUser(payload, ['editor'])
  staffAuth = { Authorization: `JWT ${await api.login(editor.email, PASSWORD)}` }
  publisher = await createPublisher(payload)
  const author = await createReviewerProfile(payload, publisher)
  const disclaimer = await publisher.createPublished('disclaimers', {
    title: `Medical notice ${rand()}`,
    kind: 'medical',
    body: await richText(payload, 'This page does not replace a visit to your clinician.'),
  })
  required = { author: author.id, disclaimers: [disclaimer.id] }
  techA = (await technique('Ball against a wall')).id as number
  techB = (await technique('Foam roller')).id as number
  techC = (await technique('Heat pack')).id as number
  for (let n = 0; n < 6; n += 1) liveWithA.push(await article(n % 2 === 0 ? [techA] : [techA, techB]))
  // The same technique twice on one article still counts the article once.
  liveWithA.push(await article([techA, techA]))
  thaiWithA = await article([techA, techC])
  await payload.update({ collection: 'articles', id: thaiWithA, locale: 'th', data: { title: 'นวดสะโพกเบา ๆ' } as never, draft: true })
  await publisher.publish('articles', thaiWithA)
  liveWithA.push(thaiWithA)
  liveWithBOnly = [await article([techB]), await article([techB, techC])]
  neverPublishedWithA = (
    await payload.create({
      collection: 'articles',
      data: { title: `Never published ${rand()}`, techniques: [techA], _status: 'draft' } as never,
      draft: true,
    })
  ).id as number
  // A live article without A whose pending draft adds A: the live row has no A.
  draftAddsA = await article([techC])
  await payload.update({ collection: 'articles', id: draftAddsA, data: { techniques: [techA, techC], _status: 'draft' } as never, draft: true })
}, 300_000)

describe('filter by a has-many relationship', () => {
  it('should list exactly the published articles with the technique, drafts never included', async () => {
    const body = await expectSameAsPayload(`where[techniques][in]=${techA}&limit=100&depth=0`)
    expect(idsOf(body).sort((a, b) => a - b)).toEqual([...liveWithA].sort((a, b) => a - b))
    expect(idsOf(body)).not.toContain(neverPublishedWithA)
    expect(idsOf(body)).not.toContain(draftAddsA)
    expect(body.totalDocs).toBe(liveWithA.length)
  })

  it('should give every page the same documents, order and page fields as Payload', async () => {
    const seen: number[] = []
    for (let page = 1; page <= 4; page += 1) {
      const body = await expectSameAsPayload(`where[techniques][in]=${techA}&limit=3&page=${page}&depth=0`)
      seen.push(...idsOf(body))
      if (page <= 3) {
        expect(body.totalDocs).toBe(liveWithA.length)
        expect(body.totalPages).toBe(Math.ceil(liveWithA.length / 3))
        expect(body.hasNextPage).toBe(page < 3)
        expect(body.pagingCounter).toBe((page - 1) * 3 + 1)
      } else {
        // Past the last page Payload answers an empty page; so do we.
        expect(body.docs).toEqual([])
      }
    }
    expect(seen.sort((a, b) => a - b)).toEqual([...liveWithA].sort((a, b) => a - b))
  })

  it('should keep a sort and a page together', async () => {
    const body = await expectSameAsPayload(`where[techniques][in]=${techA}&limit=4&page=2&sort=-title&depth=0`)
    expect(body.docs).toHaveLength(4)
    expect(body.hasPrevPage).toBe(true)
  })

  it('should answer equals like in', async () => {
    const inBody = await get(`where[techniques][in]=${techA}&limit=5&depth=0`)
    const body = await expectSameAsPayload(`where[techniques][equals]=${techA}&limit=5&depth=0`)
    expect(body).toEqual(inBody)
  })

  it('should still refuse contains on a relationship with a 400 naming the field', async () => {
    for (const query of [`where[techniques][contains]=${techA}`, asReference(`where[techniques][contains]=${techA}`)]) {
      const response = await client.request('GET', `/articles?${query}&depth=0`)
      expect(response.status).toBe(400)
      expect(await response.text()).toContain('techniques')
    }
  })

  it('should count an article with several of the ids once', async () => {
    const expected = new Set([...liveWithA, ...liveWithBOnly])
    const comma = await expectSameAsPayload(`where[techniques][in]=${techA},${techB}&limit=5&depth=0`)
    const indexed = await expectSameAsPayload(`where[techniques][in][0]=${techA}&where[techniques][in][1]=${techB}&limit=5&depth=0`)
    expect(comma.totalDocs).toBe(expected.size)
    expect(indexed).toEqual(comma)
  })

  it('should answer a technique no live article has with an empty list', async () => {
    const none = (await technique('Unused')).id as number
    const body = await expectSameAsPayload(`where[techniques][in]=${none}&limit=5&depth=0`)
    expect(body.totalDocs).toBe(0)
    expect(body.docs).toEqual([])
  })

  it('should give the Thai wording with locale=th and the same page', async () => {
    const body = await expectSameAsPayload(`where[techniques][in]=${techC}&locale=th&limit=10&depth=0`)
    expect(body.docs.find((doc) => doc.id === thaiWithA)?.title).toBe('นวดสะโพกเบา ๆ')
    expect(idsOf(body).sort((a, b) => a - b)).toEqual([thaiWithA, liveWithBOnly[1], draftAddsA].sort((a, b) => a! - b!))
  })

  it('should combine with other where clauses the way Payload does', async () => {
    const slug = (await payload.findByID({ collection: 'articles', id: liveWithA[0]!, depth: 0 })).slug as string
    const body = await expectSameAsPayload(
      `where[and][0][techniques][in]=${techA}&where[and][1][slug][equals]=${encodeURIComponent(slug)}&depth=0`,
    )
    expect(idsOf(body)).toEqual([liveWithA[0]])
    const notB = await expectSameAsPayload(`where[techniques][in]=${techA}&where[id][not_in]=${liveWithA[1]}&limit=100&depth=0`)
    expect(notB.totalDocs).toBe(liveWithA.length - 1)
  })

  it('should give a staff token without draft=true the live documents only', async () => {
    const body = await expectSameAsPayload(`where[techniques][in]=${techA}&limit=100&depth=0`, staffAuth)
    expect(body.totalDocs).toBe(liveWithA.length)
    expect(idsOf(body)).not.toContain(neverPublishedWithA)
  })

  it('should count drafts in a server read that overrides access, like Payload', async () => {
    const where: Where = { techniques: { in: [techA] } }
    const ours = await payload.find({ collection: 'articles', depth: 0, limit: 3, where })
    const reference = await payload.find({ collection: 'articles', depth: 0, limit: 3, where: { or: [where] } })
    expect(ours).toEqual(reference)
    expect(ours.totalDocs).toBe(liveWithA.length + 1)
  })

  it('should answer count with the same filter like Payload', async () => {
    for (const query of [`where[techniques][in]=${techA}`, `where[techniques][in]=${techA},${techB}`, `where[techniques][equals]=${techC}`]) {
      const [ours, reference] = await Promise.all(
        [query, asReference(query)].map(async (q) => (await client.request('GET', `/articles/count?${q}`)).json()),
      )
      expect(ours).toEqual(reference)
    }
    const anonymous = await (await client.request('GET', `/articles/count?where[techniques][in]=${techA}`)).json()
    expect(anonymous.totalDocs).toBe(liveWithA.length)
  })

  it('should count a technique filter from the relations table, not with Payload’s grouped join', async () => {
    const statements = await captureSql(() =>
      payload.find({ collection: 'articles', depth: 0, limit: 3, overrideAccess: false, where: { techniques: { in: [techA] } } }),
    )
    expect(statements.some((text) => /COUNT\(1\) OVER\(\)/i.test(text))).toBe(false)
    expect(statements.some((text) => /count\(DISTINCT r\.parent_id\)/.test(text) && text.includes('"articles_rels"'))).toBe(true)
    const counted = await captureSql(() =>
      payload.count({ collection: 'articles', overrideAccess: false, where: { techniques: { in: [techA] } } }),
    )
    expect(counted.some((text) => /COUNT\(1\) OVER\(\)/i.test(text))).toBe(false)
  })
})

type Query = (...args: unknown[]) => Promise<unknown>

/** The SQL text of every statement one operation sends through the adapter's pool. */
const captureSql = async (operation: () => Promise<unknown>) => {
  const pool = (payload.db as unknown as { pool: { query: Query } }).pool
  const original = pool.query
  const statements: string[] = []
  pool.query = function captured(this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string }
    statements.push(typeof first === 'string' ? first : (first?.text ?? ''))
    return original.apply(this, args)
  }
  try {
    await operation()
  } finally {
    pool.query = original
  }
  return statements
}
