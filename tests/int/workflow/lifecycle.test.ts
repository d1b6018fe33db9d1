/**
 * The life of a document around its review: approval dismissal by edits of the reviewed
 * wording (and only those), the content hash, forward drafts of published documents, the
 * GET /workflow view, notifications, atomicity of state + event, and concurrent transitions.
 */
import pg from 'pg'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { outbox } from '@/lib/email'

import { richText } from '../../helpers/fixtures'
import { closeGate } from '../../helpers/gate'
import { getTestPayload } from '../../helpers/payload'
import {
  CONTENT_SLUGS,
  type ContentSlug,
  createWorld,
  expectedAllowed,
  rand,
  rolesOf,
  type UserKey,
  type World,
} from '../../helpers/workflowFixtures'

let world: World
let mediaId: number

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#88aacc' } }).png().toBuffer()
  const media = await world.payload.create({
    collection: 'media',
    data: { alt: 'A massage table' } as any,
    file: { data: png, mimetype: 'image/png', name: `table-${rand()}.png`, size: png.length },
  })
  mediaId = media.id as number
}, 120_000)

const patch = (id: number, body: Record<string, unknown>, query = '', who: UserKey = 'editor') =>
  world.api.rest('PATCH', `/articles/${id}${query}`, { token: world.tokens[who], body })

const publicTitles = async (id: number) => {
  const rest = await world.publicDoc('articles', id)
  const gql = await world.api.graphql(`query($id: Int!) { Article(id: $id) { title } }`, { id })
  const draftParam = await world.api.rest('GET', `/articles/${id}?draft=true`)
  return [rest?.title ?? null, gql.json.data?.Article?.title ?? null, draftParam.json?.title ?? null]
}

describe('approval dismissal', () => {
  const REVIEWED: [string, () => Promise<Record<string, unknown>>, string?][] = [
    ['the title', async () => ({ title: `Reworded ${rand()}` })],
    ['the excerpt', async () => ({ excerpt: 'A different promise.' })],
    ['the body', async () => ({ body: await richText(world.payload, 'New advice on stretching the hamstrings.') })],
    ['a reference', async () => ({ references: [{ title: 'A trial', url: 'https://example.org/trial', publisher: 'Journal' }] })],
    ['the attached disclaimers', async () => ({ disclaimers: [world.medicalDisclaimer.id, world.generalDisclaimer.id] })],
    ['the Thai title', async () => ({ title: `ชื่อใหม่ ${rand()}` }), '?locale=th'],
    // Every string readers receive is reviewed wording (docs/workflow.md), not only the body.
    ['the hero image', async () => ({ heroImage: mediaId })],
    ['the SEO meta title', async () => ({ meta: { title: `SEO ${rand()}` } })],
    ['the SEO meta description', async () => ({ meta: { description: 'Cures sciatica in a week.' } })],
    ['the SEO image', async () => ({ meta: { image: mediaId } })],
    ['the author', async () => ({ author: world.profiles.reviewer.id })],
    ['the linked techniques', async () => ({ techniques: [(await world.make('techniques', 'published')).id] })],
    ['a reference publisher', async () => ({ references: [{ title: 'A trial', publisher: 'Miracle Cures Weekly' }] })],
  ]
  const NOT_REVIEWED: [string, () => Record<string, unknown>][] = [
    ['the slug', () => ({ slug: `new-slug-${rand()}` })],
    ['the topics', () => ({ topics: ['sciatica', 'self-care'] })],
    ['publishedAt', () => ({ publishedAt: '2024-03-01T00:00:00.000Z' })],
  ]
  const STATES = ['in_review', 'approved'] as const

  it.each(STATES.flatMap((state) => REVIEWED.map(([label, data, query]) => ({ state, label, data, query }))))(
    'should send a $state article back to draft and log approval_dismissed when $label is edited',
    async ({ state, data, query }) => {
      const doc = await world.make('articles', state)
      const events = await world.eventCount('articles', doc.id)
      const res = await patch(doc.id, await data(), query ?? '')
      expect(res.status, res.text).toBe(200)
      expect((await world.latest('articles', doc.id)).workflowState).toBe('draft')
      const all = await world.events('articles', doc.id)
      expect(all).toHaveLength(events + 1)
      expect(all.at(-1)).toMatchObject({ action: 'approval_dismissed', fromState: state, toState: 'draft', actor: world.users.editor.id })
      expect((await world.restAct(world.tokens.editor, 'articles', doc.id, { action: 'publish' })).status).toBe(409)
      expect(await world.publicDoc('articles', doc.id)).toBeNull()
    },
  )

  it.each(STATES.flatMap((state) => NOT_REVIEWED.map(([label, data]) => ({ state, label, data }))))(
    'should keep a $state article $state when only $label is edited',
    async ({ state, data }) => {
      const doc = await world.make('articles', state)
      const events = await world.eventCount('articles', doc.id)
      const change = data()
      const res = await patch(doc.id, change)
      expect(res.status, res.text).toBe(200)
      expect((await world.latest('articles', doc.id)).workflowState).toBe(state)
      expect(await world.eventCount('articles', doc.id)).toBe(events)
      if (state === 'in_review') {
        expect((await world.restAct(world.tokens.reviewer, 'articles', doc.id, { action: 'approve' })).status).toBe(200)
      }
      const publish = await world.restAct(world.tokens.editor, 'articles', doc.id, { action: 'publish' })
      expect(publish.status, publish.text).toBe(200)
      const live = await world.publicDoc('articles', doc.id)
      expect(live?._status).toBe('published')
      const [field] = Object.keys(change)
      if (field === 'slug' || field === 'publishedAt') expect(live?.[field]).toBe(change[field])
      if (field === 'topics') expect(live?.topics).toEqual(change.topics)
    },
  )
})

