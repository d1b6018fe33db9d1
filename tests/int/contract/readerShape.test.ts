/**
 * What an anonymous reader receives matches the reader types of src/contract/readerTypes.ts:
 * the populated author carries its bio, related documents carry their defaultPopulate fields,
 * and staff-only fields are never sent.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_POPULATE, type StaffOnlyKey } from '@/contract/readerTypes'

import { type Api, createApi } from '../../helpers/api'
import { getTestPayload } from '../../helpers/payload'
import { createLiveArticle } from '../delivery/fixtures'

let payload: Payload
let api: Api
let articleId: number

const STAFF_ONLY: StaffOnlyKey[] = ['workflow', 'claims']

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  articleId = (await createLiveArticle(payload)).article.id
})

describe('reader answers', () => {
  it('should list in DEFAULT_POPULATE exactly the defaultPopulate of each collection', () => {
    const configured = Object.fromEntries(
      payload.config.collections
        .filter((collection) => collection.defaultPopulate)
        .map((collection) => [collection.slug, Object.keys(collection.defaultPopulate ?? {})]),
    )
    expect(configured).toEqual(Object.fromEntries(Object.entries(DEFAULT_POPULATE).map(([slug, keys]) => [slug, [...keys]])))
  })

  it('should populate the author with its bio at the default depth', async () => {
    const { status, json } = await api.rest('GET', `/articles/${articleId}`)
    expect(status).toBe(200)
    expect(json.author.bio.root.children.length).toBeGreaterThan(0)
    expect(Object.keys(json.author).sort()).toEqual(['id', ...DEFAULT_POPULATE.therapists].sort())
    for (const technique of json.techniques) {
      expect(Object.keys(technique).sort()).toEqual(['id', ...DEFAULT_POPULATE.techniques].sort())
    }
  })

  it('should send ids at depth 0', async () => {
    const { json } = await api.rest('GET', `/articles/${articleId}?depth=0`)
    expect(typeof json.author).toBe('number')
  })

  it('should never send staff-only fields to a reader, through REST or GraphQL', async () => {
    const { json } = await api.rest('GET', `/articles/${articleId}`)
    for (const key of STAFF_ONLY) expect(json).not.toHaveProperty(key)
    const list = await api.rest('GET', '/articles')
    for (const key of STAFF_ONLY) expect(list.json.docs[0]).not.toHaveProperty(key)
    const graphql = await api.graphql(`{ Article(id: ${articleId}) { workflow { approvedAt } claims { blockingCount } } }`)
    // GraphQL keeps the group's shape; every member a reader asks for is null.
    expect(graphql.json.data.Article).toEqual({ workflow: { approvedAt: null }, claims: { blockingCount: null } })
  })
})
