/**
 * What `GET …/workflow` tells the admin panel (issue 12): each action with what must be asked
 * before it (confirmation, comment, acknowledgement of blocking findings), what a save of the
 * wording would do, and the versions to compare. Also the editor's acknowledgement of blocking
 * findings on submit, and the mail to the reviewer when an edit dismisses their review.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { outbox } from '@/lib/email'

import { richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createWorld, type World } from '../../helpers/workflowFixtures'

let world: World
const RISKY = 'This routine is guaranteed to cure sciatica permanently.'

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
}, 300_000)

const info = async (token: string, collection: string, id: number) => {
  const res = await world.api.rest('GET', `/${collection}/${id}/workflow`, { token })
  expect(res.status, res.text).toBe(200)
  return res.json
}

const actionOf = (body: any, action: string) => body.actions.find((a: any) => a.action === action)

describe('actions in the GET answer', () => {
  it('should list the same actions as allowedActions, each with its label and what to ask', async () => {
    const doc = await world.make('articles', 'in_review')
    const body = await info(world.tokens.reviewer, 'articles', doc.id)
    expect(body.actions.map((a: any) => a.action)).toEqual(body.allowedActions)
    expect(actionOf(body, 'approve')).toMatchObject({
      label: 'Approve',
      isCommentRequired: false,
      acknowledgement: null,
      confirm: expect.stringMatching(/^Approve this wording\?/),
    })
    expect(actionOf(body, 'request_changes')).toMatchObject({ isCommentRequired: true, confirm: null })
  })

  it('should ask confirmation before publish and unpublish', async () => {
    const approved = await world.make('articles', 'approved')
    expect(actionOf(await info(world.tokens.editor, 'articles', approved.id), 'publish').confirm).toMatch(/^Publish this version\?/)
    const published = await world.make('articles', 'published')
    const unpublish = actionOf(await info(world.tokens.admin, 'articles', published.id), 'unpublish')
    expect(unpublish).toMatchObject({ isCommentRequired: true, isSchedulable: true })
    expect(unpublish.confirm).toMatch(/^Take this page down\?/)
  })

  it('should tell the reviewer that approving needs an acknowledgement and a comment when findings block', async () => {
    const doc = await world.make('articles', 'in_review', { body: await richText(world.payload, RISKY) })
    const body = await info(world.tokens.reviewer, 'articles', doc.id)
    expect(body.findings.blocking).toBeGreaterThan(0)
    const approve = actionOf(body, 'approve')
    expect(approve.isCommentRequired).toBe(true)
    expect(approve.acknowledgement.count).toBe(body.findings.blocking)
    // Plain words, not the API's field names.
    expect(approve.acknowledgement.message).not.toMatch(/acknowledgeFindings/)
  })
})

describe('what a save would do', () => {
  it.each([
    ['in_review', 'dismiss', true, /out of review.*assigned reviewer.*every reviewer\) is told/],
    ['approved', 'dismiss', true, /withdraws the approval.*reviewer who approved it is told/],
    ['published', 'openDraft', false, /live version stays public/],
    ['draft', 'none', false, null],
  ] as const)('should describe an edit of a %s document as %s', async (state, outcome, isConfirmNeeded, message) => {
    const doc = await world.make('articles', state)
    const { edit } = await info(world.tokens.editor, 'articles', doc.id)
    expect(edit.outcome).toBe(outcome)
    expect(edit.isConfirmNeeded).toBe(isConfirmNeeded)
    if (message) expect(edit.message).toMatch(message)
    else expect(edit.message).toBeNull()
  })

  it('should match what the save then does: an approved draft goes back to draft after the edit it warned of', async () => {
    const doc = await world.make('articles', 'approved')
    const { edit } = await info(world.tokens.editor, 'articles', doc.id)
    await world.edit('articles', doc.id)
    const after = await info(world.tokens.editor, 'articles', doc.id)
    expect(after.draft).toBe(edit.to)
    expect(after.history.at(-1)).toMatchObject({ action: 'approval_dismissed', fromState: 'approved', toState: edit.to })
  })
})

describe('dismissal notifications', () => {
  it('should mail the reviewer who approved when an edit withdraws the approval', async () => {
    const doc = await world.make('articles', 'approved')
    const approver = world.users.reviewer2 // the fixtures approve as the second reviewer
    outbox.length = 0
    await world.edit('articles', doc.id)
    expect(outbox.map((m) => m.to)).toEqual([approver.email])
    expect(outbox[0].subject).toContain('Review dismissed by an edit')
    expect(outbox[0].text).toContain(`/admin/collections/articles/${doc.id}`)
  })

  it('should mail every reviewer when an edit takes a draft out of review', async () => {
    const doc = await world.make('articles', 'in_review')
    const { docs: reviewers } = await world.payload.find({ collection: 'users', where: { roles: { contains: 'reviewer' } }, limit: 100 })
    outbox.length = 0
    await world.edit('articles', doc.id)
    expect(outbox.map((m) => m.to).sort()).toEqual(reviewers.map((u) => u.email).sort())
  })

  it('should mail nobody for an edit of a draft nobody reviews', async () => {
    const doc = await world.make('articles', 'draft')
    outbox.length = 0
    await world.edit('articles', doc.id)
    expect(outbox).toEqual([])
  })
})

describe('blocking findings on submit', () => {
  const riskyDraft = async () => world.make('articles', 'draft', { body: await richText(world.payload, RISKY) })

  it.each([
    ['without an acknowledgement', {}],
    ['with the acknowledgement but no reason', { acknowledgeFindings: true }],
    ['with a reason but no acknowledgement', { comment: 'It is a quote' }],
  ])('should refuse to submit %s with 422 pointing at the fields to fix', async (_label, extra) => {
    const doc = await riskyDraft()
    const res = await world.restAct(world.tokens.editor, 'articles', doc.id, { action: 'submit', ...extra })
    expect(res.status, res.text).toBe(422)
    const failed = res.json.errors[0].data.failedGuards
    expect(failed).toEqual([
      expect.objectContaining({ guard: 'blockingFindingsAcknowledged', fields: ['acknowledgeFindings', 'comment'] }),
    ])
    expect(failed[0].message).not.toMatch(/acknowledgeFindings/)
    expect((await world.latest('articles', doc.id)).draftState).toBe('draft')
    expect(await world.eventCount('articles', doc.id)).toBe(0)
  })

  it('should submit with the acknowledgement and a reason, record them, and show the reason to the reviewer', async () => {
    const doc = await riskyDraft()
    const reason = 'The sentence quotes a patient and is marked as a quotation'
    const editorInfo = await info(world.tokens.editor, 'articles', doc.id)
    expect(actionOf(editorInfo, 'submit').acknowledgement.count).toBeGreaterThan(0)
    const res = await world.restAct(world.tokens.editor, 'articles', doc.id, {
      action: 'submit',
      acknowledgeFindings: true,
      comment: reason,
    })
    expect(res.status, res.text).toBe(200)
    const [submit] = await world.events('articles', doc.id)
    expect(submit).toMatchObject({ action: 'submit', comment: reason })
    expect(submit.findings.acknowledged).toBe(true)
    const reviewerView = await info(world.tokens.reviewer, 'articles', doc.id)
    expect(reviewerView.history.at(-1)).toMatchObject({ action: 'submit', comment: reason })
    expect(reviewerView.history.at(-1).acknowledgedFindings).toBeGreaterThan(0)
  })

  it('should submit a draft without blocking findings with no acknowledgement and record no findings', async () => {
    const doc = await world.make('articles', 'draft')
    const res = await world.restAct(world.tokens.editor, 'articles', doc.id, { action: 'submit' })
    expect(res.status, res.text).toBe(200)
    const [submit] = await world.events('articles', doc.id)
    expect(submit.findings ?? null).toBeNull()
    expect((await info(world.tokens.reviewer, 'articles', doc.id)).history.at(-1).acknowledgedFindings).toBeNull()
  })
})

describe('guard applicability and failures that point at fields', () => {
  it('should not ask a FAQ for a medical disclaimer or precautions', async () => {
    const doc = await world.make('faqs', 'draft')
    const res = await world.restAct(world.tokens.editor, 'faqs', doc.id, { action: 'submit' })
    expect(res.status, res.text).toBe(200)
  })

  it('should name the missing fields and the disclaimers field in a failed submit', async () => {
    const doc = await world.make('articles', 'draft', { excerpt: null, disclaimers: [] })
    const res = await world.restAct(world.tokens.editor, 'articles', doc.id, { action: 'submit' })
    expect(res.status, res.text).toBe(422)
    const byGuard = Object.fromEntries(res.json.errors[0].data.failedGuards.map((f: any) => [f.guard, f.fields]))
    expect(byGuard).toEqual({ requiredForReview: ['excerpt'], medicalDisclaimerAttached: ['disclaimers'] })
  })
})

describe('versions to compare', () => {
  it('should give the approved and the live version of a published document with a forward draft', async () => {
    const doc = await world.make('articles', 'published')
    await world.edit('articles', doc.id)
    const { versions } = await info(world.tokens.reviewer, 'articles', doc.id)
    expect(versions.latest).not.toBeNull()
    expect(versions.live).not.toBeNull()
    expect(versions.lastApproved).not.toBeNull()
    expect(new Set([versions.latest, versions.live]).size).toBe(2)
    const approved = await world.payload.findVersionByID({ collection: 'articles', id: versions.lastApproved, depth: 0 })
    expect(approved.version.draftState).toBe('approved')
    expect(String(approved.parent)).toBe(String(doc.id))
    const live = await world.payload.findVersionByID({ collection: 'articles', id: versions.live, depth: 0 })
    expect(live.version._status).toBe('published')
  })

  it('should have no live version for a document never published', async () => {
    const doc = await world.make('articles', 'in_review')
    const { versions } = await info(world.tokens.reviewer, 'articles', doc.id)
    expect(versions.live).toBeNull()
    expect(versions.lastApproved).toBeNull()
  })
})
