/**
 * The Versions tab names the workflow step that saved each version (issue 12, review view).
 * Each audit event records the version its action saved; live-only actions save none.
 */
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { versionSteps } from '@/admin/versions/versionSteps'

import { getTestPayload } from '../../helpers/payload'
import { asLocal, createWorld, type UserKey, type World } from '../../helpers/workflowFixtures'

let world: World

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
}, 300_000)

const versionsOf = async (collection: 'articles' | 'techniques', id: number) =>
  (
    await world.payload.findVersions({
      collection,
      where: { parent: { equals: id } },
      sort: 'id',
      limit: 100,
      depth: 0,
    })
  ).docs as any[]

const reqAs = (who: UserKey) => createLocalReq({ user: asLocal(world.users[who]) as never }, world.payload)

describe('the version each workflow event saved', () => {
  it('should link every draft and publish transition to the version it wrote, and that version to its state', async () => {
    const doc = await world.make('articles', 'published')
    const events = await world.events('articles', doc.id)
    const versions = await versionsOf('articles', doc.id)
    const byId = new Map(versions.map((v) => [Number(v.id), v]))
    expect(events.map((e) => e.action)).toEqual(['submit', 'approve', 'publish'])
    const linked = events.map((e) => byId.get(Number(e.version)))
    expect(linked.every(Boolean), JSON.stringify(events.map((e) => e.version))).toBe(true)
    expect(new Set(events.map((e) => e.version)).size).toBe(3)
    expect(linked[0].version.draftState).toBe('in_review')
    expect(linked[1].version.draftState).toBe('approved')
    expect(linked[2].version._status).toBe('published')
    // Each is the version saved right before its event, in the same transaction.
    for (const [i, event] of events.entries()) {
      const newestBefore = versions.filter((v) => v.createdAt <= event.createdAt).at(-1)
      expect(Number(newestBefore.id), `${event.action}`).toBe(Number(event.version))
      expect(Number(linked[i].id)).toBe(Number(event.version))
    }
  })

  it('should link no version to live-only actions (reaffirm, unpublish)', async () => {
    const doc = await world.make('techniques', 'published')
    const before = (await versionsOf('techniques', doc.id)).length
    await world.act(world.users.reviewer, 'techniques', doc.id, 'reaffirm')
    await world.act(world.users.admin, 'techniques', doc.id, 'unpublish', { comment: 'Out of date.' })
    expect((await versionsOf('techniques', doc.id)).length).toBe(before)
    const events = await world.events('techniques', doc.id)
    const live = events.filter((e) => e.action === 'reaffirm' || e.action === 'unpublish')
    expect(live.map((e) => e.action)).toEqual(['reaffirm', 'unpublish'])
    for (const event of live) expect(event.version ?? null).toBeNull()
  })

  it('should link a dismissal to the version of the edit that caused it', async () => {
    const doc = await world.make('articles', 'approved')
    await world.edit('articles', doc.id)
    const dismissal = (await world.events('articles', doc.id)).at(-1)
    expect(dismissal.action).toBe('approval_dismissed')
    const newest = (await versionsOf('articles', doc.id)).at(-1)
    expect(Number(dismissal.version)).toBe(Number(newest.id))
    expect(newest.version.draftState).toBe('draft')
  })
})

describe('versionSteps: what the Versions tab shows', () => {
  it('should label each version with its step and the actor name, and leave plain edits unlabelled', async () => {
    const doc = await world.make('articles', 'draft')
    await world.edit('articles', doc.id)
    await world.act(world.users.editor, 'articles', doc.id, 'submit')
    await world.act(world.users.reviewer, 'articles', doc.id, 'approve')
    const versions = await versionsOf('articles', doc.id)
    const steps = await versionSteps(await reqAs('editor'), 'articles', doc.id, versions.map((v) => v.id))
    const labelled = versions.map((v) => steps.get(String(v.id))).filter(Boolean)
    expect(labelled).toMatchObject([
      { action: 'submit', label: 'Submit for review', actor: world.users.editor.name },
      { action: 'approve', label: 'Approve', actor: world.users.reviewer.name },
    ])
    // The create and the edit were saves, not workflow steps.
    expect(versions.length - labelled.length).toBeGreaterThanOrEqual(2)
    expect(steps.get(String(versions[0].id))).toBeUndefined()
  })

  it('should show the dismissal label on the version an edit of an approved draft saved', async () => {
    const doc = await world.make('articles', 'approved')
    await world.edit('articles', doc.id)
    const newest = (await versionsOf('articles', doc.id)).at(-1)
    const steps = await versionSteps(await reqAs('reviewer'), 'articles', doc.id, [newest.id])
    expect(steps.get(String(newest.id))).toMatchObject({ action: 'approval_dismissed', label: 'Review dismissed by an edit' })
  })

  it("should not name steps of another document's events, nor to a user who cannot read the audit trail", async () => {
    const doc = await world.make('articles', 'in_review')
    const other = await world.make('articles', 'draft')
    const versions = await versionsOf('articles', doc.id)
    const ids = versions.map((v) => v.id)
    expect((await versionSteps(await reqAs('editor'), 'articles', other.id, ids)).size).toBe(0)
    expect((await versionSteps(await reqAs('reader'), 'articles', doc.id, ids)).size).toBe(0)
    expect((await versionSteps(await reqAs('editor'), 'articles', doc.id, ids)).size).toBe(1)
  })
})
