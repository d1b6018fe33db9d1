/**
 * Review comments and assignments are staff-only (docs/review.md). Tries to read them through
 * REST, GraphQL (lists, single documents, versions, relations that could populate them) and the
 * Local API with overrideAccess: false, as anonymous, as a signed-in reader without a role, and
 * as each staff role.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../../helpers/payload'
import { asLocal, createWorld, type UserKey, type World } from '../../helpers/workflowFixtures'

let world: World
let commentId: number
let articleId: number
const SECRET = `Staff-only remark ${Math.random().toString(36).slice(2, 10)}`

const STAFF: UserKey[] = ['admin', 'editor', 'reviewer']

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
  // A live article with a thread on it: the public can read the article, never the thread.
  const article = await world.make('articles', 'published')
  articleId = article.id
  const res = await world.api.rest('POST', '/review-comments?depth=0', {
    token: world.tokens.reviewer,
    body: { collection: 'articles', documentId: String(article.id), fieldPath: 'title', body: SECRET },
  })
  expect(res.status, res.text).toBe(201)
  commentId = res.json.doc.id
  await world.api.rest('POST', '/review-assignments/assign', {
    token: world.tokens.editor,
    body: { collection: 'articles', id: article.id, reviewer: world.users.reviewer.id },
  })
}, 300_000)

const tokenOf = (who: UserKey | null) => (who ? world.tokens[who] : undefined)

describe('REST', () => {
  it.each([null, 'reader'] as (UserKey | null)[])('should not show comments or assignments to %s', async (who) => {
    for (const path of [
      '/review-comments',
      `/review-comments/${commentId}`,
      `/review-comments?where[documentId][equals]=${articleId}`,
      `/review-comments/threads?collection=articles&id=${articleId}`,
      '/review-assignments',
      `/review-assignments/of?collection=articles&id=${articleId}`,
      '/workflow/queue',
      '/workflow/activity',
      '/payload-locked-documents',
    ]) {
      const res = await world.api.rest('GET', path, { token: tokenOf(who) })
      expect([401, 403], `${path}: ${res.status}`).toContain(res.status)
      expect(res.text).not.toContain(SECRET)
    }
  })

  it.each([null, 'reader'] as (UserKey | null)[])('should not populate comments into what %s can read', async (who) => {
    for (const path of [`/articles/${articleId}?depth=3`, '/articles?depth=3', '/users/me?depth=3']) {
      const res = await world.api.rest('GET', path, { token: tokenOf(who) })
      expect(res.text).not.toContain(SECRET)
      expect(res.text).not.toContain('review-comments')
    }
  })

  it.each(STAFF)('should show the thread to %s', async (who) => {
    const res = await world.api.rest('GET', `/review-comments/${commentId}`, { token: world.tokens[who] })
    expect(res.status, res.text).toBe(200)
    expect(res.json.body).toBe(SECRET)
  })
})

describe('GraphQL', () => {
  const QUERIES = [
    `{ ReviewComments { docs { id body } } }`,
    `query($id: Int!) { ReviewComment(id: $id) { id body } }`,
    `{ countReviewComments { totalDocs } }`,
    `{ ReviewAssignments { docs { id documentId } } }`,
  ]

  it.each([null, 'reader'] as (UserKey | null)[])('should refuse %s every comment query', async (who) => {
    for (const query of QUERIES) {
      const { json } = await world.api.graphql(query, { id: commentId }, tokenOf(who))
      expect(json.errors?.length, query).toBeGreaterThan(0)
      expect(JSON.stringify(json)).not.toContain(SECRET)
    }
  })

  it.each(STAFF)('should answer the same comment query for %s', async (who) => {
    const { json } = await world.api.graphql(QUERIES[1], { id: commentId }, world.tokens[who])
    expect(json.errors, JSON.stringify(json.errors)).toBeUndefined()
    expect(json.data.ReviewComment.body).toBe(SECRET)
  })

  it('should have no versions of comments and no public type that can reach them', async () => {
    const { json: versions } = await world.api.graphql(`{ versionsReviewComments { docs { id } } }`, {}, world.tokens.admin)
    expect(versions.errors?.[0]?.message).toMatch(/Cannot query field/)
    const { json } = await world.api.graphql(
      `{ __schema { types { name kind fields { name type { name kind ofType { name kind ofType { name kind ofType { name } } } } } } } }`,
      {},
      world.tokens.admin,
    )
    const reaches = (type: any): boolean =>
      Boolean(type) && (/^ReviewComment/.test(type.name ?? '') || /^ReviewAssignment/.test(type.name ?? '') || reaches(type.ofType))
    const holders = (json.data.__schema.types as any[])
      .filter((t) => !t.name.startsWith('__') && (t.fields ?? []).some((f: any) => reaches(f.type)))
      .map((t) => t.name)
      .filter((name) => !/^(ReviewComment|ReviewAssignment)/.test(name))
    // Only the root operations, the permission types (what a caller may do, never data) and the
    // staff-only lock and preference collections refer to them; no content, user or audit type does.
    const isAllowed = (name: string) =>
      /^(Query|Mutation|Access|review_commentsAccess|review_assignmentsAccess)$/.test(name) ||
      /DocAccess/.test(name) ||
      /^(PayloadLockedDocument|PayloadPreference)/.test(name)
    expect(holders.filter((name) => !isAllowed(name))).toEqual([])
  })

  it.each([null, 'reader'] as (UserKey | null)[])('should not reach threads through content queries for %s', async (who) => {
    const { json } = await world.api.graphql(
      `query($id: Int!) { Article(id: $id) { id title } Articles { docs { id title } } PayloadLockedDocuments { docs { id } } }`,
      { id: articleId },
      tokenOf(who),
    )
    expect(JSON.stringify(json)).not.toContain(SECRET)
  })
})

describe('Local API with overrideAccess: false', () => {
  it.each([null, 'reader'] as (UserKey | null)[])('should forbid %s to find, count or read a comment', async (who) => {
    const user = who ? asLocal(world.users[who]) : undefined
    const { payload } = world
    await expect(payload.find({ collection: 'review-comments', overrideAccess: false, user })).rejects.toMatchObject({ status: 403 })
    await expect(payload.findByID({ collection: 'review-comments', id: commentId, overrideAccess: false, user })).rejects.toMatchObject({ status: 403 })
    await expect(payload.count({ collection: 'review-comments', overrideAccess: false, user })).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: 'review-assignments', overrideAccess: false, user })).rejects.toMatchObject({ status: 403 })
  })

  it.each(STAFF)('should let %s read the comment', async (who) => {
    const found = await world.payload.findByID({ collection: 'review-comments', id: commentId, overrideAccess: false, user: asLocal(world.users[who]) })
    expect(found.body).toBe(SECRET)
  })
})
