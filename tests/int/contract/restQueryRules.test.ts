/**
 * API semantics of issue 11 §4 through Payload's real REST and GraphQL routes: unknown query
 * parameters, unknown locales, the page cap, unsupported where operators and non-numeric ids
 * answer a 4xx naming the problem (never a 500, never a silent other answer), and every REST
 * read names the locale it used.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_LIMIT } from '@/contract/queryParameters'

import { POST as graphqlRoute } from '@/app/(payload)/api/graphql/route'

import { type Api, createApi } from '../../helpers/api'
import { createUser, PASSWORD, richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createPublisher } from '../../helpers/publishThroughWorkflow'

let payload: Payload
let api: Api
let editorToken: string
let techniqueId: number

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  const publisher = await createPublisher(payload)
  const technique = await publisher.createPublished('techniques', {
    name: 'Seated figure-four stretch',
    category: 'self-massage',
    summary: 'Cross one ankle over the other knee and lean forward gently.',
    body: await richText(payload, 'Sit tall, cross one ankle over the other knee and breathe out as you lean in.'),
    precautions: await richText(payload, 'Stop if the pain spreads down the leg.'),
  })
  techniqueId = technique.id as number
  const editor = await createUser(payload, ['editor'])
  editorToken = await api.login(editor.email, PASSWORD)
})

/** Through the app's GraphQL route: requests refused before execution answer 400 there. */
const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
  const response = await graphqlRoute(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }),
  )
  return { status: response.status, json: (await response.json()) as any }
}

const asReader = (path: string) => api.rest('GET', path)
const asEditor = (path: string) => api.rest('GET', path, { token: editorToken })

const expectRefused = (response: { status: number; json: any }, parameter: string) => {
  expect(response.status).toBe(400)
  expect(response.json.errors[0].name).toBe('QueryParameterError')
  expect(response.json.errors[0].data.parameter).toBe(parameter)
  expect(response.json.errors[0].message).toContain(parameter)
}

describe('unknown query parameters on REST reads', () => {
  it.each([
    ['/techniques?limt=5', 'limt'],
    ['/techniques?q=stretch', 'q'],
    ['/techniques/count?foo=1', 'foo'],
    ['/techniques?filter[name]=x', 'filter'],
    ['/globals/site-settings?expand=all', 'expand'],
  ])('should answer 400 naming the parameter for %s', async (path, parameter) => {
    expectRefused(await asReader(path), parameter)
    expectRefused(await asEditor(path), parameter)
  })

  it('should answer 400 naming the parameter on a single-document read', async () => {
    expectRefused(await asReader(`/techniques/${techniqueId}?include=author`), 'include')
  })

  it("should accept every parameter of Payload's own", async () => {
    const query =
      'depth=1&draft=false&locale=en&fallback-locale=en&limit=5&page=1&sort=-createdAt&where[name][like]=figure' +
      '&select[name]=true&populate[media][alt]=true&pagination=true&trash=false'
    const response = await asReader(`/techniques?${query}`)
    expect(response.status).toBe(200)
    expect(response.json.docs.map((doc: { id: number }) => doc.id)).toEqual([techniqueId])
  })
})

describe('locales', () => {
  it.each(['fr', 'EN', 'xx-YY'])('should answer 400 for the unknown locale %s', async (locale) => {
    expectRefused(await asReader(`/techniques?locale=${locale}`), 'locale')
    expectRefused(await asReader(`/techniques/${techniqueId}?locale=${locale}`), 'locale')
  })

  it('should answer 400 for an unknown fallback locale', async () => {
    expectRefused(await asReader('/techniques?locale=th&fallback-locale=fr'), 'fallback-locale')
  })

  it('should answer 400 for an unknown locale in GraphQL', async () => {
    const { status, json } = await graphql('{ Techniques(locale: fr) { docs { id } } }')
    expect(status).toBe(400)
    expect(json.errors[0].message).toContain('fr')
  })

  it.each([
    ['', 'en'],
    ['?locale=en', 'en'],
    ['?locale=th', 'th'],
  ])('should name the locale it used in Content-Language (query %s)', async (query, locale) => {
    const list = await asReader(`/techniques${query}`)
    expect(list.status).toBe(200)
    expect(list.headers.get('Content-Language')).toBe(locale)
    const one = await asReader(`/techniques/${techniqueId}${query}`)
    expect(one.headers.get('Content-Language')).toBe(locale)
    const global = await asReader(`/globals/site-settings${query}`)
    expect(global.headers.get('Content-Language')).toBe(locale)
  })

  it('should show a Thai reader which fields fell back to English with fallback-locale=none', async () => {
    const withFallback = await asReader(`/techniques/${techniqueId}?locale=th`)
    expect(withFallback.json.name).toBe('Seated figure-four stretch')
    const thaiOnly = await asReader(`/techniques/${techniqueId}?locale=th&fallback-locale=none`)
    expect(thaiOnly.status).toBe(200)
    expect(thaiOnly.json.name ?? null).toBeNull()
  })
})

