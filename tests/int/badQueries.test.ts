/**
 * Input PostgreSQL would reject with an error (500) is answered 4xx before it reaches the
 * database: ids, where operators, NUL bytes, non-JSON GraphQL bodies, blocked URL fetches.
 */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { withJsonErrors } from '@/lib/http/withJsonErrors'

import { type Api, createApi } from '../helpers/api'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let api: Api
let token: string
let authorId: number

const errorPaths = (json: any): string[] =>
  (json?.errors ?? []).flatMap((error: any) => (error.data?.errors ?? []).map((item: any) => item.path))

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  const editor = await createUser(payload, ['editor'])
  token = await api.login(editor.email, PASSWORD)
  authorId = (await payload.create({ collection: 'therapists', data: { name: 'Query Author' } })).id
  await payload.create({ collection: 'articles', data: { title: 'Queryable article', author: authorId, topics: ['sciatica'] } as never })
})

describe('ids', () => {
  it.each(['abc', '99999999999', '-1', '1.5'])('should answer 404 for /api/articles/%s', async (id) => {
    expect((await api.rest('GET', `/articles/${id}`)).status).toBe(404)
    expect((await api.rest('PATCH', `/articles/${id}`, { token, body: { title: 'x' } })).status).toBe(404)
    expect((await api.rest('DELETE', `/articles/${id}`, { token })).status).toBe(404)
  })
})

describe('where operators a field cannot take', () => {
  it.each([
    ['title', 'near', '1,2'],
    ['title', 'within', 'x'],
    ['title', 'all', 'x'],
    ['topics', 'all', 'sciatica'],
    ['body', 'like', 'x'],
    ['body', 'contains', 'x'],
    ['publishedAt', 'like', 'x'],
    ['topics', 'like', 'x'],
    ['author', 'like', 'x'],
    ['author', 'equals', 'abc'],
    ['author', 'in', '1,abc'],
    ['references.url', 'near', '1'],
    ['author.name', 'near', '1,2'],
  ])('should answer 400 naming where.%s.%s', async (path, operator, value) => {
    for (const endpoint of ['/articles', '/articles/count']) {
      const response = await api.rest('GET', `${endpoint}?where[${path}][${operator}]=${encodeURIComponent(value)}`, { token })
      expect(response.status, `${endpoint} ${response.text.slice(0, 200)}`).toBe(400)
      expect(errorPaths(response.json)).toContain(`where.${path}.${operator}`)
    }
  })

  it('should find operators nested in and/or', async () => {
    const response = await api.rest('GET', '/articles?where[or][0][title][equals]=x&where[or][1][and][0][body][like]=y', { token })
    expect(response.status).toBe(400)
    expect(errorPaths(response.json)).toEqual(['where.body.like'])
  })

  it.each([
    'where[title][like]=Queryable',
    'where[title][contains]=article',
    'where[title][not_like]=zzz',
    `where[author][equals]=AUTHOR`,
    `where[author][in]=AUTHOR,999`,
    'where[body][exists]=false',
    'where[topics][in]=sciatica',
    'where[topics][contains]=sciatica',
    'where[author.name][like]=Query',
    'where[id][greater_than]=0',
  ])('should let a valid query through: %s', async (query) => {
    const response = await api.rest('GET', `/articles?draft=true&${query.replace(/AUTHOR/g, String(authorId))}`, { token })
    expect(response.status, response.text.slice(0, 200)).toBe(200)
  })

  it('should answer 400 through GraphQL and the Local API too', async () => {
    const graphql = await api.graphql('{ Articles(where: { author: { equals: "abc" } }) { totalDocs } }', {}, token)
    expect(graphql.json.errors[0].extensions.statusCode).toBe(400)
    await expect(payload.find({ collection: 'articles', where: { title: { near: '1,2' } } })).rejects.toMatchObject({
      name: 'ValidationError',
      status: 400,
    })
  })
})

describe('NUL bytes', () => {
  it('should answer 400 for a NUL byte in a where value', async () => {
    const response = await api.rest('GET', '/articles?where[title][equals]=a%00b')
    expect(response.status).toBe(400)
    expect(errorPaths(response.json)).toEqual(['where.title.equals'])
  })

  it('should answer 400 naming the field for a NUL byte in written data, and write nothing', async () => {
    const before = (await payload.count({ collection: 'articles' })).totalDocs
    const response = await api.rest('POST', '/articles', { token, body: { title: 'a\u0000b', references: [{ title: 'ok', publisher: 'x\u0000' }] } })
    expect(response.status).toBe(400)
    expect(errorPaths(response.json).sort()).toEqual(['references.0.publisher', 'title'])
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  it('should refuse a NUL byte before checking input for an anonymous writer (403 first)', async () => {
    const response = await api.rest('POST', '/articles', { body: { title: 'a\u0000b' } })
    expect(response.status).toBe(403)
  })
})

describe('GraphQL bodies that are not JSON', () => {
  it.each(['not json', '{"query": ', '[1,'])('should answer 400 with a JSON error for %j', async (body) => {
    const handler = withJsonErrors(GRAPHQL_POST(payload.config))
    const response = await handler(
      new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }),
    )
    expect(response.status).toBe(400)
    const json = await response.json()
    expect(json.errors[0].message).toMatch(/not valid JSON/)
  })
})

describe('upload from a URL', () => {
  it.each(['http://127.0.0.1:9/x.png', 'http://169.254.169.254/latest/meta-data/x.png', 'http://10.0.0.1/x.png'])(
    'should answer 400 naming url for a blocked target %s, storing nothing',
    async (url) => {
      const before = (await payload.count({ collection: 'media' })).totalDocs
      const response = await api.rest('POST', '/media', { token, body: { alt: 'x', filename: 'x.png', url } })
      expect(response.status, response.text.slice(0, 300)).toBe(400)
      expect(errorPaths(response.json)).toEqual(['url'])
      expect(response.json.errors[0].message).toMatch(/private or internal address/)
      expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
    },
  )
})
