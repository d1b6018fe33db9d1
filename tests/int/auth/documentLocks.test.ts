/**
 * Document locks (issue 8 §7): only staff may lock, and only as themselves, through REST,
 * GraphQL and the Local API with overrideAccess: false.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Api, createApi } from '../../helpers/api'
import { createUser, PASSWORD } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'

type User = Awaited<ReturnType<typeof createUser>>
let payload: Payload
let api: Api
const users = {} as Record<'admin' | 'editor' | 'reviewer' | 'reader', User>
const tokens = {} as Record<'admin' | 'editor' | 'reviewer' | 'reader', string>

const lockBody = (articleId: number | string, userId: number | string) => ({
  document: { relationTo: 'articles', value: articleId },
  user: { relationTo: 'users', value: userId },
})
const newArticle = async () =>
  (await payload.create({ collection: 'articles', data: { title: `Lockable ${Math.random()}` } as never, draft: true })).id
const locksOf = async (articleId: number | string) =>
  (
    await payload.find({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: articleId } },
      depth: 0,
    })
  ).docs as unknown as { user: { value: number } }[]

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  // The first user of a fresh database becomes an admin, so the admin comes first.
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    users[role] = await createUser(payload, [role])
    tokens[role] = await api.login(users[role].email, PASSWORD)
  }
  users.reader = await createUser(payload, [])
  tokens.reader = await api.login(users.reader.email, PASSWORD)
})

describe('document locks', () => {
  it('should refuse a lock from anonymous and from a user without a role (REST)', async () => {
    const articleId = await newArticle()
    for (const token of [undefined, tokens.reader]) {
      const res = await api.rest('POST', '/payload-locked-documents', { token, body: lockBody(articleId, users.admin.id) })
      expect(res.status).toBe(403)
    }
    expect(await locksOf(articleId)).toHaveLength(0)
    const edit = await api.rest('PATCH', `/articles/${articleId}?draft=true`, { token: tokens.editor, body: { title: 'Still editable' } })
    expect(edit.status).toBe(200)
  })

  it('should refuse a lock from a user without a role (GraphQL and Local API)', async () => {
    const articleId = await newArticle()
    const res = await api.graphql(
      `mutation($d: Int!, $u: Int!) { createPayloadLockedDocument(data: { document: { relationTo: articles, value: $d }, user: { relationTo: users, value: $u } }) { id } }`,
      { d: articleId, u: users.admin.id },
      tokens.reader,
    )
    expect(res.json.data?.createPayloadLockedDocument ?? null).toBeNull()
    expect(res.json.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.create({
        collection: 'payload-locked-documents',
        data: lockBody(articleId, users.admin.id) as never,
        overrideAccess: false,
        user: { ...users.reader, collection: 'users' } as never,
      }),
    ).rejects.toThrow(/not allowed|forbidden/i)
    expect(await locksOf(articleId)).toHaveLength(0)
  })

  it('should not let a user without a role read who holds locks', async () => {
    const res = await api.rest('GET', '/payload-locked-documents', { token: tokens.reader })
    expect(res.status).toBe(403)
  })

  for (const role of ['editor', 'reviewer', 'admin'] as const) {
    it(`should file a ${role}'s lock under the ${role}, whatever user it names`, async () => {
      const articleId = await newArticle()
      const other = role === 'admin' ? users.editor : users.admin
      const res = await api.rest('POST', '/payload-locked-documents', { token: tokens[role], body: lockBody(articleId, other.id) })
      expect(res.status).toBe(201)
      const locks = await locksOf(articleId)
      expect(locks).toHaveLength(1)
      expect(locks[0].user.value).toBe(users[role].id)
    })
  }

  it('should file a forged lock under the caller through the Local API too', async () => {
    const articleId = await newArticle()
    await payload.create({
      collection: 'payload-locked-documents',
      data: lockBody(articleId, users.admin.id) as never,
      overrideAccess: false,
      user: { ...users.editor, collection: 'users' } as never,
    })
    expect((await locksOf(articleId))[0].user.value).toBe(users.editor.id)
  })
})
