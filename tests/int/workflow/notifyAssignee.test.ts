/**
 * Submissions and review dismissals mail the draft's assigned reviewer, and every reviewer only
 * while nobody is assigned (issue 12, queue). The targets are data in the transition table.
 * Mail is captured by the project's email adapter (`outbox`, no SMTP in tests).
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { outbox } from '@/lib/email'
import { EDIT_RULES, transitionOf } from '@/workflow/transitions'

import { getTestPayload } from '../../helpers/payload'
import { createWorld, type UserKey, type World } from '../../helpers/workflowFixtures'

let world: World
let everyReviewer: string[]

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
  const { docs } = await world.payload.find({ collection: 'users', where: { roles: { contains: 'reviewer' } }, limit: 100 })
  everyReviewer = docs.map((user) => user.email).sort()
}, 300_000)

const assign = async (collection: 'articles' | 'faqs', id: number, reviewer: UserKey) => {
  const res = await world.api.rest('POST', '/review-assignments/assign', {
    token: world.tokens.editor,
    body: { collection, id, reviewer: world.users[reviewer].id },
  })
  // 201 for a first assignment, 200 for a reassignment.
  expect([200, 201], res.text).toContain(res.status)
}

const submit = async (collection: 'articles' | 'faqs', id: number) => {
  outbox.length = 0
  const res = await world.restAct(world.tokens.editor, collection, id, { action: 'submit' })
  expect(res.status, res.text).toBe(200)
  return outbox.map((mail) => mail.to).sort()
}

describe('who is mailed about a submission', () => {
  it('should say so in the transition table: submit and an edit of a draft in review tell the assignee', () => {
    expect(transitionOf('submit').notify).toBe('assignee')
    expect(EDIT_RULES.dismissedNotify.in_review).toBe('assignee')
  })

  it('should mail only the assigned reviewer, with the admin link', async () => {
    const doc = await world.make('articles')
    await assign('articles', doc.id, 'reviewer2')
    expect(await submit('articles', doc.id)).toEqual([world.users.reviewer2.email])
    expect(outbox[0].text).toContain(`/admin/collections/articles/${doc.id}`)
  })

  it('should mail only the reviewer who claimed the draft', async () => {
    const doc = await world.make('faqs')
    const claimed = await world.api.rest('POST', '/review-assignments/claim', {
      token: world.tokens.reviewer,
      body: { collection: 'faqs', id: doc.id },
    })
    expect(claimed.status, claimed.text).toBe(201)
    expect(await submit('faqs', doc.id)).toEqual([world.users.reviewer.email])
  })

  it('should mail every reviewer while nobody is assigned', async () => {
    expect(everyReviewer.length).toBeGreaterThanOrEqual(3)
    const doc = await world.make('articles')
    expect(await submit('articles', doc.id)).toEqual(everyReviewer)
  })

  it('should mail the new assignee after a reassignment, not the first one', async () => {
    const doc = await world.make('faqs')
    await assign('faqs', doc.id, 'reviewer')
    await assign('faqs', doc.id, 'editorReviewer')
    expect(await submit('faqs', doc.id)).toEqual([world.users.editorReviewer.email])
  })

  it('should mail the assignee again on a resubmission after changes were requested', async () => {
    const doc = await world.make('articles')
    await assign('articles', doc.id, 'reviewer2')
    await submit('articles', doc.id)
    const changes = await world.restAct(world.tokens.reviewer2, 'articles', doc.id, { action: 'request_changes', comment: 'Cite it.' })
    expect(changes.status, changes.text).toBe(200)
    expect(await submit('articles', doc.id)).toEqual([world.users.reviewer2.email])
  })
})

describe('who is mailed when an edit takes a draft out of review', () => {
  it('should mail only the assignee of the draft the edit took out of review', async () => {
    const doc = await world.make('articles')
    await assign('articles', doc.id, 'reviewer2')
    await submit('articles', doc.id)
    outbox.length = 0
    await world.edit('articles', doc.id)
    expect(outbox.map((mail) => mail.to)).toEqual([world.users.reviewer2.email])
    expect(outbox[0].subject).toContain(EDIT_RULES.dismissedLabel)
  })

  it('should mail every reviewer when the draft in review has no assignee', async () => {
    const doc = await world.make('articles', 'in_review')
    outbox.length = 0
    await world.edit('articles', doc.id)
    expect(outbox.map((mail) => mail.to).sort()).toEqual(everyReviewer)
  })
})
