/**
 * The activity bell (docs/review.md): workflow events that concern the caller, with unread
 * state stored per user.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../../helpers/payload'
import { createWorld, type UserKey, type World } from '../../helpers/workflowFixtures'

let world: World

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
}, 300_000)

const activity = async (who: UserKey) => {
  const res = await world.api.rest('GET', '/workflow/activity', { token: world.tokens[who] })
  expect(res.status, res.text).toBe(200)
  return res.json as { unread: number; items: any[] }
}
const markRead = (who: UserKey) => world.api.rest('POST', '/workflow/activity/read', { token: world.tokens[who] })

describe('GET /api/workflow/activity', () => {
  it('should answer 401 to anonymous callers and 403 to readers', async () => {
    expect((await world.api.rest('GET', '/workflow/activity')).status).toBe(401)
    expect((await world.api.rest('GET', '/workflow/activity', { token: world.tokens.reader })).status).toBe(403)
    expect((await world.api.rest('POST', '/workflow/activity/read')).status).toBe(401)
  })

  it('should tell the editor about a change request on their draft, unread until marked read', async () => {
    const doc = await world.make('articles', 'in_review')
    await world.act(world.users.reviewer, 'articles', doc.id, 'request_changes', { comment: 'Name the source.' })
    const before = await activity('editor')
    const item = before.items.find((i) => i.collection === 'articles' && i.documentId === String(doc.id) && i.action === 'request_changes')
    expect(item).toMatchObject({
      isUnread: true,
      actor: world.users.reviewer.name,
      comment: 'Name the source.',
      title: doc.title,
      href: `/admin/collections/articles/${doc.id}`,
      toState: 'Changes requested',
    })
    // The editor's own submit is not news to them.
    expect(before.items.some((i) => i.collection === 'articles' && i.documentId === String(doc.id) && i.action === 'submit')).toBe(false)
    expect(before.unread).toBeGreaterThan(0)

    expect((await markRead('editor')).status).toBe(200)
    const after = await activity('editor')
    expect(after.unread).toBe(0)
    expect(after.items.find((i) => i.id === item.id)?.isUnread).toBe(false)

    await world.act(world.users.editor, 'articles', doc.id, 'submit')
    await world.act(world.users.reviewer, 'articles', doc.id, 'approve')
    const next = await activity('editor')
    expect(next.unread).toBe(1)
    expect(next.items[0]).toMatchObject({ action: 'approve', isUnread: true })
  })

  it('should tell reviewers about submissions and keep read state per user', async () => {
    await markRead('reviewer')
    await markRead('reviewer2')
    const doc = await world.make('faqs', 'in_review')
    const isAbout = (items: any[]) => items.some((i) => i.collection === 'faqs' && i.documentId === String(doc.id) && i.action === 'submit' && i.isUnread)
    expect(isAbout((await activity('reviewer')).items)).toBe(true)
    await markRead('reviewer')
    expect(isAbout((await activity('reviewer')).items)).toBe(false)
    expect(isAbout((await activity('reviewer2')).items)).toBe(true)
    // Editors are not told of a colleague's submission to reviewers.
    expect((await activity('editor2')).items.some((i) => i.collection === 'faqs' && i.documentId === String(doc.id))).toBe(false)
  })

  it('should tell only the assignee about a submission of an assigned draft', async () => {
    const doc = await world.make('faqs', 'draft')
    const assigned = await world.api.rest('POST', '/review-assignments/assign', {
      token: world.tokens.editor,
      body: { collection: 'faqs', id: doc.id, reviewer: world.users.reviewer2.id },
    })
    expect(assigned.status, assigned.text).toBe(201)
    await world.act(world.users.editor, 'faqs', doc.id, 'submit')
    const isAbout = (items: any[]) => items.some((i) => i.collection === 'faqs' && i.documentId === String(doc.id) && i.action === 'submit')
    expect(isAbout((await activity('reviewer2')).items)).toBe(true)
    expect(isAbout((await activity('reviewer')).items)).toBe(false)
  })

  it('should not let a user set their read time through the users API', async () => {
    const res = await world.api.rest('PATCH', `/users/${world.users.editor2.id}`, {
      token: world.tokens.editor2,
      body: { activityReadAt: '2999-01-01T00:00:00.000Z' },
    })
    const stored = await world.payload.findByID({ collection: 'users', id: world.users.editor2.id, depth: 0 })
    expect((stored as any).activityReadAt ?? null, `${res.status} ${res.text}`).not.toBe('2999-01-01T00:00:00.000Z')
  })
})