describe('approval dismissal in every collection', () => {
  const WORDING: Record<ContentSlug, () => Promise<Record<string, unknown>>> = {
    articles: async () => ({ excerpt: 'Changed excerpt.' }),
    techniques: async () => ({ precautions: await richText(world.payload, 'Stop at once if the leg goes numb.') }),
    faqs: async () => ({ answer: await richText(world.payload, 'A reworded answer.') }),
    therapists: async () => ({ bio: await richText(world.payload, 'A reworded bio.') }),
    disclaimers: async () => ({ body: await richText(world.payload, 'Reworded disclaimer.') }),
  }
  it.each(CONTENT_SLUGS)('should send an approved %s back to draft when its wording changes', async (slug) => {
    const doc = await world.make(slug, 'approved')
    const res = await world.api.rest('PATCH', `/${slug}/${doc.id}`, { token: world.tokens.editor, body: await WORDING[slug]() })
    expect(res.status, res.text).toBe(200)
    expect((await world.latest(slug, doc.id)).workflowState).toBe('draft')
    expect((await world.events(slug, doc.id)).at(-1)).toMatchObject({ action: 'approval_dismissed', fromState: 'approved' })
    expect((await world.restAct(world.tokens.editor, slug, doc.id, { action: 'publish' })).status).toBe(409)
  })
})

describe('the content hash', () => {
  it('should record a SHA-256 of the reviewed wording on submit, approve and publish', async () => {
    const doc = await world.make('articles', 'published')
    const [submit, approve, publish] = await world.events('articles', doc.id)
    for (const event of [submit, approve, publish]) expect(event.contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(approve.contentHash).toBe(submit.contentHash)
    expect(publish.contentHash).toBe(approve.contentHash)
    expect((await world.latest('articles', doc.id)).workflow.reviewedHash).toBe(approve.contentHash)
  })

  it('should give different wording a different hash', async () => {
    const a = await world.make('articles', 'in_review')
    const b = await world.make('articles', 'in_review')
    const [ea] = await world.events('articles', a.id)
    const [eb] = await world.events('articles', b.id)
    expect(ea.contentHash).not.toBe(eb.contentHash)
  })

  it('should refuse to publish when the wording no longer matches the approved hash', async () => {
    const doc = await world.make('articles', 'approved')
    // Wording changed behind the hooks' back (as a buggy migration or raw write could): only the hash can tell.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    await client.query(
      `UPDATE _articles_v_locales SET version_title = $1 WHERE _locale = 'en' AND _parent_id =
        (SELECT id FROM _articles_v WHERE parent_id = $2 AND latest IS TRUE)`,
      [`Tampered ${rand()}`, doc.id],
    )
    await client.end()
    expect((await world.latest('articles', doc.id)).workflowState).toBe('approved')
    const res = await world.restAct(world.tokens.editor, 'articles', doc.id, { action: 'publish' })
    expect(res.status, res.text).toBe(422)
    expect(res.json.errors[0].data.failedGuards.map((f: any) => f.guard)).toEqual(['approvedWordingUnchanged'])
    expect(await world.publicDoc('articles', doc.id)).toBeNull()
    expect((await world.latest('articles', doc.id)).workflowState).toBe('approved')
  })
})

