/**
 * Webhooks, their delivery log and machine keys are for admins only: tried through REST,
 * GraphQL and the Local API (overrideAccess: false) as anonymous, as each role and with both
 * kinds of machine key.
 */
process.env.WEBHOOKS_ALLOW_PRIVATE = 'true'

import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../../helpers/payload'
import { createWorld, type UserKey, type World } from '../../helpers/workflowFixtures'
import { createKeyClient, keyHeader } from '../machineKeys/keyClient'
import { type Receiver, startReceiver } from './receiver'

let payload: Payload
let world: World
let client: ReturnType<typeof createKeyClient>
let receiver: Receiver
const ids = {} as Record<string, number>
const keys = {} as Record<'delivery' | 'preview', string>

type Principal = { name: string; authorization?: string; user?: unknown; isAdmin: boolean }
let principals: Principal[] = []

const COLLECTIONS = [
  { slug: 'webhooks', many: 'Webhooks', create: () => ({ name: 'probe', url: receiver.url, events: ['published'] }), isCreatable: true },
  { slug: 'webhook-deliveries', many: 'WebhookDeliveries', create: () => ({ webhook: ids.webhooks, event: 'test', body: '{}' }), isCreatable: false },
  { slug: 'machine-keys', many: 'MachineKeys', create: () => ({ name: 'probe', kind: 'preview' }), isCreatable: true },
] as const

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createWorld(payload)
  client = createKeyClient(payload.config)
  receiver = await startReceiver()
  const hook = await payload.create({ collection: 'webhooks', data: { name: 'existing', url: receiver.url, events: ['published'] } as never })
  ids.webhooks = hook.id
  const sent = await world.api.rest('POST', `/webhooks/${hook.id}/test`, { token: world.tokens.admin })
  ids['webhook-deliveries'] = sent.json.delivery.id
  for (const kind of ['delivery', 'preview'] as const) {
    keys[kind] = randomBytes(24).toString('hex')
    const doc = await payload.create({ collection: 'machine-keys', data: { name: kind, kind, enableAPIKey: true, apiKey: keys[kind] } as never })
    ids[`machine-keys-${kind}`] = doc.id
  }
  ids['machine-keys'] = ids['machine-keys-preview']
  const bearer = (key: UserKey) => `JWT ${world.tokens[key]}`
  const asUser = (key: UserKey) => ({ ...world.users[key], collection: 'users' })
  principals = [
    { name: 'anonymous', isAdmin: false },
    ...(['reader', 'editor', 'reviewer', 'editorReviewer'] as UserKey[]).map((key) => ({
      name: key,
      authorization: bearer(key),
      user: asUser(key),
      isAdmin: false,
    })),
    { name: 'admin', authorization: bearer('admin'), user: asUser('admin'), isAdmin: true },
  ]
  for (const kind of ['delivery', 'preview'] as const) {
    const { user } = await payload.auth({ headers: new Headers({ Authorization: keyHeader(keys[kind]) }) })
    principals.push({ name: `${kind} key`, authorization: keyHeader(keys[kind]), user, isAdmin: false })
  }
}, 240_000)

afterAll(async () => {
  await receiver?.close()
})

describe.each(COLLECTIONS)('$slug', (c) => {
  it('should let only admins list and read it over REST', async () => {
    for (const p of principals) {
      const list = await client.rest('GET', `/${c.slug}?limit=5`, p.authorization)
      const one = await client.rest('GET', `/${c.slug}/${ids[c.slug]}`, p.authorization)
      if (p.isAdmin) {
        expect(list.status, p.name).toBe(200)
        expect(one.status, p.name).toBe(200)
      } else {
        expect(list.status, p.name).toBe(403)
        expect([403, 404], `${p.name}: ${one.status}`).toContain(one.status)
        expect(JSON.stringify(one.json ?? {})).not.toContain(receiver.url)
      }
    }
  })

  it('should refuse writes over REST to everyone but admins (and the log to everyone)', async () => {
    for (const p of principals) {
      const created = await client.rest('POST', `/${c.slug}`, p.authorization, c.create())
      if (p.isAdmin) {
        expect(created.status, `${p.name}: ${JSON.stringify(created.json)}`).toBe(c.isCreatable ? 201 : 403)
        continue
      }
      expect(created.status, p.name).toBe(403)
      expect((await client.rest('PATCH', `/${c.slug}/${ids[c.slug]}`, p.authorization, { name: 'renamed' })).status, p.name).toBe(403)
      expect([403, 404], p.name).toContain((await client.rest('DELETE', `/${c.slug}/${ids[c.slug]}`, p.authorization)).status)
    }
    // Everything the non-admins tried left the existing document as it was.
    const existing = await payload.findByID({ collection: c.slug, id: ids[c.slug], depth: 0 })
    expect((existing as { name?: string }).name ?? '').not.toBe('renamed')
  })

  it('should let only admins query it over GraphQL', async () => {
    for (const p of principals) {
      const res = await client.graphql(`{ ${c.many} { docs { id } } }`, {}, p.authorization)
      if (p.isAdmin) expect(res.json.data?.[c.many]?.docs?.length, p.name).toBeGreaterThan(0)
      else {
        expect(res.json.data?.[c.many] ?? null, p.name).toBeNull()
        expect(res.json.errors?.length, p.name).toBeGreaterThan(0)
      }
    }
  })

  it('should let only admins read it through the Local API with overrideAccess false', async () => {
    for (const p of principals) {
      const find = payload.find({ collection: c.slug, overrideAccess: false, user: p.user as never, depth: 0 })
      if (p.isAdmin) await expect(find).resolves.toMatchObject({ totalDocs: expect.any(Number) })
      else await expect(find, p.name).rejects.toMatchObject({ status: 403 })
      const write = payload.create({ collection: c.slug, data: c.create() as never, overrideAccess: false, user: p.user as never })
      if (p.isAdmin && c.isCreatable) await expect(write).resolves.toMatchObject({ id: expect.any(Number) })
      else await expect(write, p.name).rejects.toMatchObject({ status: 403 })
    }
  })
})

describe('delivery buttons', () => {
  it('should answer 401 to anonymous callers, 403 to everyone but admins, and queue nothing for them', async () => {
    const before = await payload.count({ collection: 'webhook-deliveries' })
    for (const p of principals.filter((principal) => !principal.isAdmin)) {
      const test = await client.rest('POST', `/webhooks/${ids.webhooks}/test`, p.authorization)
      const resend = await client.rest('POST', `/webhook-deliveries/${ids['webhook-deliveries']}/resend`, p.authorization)
      const expected = p.authorization ? 403 : 401
      expect(test.status, p.name).toBe(expected)
      expect(resend.status, p.name).toBe(expected)
    }
    expect((await payload.count({ collection: 'webhook-deliveries' })).totalDocs).toBe(before.totalDocs)
    expect(receiver.received).toHaveLength(1)
  })

  it('should answer 404 for an unknown or malformed id', async () => {
    for (const path of ['/webhooks/999999/test', '/webhooks/abc/test', '/webhook-deliveries/999999/resend', '/webhook-deliveries/-1/resend']) {
      expect((await client.rest('POST', path, `JWT ${world.tokens.admin}`)).status, path).toBe(404)
    }
  })
})
