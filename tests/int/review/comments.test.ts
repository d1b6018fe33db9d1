/**
 * Review comments (docs/review.md): threads anchored at passages, the audit-trail rules (no
 * edits, admin-only delete), resolve and reopen, and the two transitions that carry threads
 * through the transition table (request_changes points at passages, submit replies).
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../../helpers/payload'
import { createWorld, type UserKey, type World } from '../../helpers/workflowFixtures'

let world: World
const PASSAGE = 'can feel soothing'

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
}, 300_000)

const post = (who: UserKey | null, path: string, body?: unknown) =>
  world.api.rest('POST', path, { token: who ? world.tokens[who] : undefined, body })

const comment = (who: UserKey, body: Record<string, unknown>) => post(who, '/review-comments?depth=0', body)

const commentsOf = async (collection: string, id: number | string) =>
  (
    await world.payload.find({
      collection: 'review-comments',
      where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(id) } }] },
      sort: 'createdAt',
      limit: 100,
      depth: 0,
    })
  ).docs

const openThread = async (id: number, who: UserKey = 'reviewer') => {
  const res = await comment(who, {
    collection: 'articles',
    documentId: String(id),
    fieldPath: 'body',
    locale: 'en',
    quote: PASSAGE,
    body: 'Say "may feel soothing for some people".',
  })
  expect(res.status, res.text).toBe(201)
  return res.json.doc
}

describe('writing comments', () => {
  it('should anchor a reviewer comment at the quoted words, with the caller as author', async () => {
    const doc = await world.make('articles', 'in_review')
    const created = await openThread(doc.id)
    expect(created).toMatchObject({ fieldPath: 'body', locale: 'en', quote: PASSAGE, status: 'open' })
    expect(created.rangeEnd - created.rangeStart).toBe(PASSAGE.length)
    expect(created.author).toBe(world.users.reviewer.id)
  })

  it('should file the comment under the caller even when the body names another author or an event', async () => {
    const doc = await world.make('articles', 'in_review')
    const [someEvent] = await world.events('articles', doc.id)
    const res = await comment('editor', {
      collection: 'articles',
      documentId: String(doc.id),
      fieldPath: 'title',
      body: 'Title reads well.',
      author: world.users.admin.id,
      event: someEvent.id,
      status: 'resolved',
    })
    expect(res.status, res.text).toBe(201)
    expect(res.json.doc).toMatchObject({ author: world.users.editor.id, status: 'open' })
    expect(res.json.doc.event ?? null).toBeNull()
  })

  it.each([
    ['an empty comment', ''],
    ['a comment of only spaces', '   \n '],
    ['a missing comment', undefined],
  ])('should answer 400 to %s and write nothing', async (_label, body) => {
    const doc = await world.make('articles', 'in_review')
    const res = await comment('reviewer', { collection: 'articles', documentId: String(doc.id), fieldPath: 'body', body })
    expect(res.status, res.text).toBe(400)
    expect(JSON.stringify(res.json.errors)).toContain('body')
    expect(await commentsOf('articles', doc.id)).toHaveLength(0)
  })

  it('should answer 404 for a document that does not exist, and for one deleted since', async () => {
    const res = await comment('reviewer', { collection: 'articles', documentId: '99999999', fieldPath: 'body', body: 'Hello' })
    expect(res.status, res.text).toBe(404)
    const doc = await world.make('articles')
    await world.payload.delete({ collection: 'articles', id: doc.id })
    const gone = await comment('reviewer', { collection: 'articles', documentId: String(doc.id), fieldPath: 'body', body: 'Hi' })
    expect(gone.status, gone.text).toBe(404)
    expect(await commentsOf('articles', doc.id)).toHaveLength(0)
  })

  it('should answer 400 naming the field for an unknown field path or words that are not in the field', async () => {
    const doc = await world.make('articles', 'in_review')
    const unknown = await comment('reviewer', { collection: 'articles', documentId: String(doc.id), fieldPath: 'nope', body: 'x' })
    expect(unknown.status, unknown.text).toBe(400)
    expect(JSON.stringify(unknown.json.errors)).toContain('fieldPath')
    const missing = await comment('reviewer', {
      collection: 'articles',
      documentId: String(doc.id),
      fieldPath: 'body',
      quote: 'cures every back',
      body: 'x',
    })
    expect(missing.status, missing.text).toBe(400)
    expect(JSON.stringify(missing.json.errors)).toContain('quote')
    expect(await commentsOf('articles', doc.id)).toHaveLength(0)
  })

  it('should refuse a reader without a role (403) and anonymous callers (401 or 403)', async () => {
    const doc = await world.make('articles', 'in_review')
    const body = { collection: 'articles', documentId: String(doc.id), fieldPath: 'body', body: 'x' }
    expect((await comment('reader', body)).status).toBe(403)
    expect([401, 403]).toContain((await post(null, '/review-comments', body)).status)
    expect(await commentsOf('articles', doc.id)).toHaveLength(0)
  })

  it('should thread a reply under the root with the root anchor, even when it answers a reply', async () => {
    const doc = await world.make('articles', 'in_review')
    const root = await openThread(doc.id)
    const first = await comment('editor', { collection: 'articles', documentId: String(doc.id), fieldPath: 'title', parent: root.id, body: 'Changed it.' })
    expect(first.status, first.text).toBe(201)
    const second = await comment('reviewer', { collection: 'articles', documentId: String(doc.id), fieldPath: 'title', parent: first.json.doc.id, body: 'Thanks.' })
    expect(second.status, second.text).toBe(201)
    for (const reply of [first.json.doc, second.json.doc]) {
      expect(reply).toMatchObject({ parent: root.id, fieldPath: 'body', quote: PASSAGE })
    }
    const threads = await world.api.rest('GET', `/review-comments/threads?collection=articles&id=${doc.id}`, { token: world.tokens.editor })
    expect(threads.status, threads.text).toBe(200)
    expect(threads.json.threads).toHaveLength(1)
    expect(threads.json.threads[0].replies.map((r: any) => r.body)).toEqual(['Changed it.', 'Thanks.'])
    expect(threads.json.threads[0].authorName).toBe(world.users.reviewer.name)
  })
})

describe('the audit trail', () => {
  it.each(['editor', 'reviewer', 'admin'] as UserKey[])('should refuse a %s editing a comment, through REST and the Local API', async (who) => {
    const doc = await world.make('articles', 'in_review')
    const root = await openThread(doc.id)
    const res = await world.api.rest('PATCH', `/review-comments/${root.id}`, { token: world.tokens[who], body: { body: 'rewritten' } })
    expect(res.status, res.text).toBe(403)
    await expect(
      world.payload.update({ collection: 'review-comments', id: root.id, data: { body: 'rewritten' }, overrideAccess: false, user: { ...world.users[who], collection: 'users' } as never }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await world.payload.findByID({ collection: 'review-comments', id: root.id })).body).toBe(root.body)
  })

  it('should let only an admin delete a comment', async () => {
    const doc = await world.make('articles', 'in_review')
    const root = await openThread(doc.id)
    for (const who of ['editor', 'reviewer'] as UserKey[]) {
      expect((await world.api.rest('DELETE', `/review-comments/${root.id}`, { token: world.tokens[who] })).status).toBe(403)
    }
    expect((await world.api.rest('DELETE', `/review-comments/${root.id}`, { token: world.tokens.admin })).status).toBe(200)
  })
})

describe('resolve and reopen', () => {
  it('should let a reviewer resolve and an editor reopen, recording who resolved', async () => {
    const doc = await world.make('articles', 'in_review')
    const root = await openThread(doc.id)
    expect((await post('editor', `/review-comments/${root.id}/resolve`)).status).toBe(403)
    const resolved = await post('reviewer2', `/review-comments/${root.id}/resolve`)
    expect(resolved.status, resolved.text).toBe(200)
    expect(resolved.json.doc).toMatchObject({ status: 'resolved', resolvedBy: world.users.reviewer2.id })
    expect((await post('reviewer', `/review-comments/${root.id}/resolve`)).status).toBe(409)
    const reopened = await post('editor', `/review-comments/${root.id}/reopen`)
    expect(reopened.status, reopened.text).toBe(200)
    expect(reopened.json.doc).toMatchObject({ status: 'open', resolvedBy: null })
  })

  it('should answer 400 to resolving a reply, 404 to an unknown id and 401/403 to anonymous and readers', async () => {
    const doc = await world.make('articles', 'in_review')
    const root = await openThread(doc.id)
    const reply = await comment('editor', { collection: 'articles', documentId: String(doc.id), fieldPath: 'body', parent: root.id, body: 'ok' })
    expect((await post('reviewer', `/review-comments/${reply.json.doc.id}/resolve`)).status).toBe(400)
    expect((await post('reviewer', '/review-comments/99999999/resolve')).status).toBe(404)
    expect((await post(null, `/review-comments/${root.id}/resolve`)).status).toBe(401)
    expect((await post('reader', `/review-comments/${root.id}/reopen`)).status).toBe(403)
    expect((await world.payload.findByID({ collection: 'review-comments', id: root.id })).status).toBe('open')
  })
})

describe('threads in transitions', () => {
  it('should point request changes at a thread and a new passage, linking both to the event', async () => {
    const doc = await world.make('articles', 'in_review')
    const root = await openThread(doc.id)
    await post('reviewer', `/review-comments/${root.id}/resolve`)
    const res = await world.restAct(world.tokens.reviewer, 'articles', doc.id, {
      action: 'request_changes',
      comment: 'Soften the claims.',
      comments: [root.id, { fieldPath: 'excerpt', quote: 'may ease tension', locale: 'en', body: 'Add who this is for.' }],
    })
    expect(res.status, res.text).toBe(200)
    const eventId = res.json.event.id
    const all = await commentsOf('articles', doc.id)
    const linked = all.filter((c) => c.event === eventId)
    expect(linked).toHaveLength(2)
    expect(linked.find((c) => c.parent === root.id)?.body).toBe('Soften the claims.')
    expect(linked.find((c) => !c.parent)).toMatchObject({ fieldPath: 'excerpt', quote: 'may ease tension', body: 'Add who this is for.' })
    // Pointing at a resolved thread reopens it.
    expect(all.find((c) => c.id === root.id)?.status).toBe('open')
  })

  it('should roll the whole transition back when it points at a thread of another document (422)', async () => {
    const doc = await world.make('articles', 'in_review')
    const other = await world.make('articles', 'in_review')
    const foreign = await openThread(other.id)
    const events = await world.eventCount('articles', doc.id)
    const res = await world.restAct(world.tokens.reviewer, 'articles', doc.id, {
      action: 'request_changes',
      comment: 'Soften the claims.',
      comments: [{ fieldPath: 'body', quote: PASSAGE }, foreign.id],
    })
    expect(res.status, res.text).toBe(422)
    expect(res.json.errors[0].data.field).toBe('comments.1')
    expect((await world.latest('articles', doc.id)).workflowState).toBe('in_review')
    expect(await world.eventCount('articles', doc.id)).toBe(events)
    expect(await commentsOf('articles', doc.id)).toHaveLength(0)
  })

  it('should answer 400 and change nothing when an anchor quotes words that are not there', async () => {
    const doc = await world.make('articles', 'in_review')
    const res = await world.restAct(world.tokens.reviewer, 'articles', doc.id, {
      action: 'request_changes',
      comment: 'Fix it.',
      comments: [{ fieldPath: 'body', quote: 'words nobody wrote' }],
    })
    expect(res.status, res.text).toBe(400)
    expect((await world.latest('articles', doc.id)).workflowState).toBe('in_review')
    expect(await commentsOf('articles', doc.id)).toHaveLength(0)
  })

  it.each([
    ['comments on submit', 'submit', { comments: [] }],
    ['a reply on request_changes', 'request_changes', { comment: 'x', reply: 'y' }],
    ['comments that are not a list', 'request_changes', { comment: 'x', comments: 'all' }],
    ['an anchor without a field path', 'request_changes', { comment: 'x', comments: [{ quote: 'y' }] }],
    ['an anchor with unknown keys', 'request_changes', { comment: 'x', comments: [{ fieldPath: 'body', colour: 'red' }] }],
  ])('should answer 400 to %s', async (_label, action, extra) => {
    const doc = await world.make('articles', action === 'submit' ? 'changes_requested' : 'in_review')
    const res = await world.restAct(world.tokens[action === 'submit' ? 'editor' : 'reviewer'], 'articles', doc.id, { action, ...extra })
    expect(res.status, res.text).toBe(400)
  })

  it('should answer every open thread with the editor reply when resubmitting, and no resolved one', async () => {
    const doc = await world.make('articles', 'in_review')
    const pointed = await openThread(doc.id)
    const settled = await openThread(doc.id)
    await post('reviewer', `/review-comments/${settled.id}/resolve`)
    const requested = await world.restAct(world.tokens.reviewer, 'articles', doc.id, {
      action: 'request_changes',
      comment: 'Soften it.',
      comments: [pointed.id],
    })
    expect(requested.status, requested.text).toBe(200)
    const res = await world.restAct(world.tokens.editor, 'articles', doc.id, { action: 'submit', reply: 'Softened as asked.' })
    expect(res.status, res.text).toBe(200)
    expect(res.json.comments).toHaveLength(1)
    const replies = (await commentsOf('articles', doc.id)).filter((c) => c.event === res.json.event.id)
    expect(replies).toHaveLength(1)
    expect(replies[0]).toMatchObject({ parent: pointed.id, body: 'Softened as asked.', author: world.users.editor.id })
  })
})

describe('threads through GraphQL', () => {
  it('should take points and a reply through workflowTransition, the same service as REST', async () => {
    const doc = await world.make('articles', 'in_review')
    const root = await openThread(doc.id)
    const mutation = `mutation($id: String!, $action: String!, $comment: String, $comments: [WorkflowThreadPoint!], $reply: String) {
      workflowTransition(collection: articles, id: $id, action: $action, comment: $comment, comments: $comments, reply: $reply) { state event { id } }
    }`
    const requested = await world.api.graphql(
      mutation,
      { id: String(doc.id), action: 'request_changes', comment: 'Soften.', comments: [{ thread: root.id }, { fieldPath: 'excerpt', quote: 'may ease tension' }] },
      world.tokens.reviewer,
    )
    expect(requested.json.errors, JSON.stringify(requested.json.errors)).toBeUndefined()
    const requestEvent = Number(requested.json.data.workflowTransition.event.id)
    expect((await commentsOf('articles', doc.id)).filter((c) => c.event === requestEvent)).toHaveLength(2)
    const resubmitted = await world.api.graphql(mutation, { id: String(doc.id), action: 'submit', reply: 'Done.' }, world.tokens.editor)
    expect(resubmitted.json.errors, JSON.stringify(resubmitted.json.errors)).toBeUndefined()
    const submitEvent = Number(resubmitted.json.data.workflowTransition.event.id)
    // Two open threads now: the pointed one and the new anchor.
    expect((await commentsOf('articles', doc.id)).filter((c) => c.event === submitEvent).map((c) => c.body)).toEqual(['Done.', 'Done.'])
  })
})