describe('forward drafts', () => {
  it('should keep the live wording public until the new draft is approved and published', async () => {
    const doc = await world.make('articles', 'published')
    const next = `Second edition ${rand()}`
    expect((await patch(doc.id, { title: next })).status).toBe(200)
    expect(await world.latest('articles', doc.id)).toMatchObject({ title: next, workflowState: 'draft' })
    expect(await publicTitles(doc.id)).toEqual([doc.title, doc.title, doc.title])
    const steps: [string, UserKey][] = [['submit', 'editor'], ['approve', 'reviewer'], ['publish', 'editor']]
    for (const [action, who] of steps) {
      const res = await world.restAct(world.tokens[who], 'articles', doc.id, { action })
      expect(res.status, `${action}: ${res.text}`).toBe(200)
      const expected = action === 'publish' ? next : doc.title
      expect(await publicTitles(doc.id), action).toEqual([expected, expected, expected])
    }
  })

  it('should keep a published article published when its forward draft is withdrawn or sent back', async () => {
    const doc = await world.make('articles', 'published')
    await patch(doc.id, { title: `Unloved draft ${rand()}` })
    await world.act(world.users.editor, 'articles', doc.id, 'submit')
    await world.act(world.users.reviewer, 'articles', doc.id, 'request_changes', { comment: 'No' })
    expect(await publicTitles(doc.id)).toEqual([doc.title, doc.title, doc.title])
  })
})

describe('GET /workflow', () => {
  it.each(['editor', 'reviewer', 'admin', 'editorReviewer'] as const)(
    'should show %s the state, their allowed actions and the history in order',
    async (who) => {
      const doc = await world.make('articles', 'published')
      const user = world.users[who]
      for (const [state, id] of [['published', doc.id], ['draft', (await world.make('articles')).id]] as const) {
        const res = await world.api.rest('GET', `/articles/${id}/workflow`, { token: world.tokens[who] })
        expect(res.status, res.text).toBe(200)
        expect(res.json.state).toBe(state)
        expect(res.json).toMatchObject(state === 'published' ? { live: 'published', draft: null } : { live: 'none', draft: 'draft' })
        expect([...res.json.allowedActions].sort()).toEqual(expectedAllowed(state, rolesOf(user)).sort())
      }
      const res = await world.api.rest('GET', `/articles/${doc.id}/workflow`, { token: world.tokens[who] })
      expect(res.json.history.map((e: any) => [e.action, e.fromState, e.toState])).toEqual([
        ['submit', 'draft', 'in_review'],
        ['approve', 'in_review', 'approved'],
        ['publish', 'approved', 'published'],
      ])
      const actorIds = res.json.history.map((e: any) => (typeof e.actor === 'object' ? e.actor.id : e.actor))
      expect(actorIds).toEqual([world.users.editor.id, world.users.reviewer2.id, world.users.editor.id])
      const times = res.json.history.map((e: any) => Date.parse(e.createdAt))
      expect([...times].sort((a, b) => a - b)).toEqual(times)
    },
  )

  it('should answer 401 to anonymous and 403 to a user without roles', async () => {
    const doc = await world.make('articles', 'in_review')
    expect((await world.api.rest('GET', `/articles/${doc.id}/workflow`)).status).toBe(401)
    const reader = await world.api.rest('GET', `/articles/${doc.id}/workflow`, { token: world.tokens.reader })
    expect(reader.status).toBe(403)
    expect(reader.text).not.toContain('submit')
  })
})

