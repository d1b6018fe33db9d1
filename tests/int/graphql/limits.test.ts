/**
 * GraphQL operation limits (issue 8 §3, README "Operating Relief CMS") through Payload's real GraphQL route:
 * aliases, root fields, a cost model counting database work, fragment cycles, suggestions.
 */
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { MAX_ALIASES, MAX_QUERY_COST, MAX_ROOT_FIELDS } from '@/graphql/limits'

import { POST } from '@/app/(payload)/api/graphql/route'

import { type Api, createApi } from '../../helpers/api'
import { createUser, PASSWORD } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload
let api: Api
let editorToken: string

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  await createUser(payload, ['admin'])
  const editor = await createUser(payload, ['editor'])
  editorToken = await api.login(editor.email, PASSWORD)
})

const environment = process.env.NODE_ENV
afterEach(() => {
  Object.assign(process.env, { NODE_ENV: environment })
})

/** Through the app's own route file: Payload's handler plus the 400 for refused requests. */
const graphql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await POST(
    new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) }),
  )
  const text = await response.text()
  return { status: response.status, json: JSON.parse(text), contentType: response.headers.get('content-type') }
}

const messages = (json: { errors?: { message: string }[] }) => (json.errors ?? []).map((error) => error.message)

describe('GraphQL operation limits', () => {
  it('should refuse 500 aliases of Articles(limit: 1) with 400 naming the limits, without executing them', async () => {
    const query = `{ ${Array.from({ length: 500 }, (_, index) => `a${index}: Articles(limit: 1) { totalDocs }`).join(' ')} }`
    const started = Date.now()
    const res = await graphql(query)
    expect(res.status).toBe(400)
    expect(res.json.data).toBeUndefined()
    expect(messages(res.json)).toEqual(
      expect.arrayContaining([
        `The operation uses 500 aliases; the limit is ${MAX_ALIASES}.`,
        `The operation asks for 500 root fields; the limit is ${MAX_ROOT_FIELDS}.`,
        expect.stringMatching(new RegExp(`database cost is 500; the limit is ${MAX_QUERY_COST}`)),
      ]),
    )
    // Liveness only: executing them took 27-29 s.
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('should allow up to the alias limit and count root fields reached through fragments', async () => {
    const aliases = Array.from({ length: MAX_ALIASES }, (_, index) => `a${index}: Articles(limit: 1) { totalDocs }`)
    const ok = await graphql(`{ ${aliases.join(' ')} }`)
    expect(ok.status).toBe(200)
    expect(ok.json.data.a0.totalDocs).toBe(0)

    const fields = Array.from({ length: MAX_ROOT_FIELDS + 1 }, (_, index) => `f${index}: countArticles { totalDocs }`)
    const viaFragment = await graphql(`query { ...Many } fragment Many on Query { ${fields.join(' ')} }`)
    expect(viaFragment.status).toBe(400)
    expect(messages(viaFragment.json)).toContain(
      `The operation asks for ${MAX_ROOT_FIELDS + 1} root fields; the limit is ${MAX_ROOT_FIELDS}.`,
    )
  })

  it('should price relationships per parent document, using the limit from the query or its variables', async () => {
    const query = `query($limit: Int) { Articles(limit: $limit) { docs { title author { name } techniques { name } heroImage { url } } } }`
    // 1 for the page + 3 relationships × 100 documents.
    const expensive = await graphql(query, { limit: 100 }, editorToken)
    expect(expensive.status).toBe(400)
    expect(messages(expensive.json)).toEqual([expect.stringMatching(/estimated database cost is 301; the limit is 300/)])
    const cheap = await graphql(query, { limit: 10 }, editorToken)
    expect(cheap.status).toBe(200)
    expect(cheap.json.errors).toBeUndefined()
    // No limit means Payload's page of 10; limit 0 means every document.
    expect((await graphql(query.replace('query($limit: Int) ', '').replace('(limit: $limit)', ''), {}, editorToken)).status).toBe(200)
    expect((await graphql(query, { limit: 0 }, editorToken)).status).toBe(400)
  })

  it('should answer a fragment cycle with 400 and a JSON error, not a 500 with an empty body', async () => {
    const res = await graphql(
      `query { Articles { ...A } } fragment A on Articles { totalDocs ...B } fragment B on Articles { docs { id } ...A }`,
    )
    expect(res.status).toBe(400)
    expect(messages(res.json)).toEqual(
      expect.arrayContaining(['Cannot spread fragment "A" within itself.', 'Cannot spread fragment "B" within itself.']),
    )
    const self = await graphql(`query { Articles { ...A } } fragment A on Articles { totalDocs ...A }`)
    expect(self.status).toBe(400)
    expect(messages(self.json)).toContain('Cannot spread fragment "A" within itself.')
  })

  it('should drop "Did you mean" suggestions in production only', async () => {
    const query = '{ Articles { docs { titel } } }'
    const development = await graphql(query)
    expect(development.status).toBe(400)
    expect(messages(development.json)[0]).toMatch(/Did you mean "title"\?/)
    Object.assign(process.env, { NODE_ENV: 'production' })
    const production = await graphql(query)
    expect(production.status).toBe(400)
    expect(messages(production.json)).toEqual(['Cannot query field "titel" on type "Article".'])
  })
})
