/**
 * Reads without `draft=true` are live reads for everyone (issue 10): a staff token sees the
 * published wording unless it asks for drafts, so a static build that authenticates cannot
 * publish a draft. The admin panel's own reads (`draft: true`) still see drafts.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createApi } from '../../helpers/api'
import { createUser, PASSWORD } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createDeliveryClient } from './deliveryClient'
import { createLiveArticle, rand, saveDraftTitle } from './fixtures'

let payload: Payload
let client: ReturnType<typeof createDeliveryClient>
let api: ReturnType<typeof createApi>
let editor: Awaited<ReturnType<typeof createUser>>
let auth: Record<string, string>
let liveId: number
let liveTitle: string
let draftTitle: string
let draftOnlyId: number

beforeAll(async () => {
  payload = await getTestPayload()
  client = createDeliveryClient(payload.config)
  api = createApi(payload.config)
  editor = await createUser(payload, ['editor'])
  auth = { Authorization: `JWT ${await api.login(editor.email, PASSWORD)}` }
  const { article } = await createLiveArticle(payload)
  liveId = article.id
  liveTitle = article.title as string
  draftTitle = `Forward draft ${rand()}`
  await saveDraftTitle(payload, liveId, draftTitle)
  const draftOnly = await payload.create({
    collection: 'articles',
    data: { title: `Never published ${rand()}`, _status: 'draft' } as any,
    draft: true,
  })
  draftOnlyId = draftOnly.id
})

describe('staff reads without draft=true', () => {
  it('should give a staff token the live title by id while a forward draft exists', async () => {
    const response = await client.request('GET', `/articles/${liveId}?depth=0`, auth)
    expect(response.status).toBe(200)
    expect((await response.json()).title).toBe(liveTitle)
  })

  it('should give a staff token the draft title by id with draft=true', async () => {
    const response = await client.request('GET', `/articles/${liveId}?depth=0&draft=true`, auth)
    expect((await response.json()).title).toBe(draftTitle)
  })

  it('should keep never-published documents out of a staff list, count and read by id without draft=true', async () => {
    const list = await (await client.request('GET', '/articles?depth=0&limit=100', auth)).json()
    const ids = list.docs.map((d: { id: number }) => d.id)
    expect(ids).toContain(liveId)
    expect(ids).not.toContain(draftOnlyId)
    expect(list.docs.find((d: { id: number }) => d.id === liveId).title).toBe(liveTitle)
    const count = await (await client.request('GET', `/articles/count?where[id][equals]=${draftOnlyId}`, auth)).json()
    expect(count.totalDocs).toBe(0)
    const byId = await client.request('GET', `/articles/${draftOnlyId}`, auth)
    expect(byId.status).toBe(404)
  })

  it('should show a staff list with draft=true the drafts', async () => {
    const list = await (await client.request('GET', '/articles?depth=0&limit=100&draft=true', auth)).json()
    const ids = list.docs.map((d: { id: number }) => d.id)
    expect(ids).toContain(draftOnlyId)
    expect(list.docs.find((d: { id: number }) => d.id === liveId).title).toBe(draftTitle)
    const byId = await client.request('GET', `/articles/${draftOnlyId}?draft=true`, auth)
    expect(byId.status).toBe(200)
  })

  it('should give GraphQL staff reads the live title unless draft: true is asked', async () => {
    const token = auth.Authorization.replace('JWT ', '')
    const live = await api.graphql(`{ Article(id: ${liveId}) { title } }`, {}, token)
    expect(live.json.data.Article.title).toBe(liveTitle)
    const draft = await api.graphql(`{ Article(id: ${liveId}, draft: true) { title } }`, {}, token)
    expect(draft.json.data.Article.title).toBe(draftTitle)
    const list = await api.graphql(`{ Articles(limit: 100) { docs { id } } }`, {}, token)
    expect(list.json.data.Articles.docs.map((d: { id: number }) => d.id)).not.toContain(draftOnlyId)
  })

  it('should keep the admin panel reads (Local API with draft: true, as its list and edit views call it) seeing drafts', async () => {
    const user = { ...editor, collection: 'users' } as any
    const list = await payload.find({ collection: 'articles', draft: true, user, overrideAccess: false, limit: 100 })
    expect(list.docs.map((d) => d.id)).toContain(draftOnlyId)
    const doc = await payload.findByID({ collection: 'articles', id: liveId, draft: true, user, overrideAccess: false })
    expect(doc.title).toBe(draftTitle)
  })

  it('should still give anonymous readers the live title only, even with draft=true', async () => {
    const plain = await (await client.request('GET', `/articles/${liveId}?depth=0`)).json()
    expect(plain.title).toBe(liveTitle)
    const asked = await client.request('GET', `/articles/${liveId}?depth=0&draft=true`)
    expect(JSON.stringify(await asked.json())).not.toContain(draftTitle)
  })
})