describe('notifications', () => {
  const link = (id: number) => `/admin/collections/articles/${id}`

  it('should mail every reviewer on submit, with the admin link', async () => {
    const doc = await world.make('articles')
    const { docs: reviewers } = await world.payload.find({ collection: 'users', where: { roles: { contains: 'reviewer' } }, limit: 100 })
    expect(reviewers.length).toBeGreaterThanOrEqual(3)
    outbox.length = 0
    expect((await world.restAct(world.tokens.editor, 'articles', doc.id, { action: 'submit' })).status).toBe(200)
    expect(outbox.map((m) => m.to).sort()).toEqual(reviewers.map((u) => u.email).sort())
    for (const mail of outbox) expect(mail.text).toContain(link(doc.id))
  })

  it.each([
    ['approve', undefined],
    ['request_changes', 'Please cite a source for the second paragraph'],
  ] as const)('should mail only the submitter on %s, with the admin link', async (action, comment) => {
    const doc = await world.make('articles')
    expect((await world.restAct(world.tokens.editor2, 'articles', doc.id, { action: 'submit' })).status).toBe(200)
    outbox.length = 0
    const res = await world.restAct(world.tokens.reviewer, 'articles', doc.id, { action, comment })
    expect(res.status, res.text).toBe(200)
    expect(outbox.map((m) => m.to)).toEqual([world.users.editor2.email])
    expect(outbox[0].text).toContain(link(doc.id))
    if (comment) expect(outbox[0].text).toContain(comment)
  })
})

describe('atomicity', () => {
  // A real database failure on the event insert only: a trigger refuses events whose comment
  // carries a marker, while the document update itself is untouched by it.
  const MARKER = 'FAIL-EVENT-WRITE'
  beforeAll(async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    await client.query(`CREATE OR REPLACE FUNCTION relief_test_refuse_event() RETURNS trigger AS $$
      BEGIN IF NEW.comment LIKE '${MARKER}%' THEN RAISE EXCEPTION 'event write refused by test trigger'; END IF;
      RETURN NEW; END $$ LANGUAGE plpgsql`)
    await client.query(`CREATE TRIGGER relief_test_refuse_event BEFORE INSERT ON workflow_events
      FOR EACH ROW EXECUTE FUNCTION relief_test_refuse_event()`)
    await client.end()
  })

  const versions = async (id: number) =>
    (await world.payload.countVersions({ collection: 'articles', where: { parent: { equals: id } } })).totalDocs

  it.each([
    ['request_changes', 'in_review', 'reviewer'],
    ['publish', 'approved', 'editor'],
    ['unpublish', 'published', 'admin'],
  ] as const)('should change nothing when the %s event cannot be written', async (action, state, who) => {
    const doc = await world.make('articles', state)
    const before = { events: await world.eventCount('articles', doc.id), versions: await versions(doc.id), live: await world.publicDoc('articles', doc.id) }
    outbox.length = 0
    const comment = `${MARKER}: this comment cannot be stored`
    const res = await world.restAct(world.tokens[who], 'articles', doc.id, { action, comment })
    // A server fault, not the caller's: 500, and nothing of the statement reaches the client.
    expect(res.status, res.text).toBe(500)
    expect(res.text).not.toMatch(/workflow_events|FAIL-EVENT-WRITE|refused by test trigger/)
    // The Local API caller gets the database's own refusal of the event insert.
    await expect(world.act(world.users[who], 'articles', doc.id, action, { comment })).rejects.toMatchObject({
      message: expect.stringContaining('insert into "workflow_events"'),
      cause: { message: 'event write refused by test trigger' },
    })
    const after = await world.latest('articles', doc.id)
    expect(after.workflowState).toBe(state)
    expect(after.workflow.approvedBy ?? null).toEqual(doc.workflow.approvedBy ?? null)
    expect(await world.eventCount('articles', doc.id)).toBe(before.events)
    expect(await versions(doc.id)).toBe(before.versions)
    expect((await world.publicDoc('articles', doc.id))?._status ?? null).toBe(before.live?._status ?? null)
    expect(outbox).toEqual([])
    // and the document is not left locked or half-changed: the next valid request works
    const ok = await world.restAct(world.tokens[who], 'articles', doc.id, { action, comment: 'Fine' })
    expect(ok.status, ok.text).toBe(200)
  })
})

