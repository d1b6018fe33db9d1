/**
 * The review queue (docs/review.md): assigning a reviewer, claiming a draft (race-safe through a
 * unique key in PostgreSQL), due dates, and `GET /api/workflow/queue`, which applies the
 * workflow's own four-eyes guard.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../../helpers/payload'
import { type ContentSlug, createWorld, type UserKey, type World } from '../../helpers/workflowFixtures'

let world: World

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
}, 300_000)

const assign = (who: UserKey | null, body: unknown) =>
  world.api.rest('POST', '/review-assignments/assign', { token: who ? world.tokens[who] : undefined, body })
const claim = (who: UserKey | null, body: unknown) =>
  world.api.rest('POST', '/review-assignments/claim', { token: who ? world.tokens[who] : undefined, body })
const assignmentsOf = async (collection: ContentSlug, id: number) =>
  (
    await world.payload.find({
      collection: 'review-assignments',
      where: { docKey: { equals: `${collection}:${id}` } },
      depth: 0,
    })
  ).docs
const queue = async (who: UserKey) => {
  const res = await world.api.rest('GET', '/workflow/queue', { token: world.tokens[who] })
  expect(res.status, res.text).toBe(200)
  return Object.fromEntries((res.json.cards as any[]).map((card) => [card.key, card])) as Record<string, any>
}
const keysIn = (card: any) => (card?.rows ?? []).map((row: any) => `${row.collection}:${row.id}`)

describe('assigning a reviewer', () => {
  it('should let an editor assign a reviewer with a due date, and reassign', async () => {
    const doc = await world.make('techniques', 'in_review')
    const dueAt = new Date(Date.now() + 3 * 86_400_000).toISOString()
    const first = await assign('editor', { collection: 'techniques', id: doc.id, reviewer: world.users.reviewer.id, dueAt })
    expect(first.status, first.text).toBe(201)
    expect(first.json.doc).toMatchObject({ reviewer: world.users.reviewer.id, how: 'assigned', dueAt })
    const again = await assign('admin', { collection: 'techniques', id: doc.id, reviewer: world.users.reviewer2.id })
    expect(again.status, again.text).toBe(200)
    const rows = await assignmentsOf('techniques', doc.id)
    expect(rows).toHaveLength(1)
    expect(rows[0].reviewer).toBe(world.users.reviewer2.id)
  })

  it.each([
    ['an editor', 'editor'],
    ['a reader without a role', 'reader'],
    ['an admin without the reviewer role', 'admin'],
  ] as [string, UserKey][])('should answer 422 to assigning %s', async (_label, who) => {
    const doc = await world.make('articles', 'in_review')
    const res = await assign('editor', { collection: 'articles', id: doc.id, reviewer: world.users[who].id })
    expect(res.status, res.text).toBe(422)
    expect(res.json.errors[0].data.field).toBe('reviewer')
    expect(await assignmentsOf('articles', doc.id)).toHaveLength(0)
  })

  it('should answer 422 to assigning a user who does not exist or a reviewer who edited the draft', async () => {
    const doc = await world.make('articles', 'in_review')
    expect((await assign('editor', { collection: 'articles', id: doc.id, reviewer: 99999999 })).status).toBe(422)
    const edited = await world.payload.create({
      collection: 'articles',
      data: (await world.validData('articles')) as any,
      overrideAccess: false,
      user: { ...world.users.editorReviewer, collection: 'users' } as any,
    })
    const res = await assign('editor', { collection: 'articles', id: edited.id, reviewer: world.users.editorReviewer.id })
    expect(res.status, res.text).toBe(422)
    expect(res.json.errors[0].data.guard).toBe('notSubmitterNorEditor')
  })

  it('should answer 400, 401, 403, 404 and 409 to bad requests, writing nothing', async () => {
    const doc = await world.make('articles', 'in_review')
    const body = { collection: 'articles', id: doc.id, reviewer: world.users.reviewer.id }
    expect((await assign(null, body)).status).toBe(401)
    expect((await assign('reviewer', body)).status).toBe(403)
    expect((await assign('editor', { ...body, dueAt: 'next week' })).status).toBe(400)
    expect((await assign('editor', { ...body, reviewer: 'bob' })).status).toBe(400)
    expect((await assign('editor', { ...body, colour: 'red' })).status).toBe(400)
    expect((await assign('editor', { ...body, collection: 'users' })).status).toBe(400)
    expect((await assign('editor', { ...body, id: 99999999 })).status).toBe(404)
    expect(await assignmentsOf('articles', doc.id)).toHaveLength(0)
    const published = await world.make('articles', 'published')
    expect((await assign('editor', { ...body, id: published.id })).status).toBe(409)
  })
})

describe('claiming a draft', () => {
  it('should let a reviewer claim, answer 409 to another and 200 to the same reviewer again', async () => {
    const doc = await world.make('faqs', 'in_review')
    const first = await claim('reviewer', { collection: 'faqs', id: doc.id })
    expect(first.status, first.text).toBe(201)
    expect(first.json.doc).toMatchObject({ reviewer: world.users.reviewer.id, how: 'claimed' })
    const second = await claim('reviewer2', { collection: 'faqs', id: doc.id })
    expect(second.status, second.text).toBe(409)
    expect(second.json.errors[0].data.reviewer).toBe(world.users.reviewer.id)
    expect((await claim('reviewer', { collection: 'faqs', id: doc.id })).status).toBe(200)
  })

  it('should refuse editors (403) and a reviewer who edited the draft (403, four eyes)', async () => {
    const doc = await world.make('faqs', 'in_review')
    expect((await claim('editor', { collection: 'faqs', id: doc.id })).status).toBe(403)
    const edited = await world.payload.create({
      collection: 'faqs',
      data: (await world.validData('faqs')) as any,
      overrideAccess: false,
      user: { ...world.users.editorReviewer, collection: 'users' } as any,
    })
    const res = await claim('editorReviewer', { collection: 'faqs', id: edited.id })
    expect(res.status, res.text).toBe(403)
    expect(await assignmentsOf('faqs', edited.id)).toHaveLength(0)
  })

  it('should give exactly one of several concurrent claims the document (the rest 409)', async () => {
    for (let round = 0; round < 3; round++) {
      const doc = await world.make('articles', 'in_review')
      const claimants: UserKey[] = ['reviewer', 'reviewer2', 'editorReviewer']
      const results = await Promise.all(claimants.map((who) => claim(who, { collection: 'articles', id: doc.id })))
      const statuses = results.map((r) => r.status).sort()
      expect(statuses, results.map((r) => r.text).join('\n')).toEqual([201, 409, 409])
      const rows = await assignmentsOf('articles', doc.id)
      expect(rows).toHaveLength(1)
      const winner = claimants[results.findIndex((r) => r.status === 201)]
      expect(rows[0].reviewer).toBe(world.users[winner].id)
    }
  })

  it('should end the assignment when the draft is published, so the next round is claimable', async () => {
    const doc = await world.make('articles', 'in_review')
    expect((await claim('reviewer2', { collection: 'articles', id: doc.id })).status).toBe(201)
    await world.act(world.users.reviewer2, 'articles', doc.id, 'approve')
    await world.act(world.users.editor, 'articles', doc.id, 'publish')
    expect(await assignmentsOf('articles', doc.id)).toHaveLength(0)
  })
})

describe('GET /api/workflow/queue', () => {
  it('should answer 401 to anonymous callers and 403 to readers', async () => {
    expect((await world.api.rest('GET', '/workflow/queue')).status).toBe(401)
    expect((await world.api.rest('GET', '/workflow/queue', { token: world.tokens.reader })).status).toBe(403)
  })

  it('should offer a reviewer every collection in review except what they edited or what is assigned to someone else', async () => {
    const technique = await world.make('techniques', 'in_review')
    const faq = await world.make('faqs', 'in_review')
    const takenFaq = await world.make('faqs', 'in_review')
    await assign('editor', { collection: 'faqs', id: takenFaq.id, reviewer: world.users.reviewer2.id })
    const ownDraft = await world.payload.create({
      collection: 'articles',
      data: (await world.validData('articles')) as any,
      overrideAccess: false,
      user: { ...world.users.editorReviewer, collection: 'users' } as any,
    })
    await world.act(world.users.editorReviewer, 'articles', ownDraft.id, 'submit')

    const mine = keysIn((await queue('editorReviewer')).waitingForMe)
    expect(mine).toContain(`techniques:${technique.id}`)
    expect(mine).toContain(`faqs:${faq.id}`)
    expect(mine).not.toContain(`faqs:${takenFaq.id}`)
    // Four eyes: the workflow's guard, not only "submitted by".
    expect(mine).not.toContain(`articles:${ownDraft.id}`)

    const cards = await queue('reviewer')
    expect(keysIn(cards.waitingForMe)).toContain(`articles:${ownDraft.id}`)
    expect(keysIn(cards.inReview)).toContain(`faqs:${takenFaq.id}`)
    expect(cards.readyToPublish).toBeUndefined()
    expect(cards.myDrafts).toBeUndefined()
    const row = cards.waitingForMe.rows.find((r: any) => r.collection === 'techniques' && r.id === technique.id)
    expect(row).toMatchObject({
      href: `/admin/collections/techniques/${technique.id}`,
      submitter: { id: world.users.editor.id, name: world.users.editor.name },
      findings: expect.any(Number),
      title: technique.name,
    })
    expect(Date.parse(row.since)).toBeLessThanOrEqual(Date.now())
  })

  it('should give an editor their drafts, changes requested and what is ready to publish, with review due', async () => {
    const draft = await world.make('therapists', 'draft')
    const changes = await world.make('disclaimers', 'changes_requested')
    const approved = await world.make('articles', 'approved')
    const late = await world.make('articles', 'in_review')
    await assign('editor', { collection: 'articles', id: late.id, reviewer: world.users.reviewer.id, dueAt: new Date(Date.now() - 86_400_000).toISOString() })
    const cards = await queue('editor')
    expect(keysIn(cards.myDrafts)).toContain(`therapists:${draft.id}`)
    expect(keysIn(cards.changesRequested)).toContain(`disclaimers:${changes.id}`)
    expect(keysIn(cards.readyToPublish)).toContain(`articles:${approved.id}`)
    expect(keysIn(cards.readyToPublish)).not.toContain(`articles:${late.id}`)
    expect(keysIn(cards.reviewDue)).toContain(`articles:${late.id}`)
    expect(cards.reviewDue.rows.find((r: any) => r.id === late.id).assignee).toMatchObject({ id: world.users.reviewer.id })
    expect(cards.waitingForMe).toBeUndefined()
    expect(keysIn((await queue('editor2')).myDrafts)).not.toContain(`therapists:${draft.id}`)
  })
})
