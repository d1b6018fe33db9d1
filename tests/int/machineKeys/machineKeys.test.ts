/**
 * Machine keys: delivery keys read what the public reads even with draft=true, preview keys
 * read drafts with draft=true and write nothing, a revoked or unknown key answers 401, and a
 * key never gets staff data or the admin panel.
 */
import { randomBytes } from 'node:crypto'
import { canAccessAdmin, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../../helpers/payload'
import { createWorld, type World } from '../../helpers/workflowFixtures'
import { createKeyClient, keyHeader } from './keyClient'

let payload: Payload
let world: World
let client: ReturnType<typeof createKeyClient>
let deliveryKey: string
let previewKey: string
let previewKeyId: number
let live: { id: number; liveTitle: string; draftTitle: string }
let draftOnly: { id: number; title: string }

const newKey = () => randomBytes(24).toString('hex')

const createKey = async (kind: 'delivery' | 'preview', key = newKey()) => {
  const res = await world.api.rest('POST', '/machine-keys', {
    token: world.tokens.admin,
    body: { name: `${kind} key`, kind, enableAPIKey: true, apiKey: key },
  })
  expect(res.status, JSON.stringify(res.json)).toBe(201)
  return { key, id: res.json.doc.id as number, doc: res.json.doc }
}

const ARTICLE_GQL = `query($id: Int!) { Article(id: $id, draft: true) { id title } }`
const ARTICLES_GQL = `query($id: JSON) { Articles(draft: true, where: { id: { equals: $id } }) { docs { id title } } }`

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createWorld(payload)
  client = createKeyClient(payload.config)
  deliveryKey = (await createKey('delivery')).key
  const preview = await createKey('preview')
  previewKey = preview.key
  previewKeyId = preview.id

  const published = await world.make('articles', 'published')
  const edited = await world.edit('articles', published.id)
  live = { id: published.id, liveTitle: published.title, draftTitle: (edited as { title: string }).title }
  expect(live.draftTitle).not.toBe(live.liveTitle)
  const draft = await world.make('articles', 'draft')
  draftOnly = { id: draft.id, title: draft.title }
}, 240_000)

describe('delivery keys', () => {
  it('should read live content only, even with draft=true, through REST and GraphQL', async () => {
    const auth = keyHeader(deliveryKey)
    const byId = await client.rest('GET', `/articles/${live.id}?draft=true&depth=0`, auth)
    expect(byId.status).toBe(200)
    expect(byId.json.title).toBe(live.liveTitle)

    const list = await client.rest('GET', `/articles?draft=true&depth=0&limit=100`, auth)
    expect(list.status).toBe(200)
    const titles = list.json.docs.map((d: { title: string }) => d.title)
    expect(titles).toContain(live.liveTitle)
    expect(titles).not.toContain(live.draftTitle)
    expect(titles).not.toContain(draftOnly.title)

    expect((await client.rest('GET', `/articles/${draftOnly.id}?draft=true`, auth)).status).toBe(404)

    const one = await client.graphql(ARTICLE_GQL, { id: live.id }, auth)
    expect(one.json.data?.Article?.title).toBe(live.liveTitle)
    const many = await client.graphql(ARTICLES_GQL, { id: draftOnly.id }, auth)
    expect(many.json.data?.Articles?.docs ?? []).toEqual([])
  })

  it('should answer private, no-store', async () => {
    const res = await client.rest('GET', `/articles/${live.id}`, keyHeader(deliveryKey))
    expect(res.headers.get('Cache-Control')).toBe('private, no-store')
    expect(res.headers.get('ETag')).toBeNull()
  })

  it('should read live content only through the Local API with overrideAccess false', async () => {
    const { user } = await payload.auth({ headers: new Headers({ Authorization: keyHeader(deliveryKey) }) })
    expect(user?.collection).toBe('machine-keys')
    const doc = await payload.findByID({ collection: 'articles', id: live.id, draft: true, overrideAccess: false, user: user as never })
    expect(doc.title).toBe(live.liveTitle)
    await expect(
      payload.findByID({ collection: 'articles', id: draftOnly.id, draft: true, overrideAccess: false, user: user as never }),
    ).rejects.toMatchObject({ status: 404 })
  })
})