describe('page size', () => {
  it.each(['0', String(MAX_LIMIT + 1), '100000', '-1', '2.5', 'ten'])('should answer 400 for limit=%s', async (limit) => {
    expectRefused(await asReader(`/techniques?limit=${limit}`), 'limit')
    expectRefused(await asEditor(`/techniques?limit=${limit}`), 'limit')
  })

  it('should accept limit=100 and default to 10 without a limit', async () => {
    expect((await asReader(`/techniques?limit=${MAX_LIMIT}`)).json.limit).toBe(MAX_LIMIT)
    expect((await asReader('/techniques')).json.limit).toBe(10)
  })

  it('should answer 400 for pagination=false, which would return every document', async () => {
    expectRefused(await asReader('/techniques?pagination=false'), 'pagination')
  })

  it.each(['0', 'abc'])('should answer 400 for page=%s', async (page) => {
    expectRefused(await asReader(`/techniques?page=${page}`), 'page')
  })

  it.each([
    ['{ Techniques(limit: 0) { docs { id } } }', {}],
    ['{ Techniques(limit: 101) { docs { id } } }', {}],
    ['query ($n: Int) { Techniques(limit: $n) { docs { id } } }', { n: 100000 }],
    ['{ Techniques(pagination: false) { docs { id } } }', {}],
  ])('should refuse the GraphQL list %s', async (query, variables) => {
    const { status, json } = await graphql(query, variables)
    expect(status).toBe(400)
    expect(json.errors[0].extensions.parameter).toMatch(/^(limit|pagination)$/)
  })

  it('should answer a GraphQL list with limit 100', async () => {
    const { status, json } = await graphql('{ Techniques(limit: 100) { docs { id } } }')
    expect(status).toBe(200)
    expect(json.data.Techniques.docs).toEqual([{ id: techniqueId }])
  })
})

describe('ids and where operators', () => {
  it.each(['no-such-slug', 'abc', '1.5', '99999999999'])('should answer 404 for the id %s', async (id) => {
    const response = await asReader(`/articles/${id}`)
    expect(response.status).toBe(404)
    expect(response.json.errors[0].name).toBe('NotFound')
  })

  it('should refuse a non-numeric id in GraphQL as a type error (400), since ids are Int there', async () => {
    const { status, json } = await graphql('{ Article(id: "no-such-slug") { id } }')
    expect(status).toBe(400)
    expect(json.errors[0].message).toContain('Argument "id" has invalid value')
  })

  it.each([
    ['where[body][like]=x', 'where.body.like'],
    ['where[name][near]=1,2', 'where.name.near'],
    ['where[createdAt][like]=2026', 'where.createdAt.like'],
  ])('should answer 400 naming the path for %s', async (query, path) => {
    const response = await asReader(`/techniques?${query}`)
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0].path).toBe(path)
  })

  it('should answer 400 for an operator Payload does not know', async () => {
    const response = await asReader('/techniques?where[name][matches]=x')
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json.errors)).toContain('matches')
  })

  it('should answer 400 for where[body][like] in GraphQL, not a 500', async () => {
    const { json } = await graphql('{ Techniques(where: { body: { like: "x" } }) { docs { id } } }')
    expect(json.errors[0].extensions.statusCode ?? 400).toBe(400)
  })
})
