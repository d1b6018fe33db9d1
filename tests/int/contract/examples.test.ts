/**
 * The frontend examples under examples/ run against the app's real route handlers (the same
 * ones `next start` serves, in process) and print what a frontend needs; the generated GraphQL
 * types are what the committed schema produces.
 */
import { readFile } from 'node:fs/promises'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { GET as restGet } from '@/app/(payload)/api/[...slug]/route'
import { POST as graphqlPost } from '@/app/(payload)/api/graphql/route'

import { GENERATED_FILE, generateTypes } from '../../../examples/graphql-codegen/codegen'
import * as graphqlExample from '../../../examples/graphql-codegen/client'
import * as sdkExample from '../../../examples/sdk-client/client'
import { getTestPayload } from '../../helpers/payload'
import { createLiveArticle } from '../delivery/fixtures'

const BASE = 'http://localhost:3000/api'
let payload: Payload
let live: Awaited<ReturnType<typeof createLiveArticle>>
const nameOf = (doc: unknown) => (doc as { name: string }).name

/** fetch for the examples: REST GETs and GraphQL POSTs go to the route handlers in process. */
const inProcessFetch = (async (input: string | URL | Request, init?: RequestInit) => {
  const request = new Request(String(input), init)
  const { pathname } = new URL(request.url)
  if (pathname === '/api/graphql') return graphqlPost(request)
  const slug = pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
  return restGet(request, { params: Promise.resolve({ slug }) })
}) as typeof fetch

beforeAll(async () => {
  payload = await getTestPayload()
  live = await createLiveArticle(payload, 'Example article for frontends')
  // A draft self-massage technique: readers must not see it.
  await payload.create({ collection: 'techniques', data: { name: 'Unpublished draft', category: 'self-massage', summary: 'x' } as never })
})

describe('examples', () => {
  it('should list live articles and self-massage techniques with the Payload SDK client', async () => {
    const sdk = sdkExample.createClient(BASE, inProcessFetch)
    expect(await sdkExample.latestArticles(sdk)).toEqual([
      {
        id: live.article.id,
        title: 'Example article for frontends',
        slug: live.article.slug,
        author: nameOf(live.author),
        authorHasBio: true,
        topics: [],
      },
    ])
    expect(await sdkExample.selfMassageTechniques(sdk)).toEqual([{ name: nameOf(live.technique), category: 'self-massage' }])
  })

  it('should give the same answers with the GraphQL codegen client', async () => {
    const client = graphqlExample.createGraphqlClient(`${BASE}/graphql`, inProcessFetch)
    expect(await graphqlExample.latestArticles(client)).toEqual([
      { id: live.article.id, title: 'Example article for frontends', slug: live.article.slug, author: nameOf(live.author), topics: [] },
    ])
    expect(await graphqlExample.selfMassageTechniques(client)).toEqual([{ name: nameOf(live.technique), category: 'self-massage' }])
  })

  it('should have generated.ts committed as codegen writes it from schema.graphql', async () => {
    expect((await readFile(GENERATED_FILE, 'utf8')) === (await generateTypes())).toBe(true)
  })
})