describe('preview keys', () => {
  it('should read drafts with draft=true and live content without it', async () => {
    const auth = keyHeader(previewKey)
    const draft = await client.rest('GET', `/articles/${live.id}?draft=true&depth=0`, auth)
    expect(draft.status).toBe(200)
    expect(draft.json.title).toBe(live.draftTitle)
    // Staff-only fields stay hidden: a preview key holds no role.
    expect(draft.json.workflow).toBeUndefined()

    const plain = await client.rest('GET', `/articles/${live.id}?depth=0`, auth)
    expect(plain.json.title).toBe(live.liveTitle)

    expect((await client.rest('GET', `/articles/${draftOnly.id}?draft=true`, auth)).json.title).toBe(draftOnly.title)
    expect((await client.rest('GET', `/articles/${draftOnly.id}`, auth)).status).toBe(404)

    const one = await client.graphql(ARTICLE_GQL, { id: live.id }, auth)
    expect(one.json.data?.Article?.title).toBe(live.draftTitle)
  })

  it('should be refused every write with 403: REST, GraphQL, workflow, import and the claims check', async () => {
    const auth = keyHeader(previewKey)
    const data = await world.validData('articles')
    const attempts = [
      await client.rest('POST', '/articles', auth, data),
      await client.rest('PATCH', `/articles/${live.id}`, auth, { title: 'changed by a machine' }),
      await client.rest('PATCH', `/articles?where[id][equals]=${live.id}`, auth, { title: 'changed by a machine' }),
      await client.rest('DELETE', `/articles/${draftOnly.id}`, auth),
      await client.rest('POST', `/articles/${live.id}/workflow`, auth, { action: 'submit' }),
      await client.rest('POST', `/articles/${live.id}/workflow/schedule`, auth, { action: 'publish', at: new Date(Date.now() + 3_600_000).toISOString() }),
      await client.rest('POST', '/import', auth, {}),
      await client.rest('POST', '/medical-claims/check', auth, { text: 'Massage cures sciatica.' }),
      await client.rest('POST', '/media', auth, { alt: 'x' }),
      await client.rest('POST', '/globals/site-settings', auth, { siteName: 'machine' }),
      await client.rest('POST', '/webhooks', auth, { name: 'x', url: 'https://example.com', events: ['published'] }),
      await client.rest('POST', '/machine-keys', auth, { name: 'x', kind: 'preview' }),
      await client.rest('PATCH', `/machine-keys/${previewKeyId}`, auth, { kind: 'delivery' }),
      await client.rest('PATCH', `/users/${previewKeyId}`, auth, { name: 'machine' }),
    ]
    for (const [i, res] of attempts.entries()) expect(res.status, `attempt ${i}: ${JSON.stringify(res.json)}`).toBe(403)

    const mutation = await client.graphql(
      `mutation($id: Int!) { updateArticle(id: $id, data: { title: "changed by a machine" }) { id } }`,
      { id: live.id },
      auth,
    )
    expect(mutation.json.errors?.[0]?.extensions?.statusCode ?? mutation.json.errors?.[0]?.message).toBeTruthy()
    expect(mutation.json.data?.updateArticle ?? null).toBeNull()
    const transition = await client.graphql(
      `mutation($id: String!) { workflowTransition(collection: articles, id: $id, action: "submit") { id } }`,
      { id: String(live.id) },
      auth,
    )
    expect(transition.json.data?.workflowTransition ?? null).toBeNull()

    const after = await world.latest('articles', live.id)
    expect(after.title).toBe(live.draftTitle)
    expect(await payload.findByID({ collection: 'articles', id: draftOnly.id, draft: true, disableErrors: true })).not.toBeNull()
  })

  it('should be refused writes through the Local API with overrideAccess false', async () => {
    const { user } = await payload.auth({ headers: new Headers({ Authorization: keyHeader(previewKey) }) })
    await expect(
      payload.update({ collection: 'articles', id: live.id, data: { title: 'machine' }, overrideAccess: false, user: user as never }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({ collection: 'articles', data: (await world.validData('articles')) as never, overrideAccess: false, user: user as never }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('every machine key', () => {
  it('should never read staff data: users, workflow events, keys, webhooks, deliveries, jobs', async () => {
    for (const key of [deliveryKey, previewKey]) {
      for (const path of ['/users', `/users/${previewKeyId}`, '/workflow-events', '/machine-keys', '/webhooks', '/webhook-deliveries', '/payload-jobs', '/import-records']) {
        const res = await client.rest('GET', path, keyHeader(key))
        expect([403, 404], `${path}: ${res.status}`).toContain(res.status)
      }
      const me = await client.graphql(`{ Users { docs { id email } } }`, {}, keyHeader(key))
      expect(me.json.data?.Users ?? null).toBeNull()
    }
  })

  it('should never open the admin panel', async () => {
    for (const key of [deliveryKey, previewKey]) {
      const { user, permissions } = await payload.auth({ headers: new Headers({ Authorization: keyHeader(key) }) })
      expect(user?.collection).toBe('machine-keys')
      expect(permissions.canAccessAdmin).not.toBe(true)
      await expect(canAccessAdmin({ req: { payload, user } as never })).rejects.toThrow()
    }
  })

  it('should record its last use at most once a minute', async () => {
    const { key, id } = await createKey('delivery')
    const before = await payload.findByID({ collection: 'machine-keys', id, depth: 0 })
    expect(before.lastUsedAt ?? null).toBeNull()
    await client.rest('GET', '/articles?limit=1', keyHeader(key))
    const first = (await payload.findByID({ collection: 'machine-keys', id, depth: 0 })).lastUsedAt
    expect(first).toBeTruthy()
    expect(Math.abs(new Date(first!).getTime() - Date.now())).toBeLessThan(30_000)
    await client.rest('GET', '/articles?limit=1', keyHeader(key))
    expect((await payload.findByID({ collection: 'machine-keys', id, depth: 0 })).lastUsedAt).toBe(first)
  })

  it('should answer 401, not anonymous content, once revoked, and for unknown keys', async () => {
    const { key, id } = await createKey('delivery')
    expect((await client.rest('GET', '/articles?limit=1', keyHeader(key))).status).toBe(200)
    const revoke = await world.api.rest('PATCH', `/machine-keys/${id}`, { token: world.tokens.admin, body: { revoked: true } })
    expect(revoke.status).toBe(200)
    expect(revoke.json.doc.revokedAt).toBeTruthy()

    for (const auth of [keyHeader(key), keyHeader('never-issued'), keyHeader('')]) {
      const rest = await client.rest('GET', '/articles?limit=1', auth)
      expect(rest.status).toBe(401)
      expect(rest.json.docs).toBeUndefined()
      expect((await client.graphql(`{ Articles { docs { id } } }`, {}, auth)).status).toBe(401)
    }
    // Un-revoking does not bring the key back.
    await world.api.rest('PATCH', `/machine-keys/${id}`, { token: world.tokens.admin, body: { revoked: false } })
    expect((await payload.findByID({ collection: 'machine-keys', id, depth: 0 })).revoked).toBe(true)
    expect((await client.rest('GET', '/articles?limit=1', keyHeader(key))).status).toBe(401)
    // Payload's own API-key strategy cannot find it either.
    expect((await payload.auth({ headers: new Headers({ Authorization: keyHeader(key) }) })).user).toBeNull()
  })

  it('should never return the key itself', async () => {
    const { doc, id } = await createKey('preview')
    expect(doc.apiKey).toBeUndefined()
    expect(doc.apiKeyIndex).toBeUndefined()
    const read = await world.api.rest('GET', `/machine-keys/${id}`, { token: world.tokens.admin })
    expect(read.json.apiKey).toBeUndefined()
    expect(read.json.apiKeyIndex).toBeUndefined()
  })
})
