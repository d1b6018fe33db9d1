/**
 * GraphQL by GET (README "Delivery"): queries are answered and cached like REST reads; mutations by
 * GET are refused and change nothing.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../../helpers/payload'
import { createDeliveryClient } from './deliveryClient'
import { createLiveArticle, rand } from './fixtures'

let payload: Payload
let client: ReturnType<typeof createDeliveryClient>
let live: Awaited<ReturnType<typeof createLiveArticle>>
let slug: string

const BY_SLUG = `query BySlug($slug: String) {
  Articles(where: { slug: { equals: $slug } }) {
    docs { id title author { id name } techniques { id name } }
  }
}`

beforeAll(async () => {
  payload = await getTestPayload()
  client = createDeliveryClient(payload.config)
  live = await createLiveArticle(payload)
  slug = (await payload.findByID({ collection: 'articles', id: live.article.id })).slug as string
})

describe('GraphQL by GET', () => {
  it('should answer a query by GET with the live document and public caching headers', async () => {
    const response = await client.graphqlGet(BY_SLUG, { slug })
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.errors).toBeUndefined()
    expect(body.data.Articles.docs).toHaveLength(1)
    expect(body.data.Articles.docs[0].title).toBe(live.article.title)
    expect(response.headers.get('ETag')).toMatch(/^"/)
    expect(response.headers.get('Cache-Control')).toMatch(/^public, .*s-maxage=/)
    const keys = response.headers.get('Surrogate-Key')!.split(' ')
    expect(keys).toEqual(
      expect.arrayContaining([
        'articles',
        `articles:${live.article.id}`,
        `therapists:${live.author.id}`,
        `techniques:${live.technique.id}`,
      ]),
    )
  })

  it('should answer If-None-Match on a GraphQL GET with 304', async () => {
    const first = await client.graphqlGet(BY_SLUG, { slug })
    const etag = first.headers.get('ETag')!
    const second = await client.graphqlGet(BY_SLUG, { slug }, { 'If-None-Match': etag })
    expect(second.status).toBe(304)
    expect(await second.text()).toBe('')
  })

  it('should refuse a mutation sent by GET and create nothing', async () => {
    const title = `By GET ${rand()}`
    const response = await client.graphqlGet(`mutation { createArticle(data: { title: "${title}", slug: "by-get-${rand()}" }) { id } }`)
    expect([400, 405]).toContain(response.status)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const { totalDocs } = await payload.count({ collection: 'articles', where: { title: { equals: title } } })
    expect(totalDocs).toBe(0)
  })

  it('should not cache a GraphQL answer that carries errors publicly', async () => {
    const response = await client.graphqlGet('query { versionsArticles { docs { id } } }')
    const body = await response.json()
    expect(body.errors?.length).toBeGreaterThan(0)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(response.headers.get('Surrogate-Key')).toBeNull()
  })
})
