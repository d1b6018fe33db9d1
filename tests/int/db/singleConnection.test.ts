import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { PASSWORD } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { type ContentSlug, createWorld, CONTENT_SLUGS, type World } from '../../helpers/workflowFixtures'

// One connection and a short acquire timeout: any code path that waits for a second pooled
// connection while its transaction holds the first gets a 503 here, at once, instead of
// hanging a production server when enough such requests arrive together.
Object.assign(process.env, {
  DATABASE_POOL_MAX: '1',
  DATABASE_CONNECTION_TIMEOUT_MS: '3000',
  DATABASE_STATEMENT_TIMEOUT_MS: '0',
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0',
})

let payload: Payload
let world: World

const expectNo503 = (label: string, response: { status: number; json: any }) => {
  expect(response.status, `${label}: ${JSON.stringify(response.json)}`).not.toBe(503)
  expect(response.status, `${label}: ${JSON.stringify(response.json)}`).toBeLessThan(500)
}

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createWorld(payload)
}, 120_000)

describe('every write on a pool of one connection', () => {
  it.each(CONTENT_SLUGS)('should run every workflow action on %s without a second connection', async (collection: ContentSlug) => {
    const { api, tokens } = world
    const created = await api.rest('POST', `/${collection}`, { token: tokens.editor, body: await world.validData(collection) })
    expectNo503('create', created)
    const id = created.json.doc.id
    const steps: [action: string, who: keyof typeof tokens][] = [
      ['submit', 'editor'],
      ['withdraw', 'editor'],
      ['submit', 'editor'],
      ['request_changes', 'reviewer'],
      ['submit', 'editor'],
      ['approve', 'reviewer'],
      ['publish', 'editor'],
      ['reaffirm', 'reviewer'],
      ['unpublish', 'admin'],
      ['restore', 'editor'],
    ]
    for (const [action, who] of steps) {
      const response = await api.rest('POST', `/${collection}/${id}/workflow`, {
        token: tokens[who],
        body: { action, comment: 'Checked on one connection.', acknowledgeFindings: true },
      })
      expectNo503(`${collection} ${action}`, response)
    }
    expectNo503('update', await api.rest('PATCH', `/${collection}/${id}`, { token: tokens.editor, body: {} }))
    expectNo503('schedule', await api.rest('POST', `/${collection}/${id}/workflow/schedule`, {
      token: tokens.editor,
      body: { action: 'publish', at: new Date(Date.now() + 3_600_000).toISOString() },
    }))
    expectNo503('delete', await api.rest('DELETE', `/${collection}/${id}`, { token: tokens.admin }))
  })

  it('should run the auth routes without a second connection', { timeout: 120_000 }, async () => {
    const { api, tokens, users } = world
    const email = users.editor2.email
    expectNo503('login', await api.rest('POST', '/users/login', { body: { email, password: PASSWORD } }))
    expectNo503('wrong login', await api.rest('POST', '/users/login', { body: { email, password: 'wrong-password' } }))
    expectNo503('unlock', await api.rest('POST', '/users/unlock', { token: tokens.admin, body: { email } }))
    expectNo503('forgot', await api.rest('POST', '/users/forgot-password', { body: { email } }))
    expectNo503('reset', await api.rest('POST', '/users/reset-password', { body: { token: 'nope', password: 'whatever-123' } }))
    expectNo503('refresh', await api.rest('POST', '/users/refresh-token', { token: tokens.editor2 }))
    expectNo503('logout', await api.rest('POST', '/users/logout', { token: tokens.editor2 }))
    const user = await api.rest('POST', '/users', {
      token: tokens.admin,
      body: { email: `one-${Date.now()}@relief.test`, name: 'One', password: PASSWORD },
    })
    expectNo503('create user', user)
    expectNo503('update user', await api.rest('PATCH', `/users/${user.json.doc.id}`, { token: tokens.admin, body: { name: 'Two' } }))
    expectNo503('delete user', await api.rest('DELETE', `/users/${user.json.doc.id}`, { token: tokens.admin }))
    expectNo503('global', await api.rest('POST', '/globals/site-settings', { token: tokens.admin, body: { reviewIntervalMonths: 10 } }))
    expectNo503('claims', await api.rest('POST', '/medical-claims/check', { token: tokens.editor, body: { text: 'This cures sciatica.' } }))
    const form = new FormData()
    form.append('files', new Blob(['# One connection\n\nGentle pressure can ease tension.\n'], { type: 'text/markdown' }), 'one.md')
    expectNo503('import', await api.rest('POST', '/import', { token: tokens.admin, form }))
  })

  it('should still refuse an edit of a document another user holds locked, on one connection', async () => {
    const { api, tokens, users } = world
    const created = await api.rest('POST', '/faqs', { token: tokens.editor, body: await world.validData('faqs') })
    const id = created.json.doc.id
    await payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'faqs', value: id }, user: { relationTo: 'users', value: users.editor2.id } },
    })
    const blocked = await api.rest('PATCH', `/faqs/${id}`, { token: tokens.editor, body: { order: 7 } })
    expect(blocked.status, JSON.stringify(blocked.json)).toBe(423)
    const blockedDelete = await api.rest('DELETE', `/faqs?where[id][equals]=${id}`, { token: tokens.admin })
    expect(JSON.stringify(blockedDelete.json)).toMatch(/locked/i)
    expect((await api.rest('GET', `/faqs/${id}?draft=true`, { token: tokens.editor })).status).toBe(200)
    // A fresh session: the auth-route test above logged editor2's first session out.
    const holderToken = await api.login(users.editor2.email, PASSWORD)
    const holder = await api.rest('PATCH', `/faqs/${id}`, { token: holderToken, body: { order: 8 } })
    expectNo503('lock holder edit', holder)
    expect(holder.status).toBe(200)
    // The holder's save released the lock, so others may edit again.
    expect((await api.rest('PATCH', `/faqs/${id}`, { token: tokens.editor, body: { order: 9 } })).status).toBe(200)
  })
})
