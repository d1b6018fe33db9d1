/**
 * Access before input (issue 8 §7): a caller who may not write gets 401/403 before any
 * validation runs, so errors cannot reveal which ids exist (even of unpublished drafts).
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Api, createApi } from '../../helpers/api'
import { createUser, PASSWORD } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload
let api: Api
let draftTherapistId: number
const tokens: Record<'anonymous' | 'reader' | 'reviewer', string | undefined> = { anonymous: undefined } as never
const MISSING_ID = 987_654

const COLLECTIONS = ['articles', 'techniques', 'faqs', 'therapists', 'disclaimers', 'media', 'users', 'workflow-events', 'import-records']

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  // The first user of a fresh database becomes an admin, so the admin comes first.
  await createUser(payload, ['admin'])
  const reader = await createUser(payload, [])
  tokens.reader = await api.login(reader.email, PASSWORD)
  const reviewer = await createUser(payload, ['reviewer'])
  tokens.reviewer = await api.login(reviewer.email, PASSWORD)
  const draft = await payload.create({ collection: 'therapists', data: { name: 'Unpublished Therapist' } as never, draft: true })
  draftTherapistId = draft.id as number
})

describe('access before input', () => {
  for (const who of ['anonymous', 'reader', 'reviewer'] as const) {
    it(`should answer ${who} the same 401/403 for an existing draft id and a missing id (REST create)`, async () => {
      const existing = await api.rest('POST', '/articles', { token: tokens[who], body: { title: 'x', author: draftTherapistId } })
      const missing = await api.rest('POST', '/articles', { token: tokens[who], body: { title: 'x', author: MISSING_ID } })
      expect([401, 403]).toContain(existing.status)
      expect(missing.status).toBe(existing.status)
      expect(missing.json).toEqual(existing.json)
    })

    it(`should answer ${who} the same 401/403 for an existing draft id and a missing id (REST update)`, async () => {
      const article = await payload.create({ collection: 'articles', data: { title: `Draft ${who}` } as never, draft: true })
      const existing = await api.rest('PATCH', `/articles/${article.id}`, { token: tokens[who], body: { author: draftTherapistId } })
      const missing = await api.rest('PATCH', `/articles/${article.id}`, { token: tokens[who], body: { author: MISSING_ID } })
      expect([401, 403, 404]).toContain(existing.status)
      expect(missing.status).toBe(existing.status)
      expect(missing.json).toEqual(existing.json)
    })

    it(`should answer ${who} the same error for an existing draft id and a missing id (GraphQL create)`, async () => {
      const mutation = `mutation($a: Int) { createArticle(data: { title: "x", slug: "x-${who}", author: $a }) { id } }`
      const existing = await api.graphql(mutation, { a: draftTherapistId }, tokens[who])
      const missing = await api.graphql(mutation, { a: MISSING_ID }, tokens[who])
      expect(existing.json.errors[0].extensions.statusCode).toBe(403)
      expect(missing.json.errors).toEqual(existing.json.errors)
    })
  }

  it('should refuse anonymous and role-less writers on every collection before reading their input', async () => {
    for (const slug of COLLECTIONS) {
      for (const who of ['anonymous', 'reader'] as const) {
        const res = await api.rest('POST', `/${slug}`, { token: tokens[who], body: { notAField: 1 } })
        expect([401, 403], `${who} POST /${slug}: ${res.text}`).toContain(res.status)
      }
    }
  })

  it('should still name the field for a caller who may write', async () => {
    const editor = await createUser(payload, ['editor'])
    const token = await api.login(editor.email, PASSWORD)
    const res = await api.rest('POST', '/articles', { token, body: { title: 'x', author: MISSING_ID } })
    expect(res.status).toBe(400)
    expect(res.text).toMatch(/author/)
  })
})
