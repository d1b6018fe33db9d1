/**
 * The Surrogate-Key walk keeps parsed GraphQL queries (src/delivery/graphqlQueryPlan.ts) instead
 * of parsing each one per answer: a kept query must still tag each answer with the documents of
 * that answer, and two queries (or two operations of one document) must never share a plan.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_PLANS, plannedQueryCount, queryPlan } from '@/delivery/graphqlQueryPlan'
import { withDelivery } from '@/delivery/withDelivery'

import { getTestPayload } from '../../helpers/payload'
import { createLiveArticle } from './fixtures'

let payload: Payload
let graphql: (request: Request) => Promise<Response>
let first: Awaited<ReturnType<typeof createLiveArticle>>
let second: Awaited<ReturnType<typeof createLiveArticle>>

const BY_SLUG = `query BySlug($slug: String) { Articles(where: { slug: { equals: $slug } }) { docs { id title } } }`
const TWO_OPERATIONS = `
  query ArticleOnly($id: Int!) { Article(id: $id) { id title } }
  query AuthorOnly($id: Int!) { Therapist(id: $id) { id name } }
`

const get = async (query: string, variables: Record<string, unknown>, operationName?: string) => {
  const url = new URL('/api/graphql', 'http://localhost:3000')
  url.searchParams.set('query', query)
  url.searchParams.set('variables', JSON.stringify(variables))
  if (operationName) url.searchParams.set('operationName', operationName)
  const response = await graphql(new Request(url))
  expect(response.status).toBe(200)
  const body = (await response.json()) as { errors?: unknown[] }
  expect(body.errors).toBeUndefined()
  return (response.headers.get('Surrogate-Key') ?? '').split(' ').filter(Boolean).sort()
}

const slugOf = async (id: number) => (await payload.findByID({ collection: 'articles', id })).slug as string

beforeAll(async () => {
  payload = await getTestPayload()
  graphql = withDelivery(GRAPHQL_POST(payload.config), payload.config)
  first = await createLiveArticle(payload)
  second = await createLiveArticle(payload)
})

describe('GraphQL query plans for Surrogate-Key', () => {
  it('should tag a kept query with the documents of each answer, not of the first one', async () => {
    const one = await get(BY_SLUG, { slug: await slugOf(first.article.id) })
    const other = await get(BY_SLUG, { slug: await slugOf(second.article.id) })
    expect(one).toEqual(['articles', `articles:${first.article.id}`].sort())
    expect(other).toEqual(['articles', `articles:${second.article.id}`].sort())
    expect(queryPlan(BY_SLUG, undefined)).toBe(queryPlan(BY_SLUG, undefined))
  })

  it('should keep two operations of one document apart by operationName', async () => {
    const article = await get(TWO_OPERATIONS, { id: first.article.id }, 'ArticleOnly')
    const author = await get(TWO_OPERATIONS, { id: first.author.id }, 'AuthorOnly')
    expect(article).toEqual([`articles:${first.article.id}`])
    expect(author).toEqual([`therapists:${first.author.id}`])
    expect(queryPlan(TWO_OPERATIONS, 'ArticleOnly').operation?.name?.value).toBe('ArticleOnly')
    expect(queryPlan(TWO_OPERATIONS, 'AuthorOnly').operation?.name?.value).toBe('AuthorOnly')
  })

  it('should hold no more than MAX_PLANS queries', () => {
    for (let n = 0; n < MAX_PLANS + 20; n += 1) queryPlan(`{ Articles(limit: ${n + 1}) { totalDocs } }`, undefined)
    expect(plannedQueryCount()).toBe(MAX_PLANS)
  })

  it('should still refuse a query that does not parse, and keep nothing for it', () => {
    const before = plannedQueryCount()
    expect(() => queryPlan('{ Articles {', undefined)).toThrow()
    expect(plannedQueryCount()).toBe(before)
  })
})