describe('concurrency', () => {
  const CASES: { action: string; state: 'draft' | 'in_review' | 'approved'; who: [UserKey, UserKey] }[] = [
    { action: 'approve', state: 'in_review', who: ['reviewer', 'reviewer2'] },
    { action: 'submit', state: 'draft', who: ['editor', 'editor2'] },
    { action: 'publish', state: 'approved', who: ['editor', 'admin'] },
  ]
  it.each(CASES)('should let exactly one of two simultaneous $action requests win', async ({ action, state, who }) => {
    for (let round = 0; round < 3; round++) {
      const doc = await world.make('articles', state)
      const events = await world.eventCount('articles', doc.id)
      // Both requests are in flight at once: the first holds at the gate, the second waits behind it.
      const gate = await closeGate('workflow_events')
      let results: Awaited<ReturnType<typeof world.restAct>>[]
      try {
        const pending = Promise.all(who.map((w) => world.restAct(world.tokens[w], 'articles', doc.id, { action })))
        await gate.overlap()
        await gate.open()
        results = await pending
      } finally {
        await gate.remove()
      }
      expect(results.map((r) => r.status).sort(), results.map((r) => r.text).join('\n')).toEqual([200, 409])
      const all = await world.events('articles', doc.id)
      expect(all).toHaveLength(events + 1)
      expect(all.filter((e) => e.action === action)).toHaveLength(1)
    }
  })

  it('should neither lose an acknowledged edit nor leave it approved when the edit races an approval', async () => {
    for (let round = 0; round < 5; round++) {
      const doc = await world.make('articles', 'in_review')
      const edited = `Racing edit ${rand()}`
      const [edit, approve] = await Promise.all([
        patch(doc.id, { title: edited }),
        world.restAct(world.tokens.reviewer, 'articles', doc.id, { action: 'approve' }),
      ])
      expect(edit.status, edit.text).toBe(200)
      expect([200, 409], approve.text).toContain(approve.status)
      const after = await world.latest('articles', doc.id)
      // the edit was acknowledged with 200, so it must not vanish from the latest draft ...
      expect(after.title, `round ${round}: approve ${approve.status}, the acknowledged edit was lost`).toBe(edited)
      // ... and whichever came first, the edited wording is not approved
      expect(after.workflowState, `round ${round}: approve ${approve.status}`).toBe('draft')
      const publish = await world.restAct(world.tokens.editor, 'articles', doc.id, { action: 'publish' })
      expect(publish.status).not.toBe(200)
      expect(await world.publicDoc('articles', doc.id)).toBeNull()
    }
  })
})

describe('publish racing an edit', () => {
  it('should put only the approved wording live and keep the racing edit as a forward draft', async () => {
    for (let round = 0; round < 4; round++) {
      const doc = await world.make('articles', 'approved')
      const edited = `Racing edit ${rand()}`
      const [edit, publish] = await Promise.all([
        patch(doc.id, { title: edited }),
        world.restAct(world.tokens.editor2, 'articles', doc.id, { action: 'publish' }),
      ])
      expect(edit.status, edit.text).toBe(200)
      const live = await world.publicDoc('articles', doc.id)
      if (publish.status === 200) expect(live?.title).toBe(doc.title)
      else expect(live).toBeNull()
      expect(await world.latest('articles', doc.id)).toMatchObject({ title: edited, workflowState: 'draft' })
    }
  })
})

describe('reaffirm', () => {
  it('should record a new review on the live document without changing its wording', async () => {
    const doc = await world.make('articles', 'published')
    const before = await world.publicDoc('articles', doc.id)
    const res = await world.restAct(world.tokens.reviewer, 'articles', doc.id, { action: 'reaffirm' })
    expect(res.status, res.text).toBe(200)
    const live = await world.publicDoc('articles', doc.id)
    expect(live.title).toBe(before.title)
    expect(live._status).toBe('published')
    expect(live.medicalReview.reviewer).toBe(world.profiles.reviewer.id)
    expect(Date.parse(live.medicalReview.reviewedAt)).toBeGreaterThan(Date.parse(before.medicalReview.reviewedAt))
    const months = (await world.payload.findGlobal({ slug: 'site-settings' })).reviewIntervalMonths || 12
    const due = new Date(live.medicalReview.reviewedAt)
    due.setUTCMonth(due.getUTCMonth() + months)
    expect(Math.abs(Date.parse(live.medicalReview.nextReviewDue) - due.getTime())).toBeLessThan(3 * 24 * 3600 * 1000)
  })
})
