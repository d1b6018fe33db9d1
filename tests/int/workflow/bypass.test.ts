/**
 * Every way around the workflow, tried by an editor and by an admin: setting `_status` or
 * `workflowState` directly, bulk updates, the silent live-edit and unpublish paths of
 * docs/publish-gate.md, version restores, duplicates, and stale approvals. Each is refused, and
 * the anonymous reader keeps seeing exactly what was live before.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { JOBS_QUEUE } from '@/jobs/queue'

import { getTestPayload } from '../../helpers/payload'
import { asLocal, createWorld, rand, statusOf, type World } from '../../helpers/workflowFixtures'

let world: World

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
}, 120_000)

const ATTACKERS = ['editor', 'admin'] as const
type Attacker = (typeof ATTACKERS)[number]

/** A published article (live title known) and a never-approved draft. */
const targets = async () => {
  const live = await world.make('articles', 'published')
  const draft = await world.make('articles', 'draft')
  return { live, draft }
}

/** The anonymous reader still sees `title` live (REST and GraphQL), or nothing when null. */
const expectPublic = async (id: number, title: string | null) => {
  const rest = await world.publicDoc('articles', id)
  const gql = await world.api.graphql(`query($id: Int!) { Article(id: $id) { title _status } }`, { id })
  if (title === null) {
    expect(rest).toBeNull()
    expect(gql.json.data?.Article ?? null).toBeNull()
    return
  }
  expect(rest?.title).toBe(title)
  expect(rest?._status).toBe('published')
  expect(gql.json.data?.Article?.title).toBe(title)
}

const anonymousFindsTitle = async (title: string) =>
  (await world.api.rest('GET', `/articles?where[title][equals]=${encodeURIComponent(title)}`)).json.totalDocs

const gqlStatus = (res: { json: any }, field: string) =>
  res.json.errors?.find((e: any) => e.path?.[0] === field)?.extensions?.statusCode

describe.each(ATTACKERS)('bypass attempts by %s', (who: Attacker) => {
  const token = () => world.tokens[who]
  const user = () => asLocal(world.users[who])

  it('should refuse a REST create with _status published and put nothing live', async () => {
    for (const query of ['', '?draft=true', '?draft=false']) {
      const title = `Sneaky create ${rand()}`
      const before = await world.payload.count({ collection: 'articles' })
      const res = await world.api.rest('POST', `/articles${query}`, {
        token: token(),
        body: { ...(await world.validData('articles', title)), _status: 'published' },
      })
      expect(res.status, `${query}: ${res.text}`).toBe(403)
      expect(await world.payload.count({ collection: 'articles' })).toEqual(before)
      expect(await anonymousFindsTitle(title)).toBe(0)
    }
  })

  it('should refuse a REST update with _status published and keep the old live version', async () => {
    const { live, draft } = await targets()
    for (const query of ['', '?draft=true', '?draft=false']) {
      for (const doc of [live, draft]) {
        const res = await world.api.rest('PATCH', `/articles/${doc.id}${query}`, {
          token: token(),
          body: { title: `Hijacked ${rand()}`, _status: 'published' },
        })
        expect(res.status, `${query}: ${res.text}`).toBe(403)
        expect((await world.latest('articles', doc.id)).title).toBe(doc.title)
      }
    }
    await expectPublic(live.id, live.title)
    await expectPublic(draft.id, null)
  })

  it.each(['approved', 'published', 'in_review'])('should refuse setting workflowState %s on REST create and update', async (state) => {
    const title = `State create ${rand()}`
    const created = await world.api.rest('POST', '/articles', {
      token: token(),
      body: { ...(await world.validData('articles', title)), workflowState: state },
    })
    expect(created.status, created.text).toBe(403)
    expect(await world.payload.count({ collection: 'articles', where: { title: { equals: title } } })).toEqual({ totalDocs: 0 })

    const { live, draft } = await targets()
    // a value equal to the current state is what forms send back; only a change is an attempt
    for (const doc of [live, draft].filter((d) => d.workflowState !== state)) {
      const res = await world.api.rest('PATCH', `/articles/${doc.id}`, { token: token(), body: { workflowState: state } })
      expect(res.status, res.text).toBe(403)
      expect((await world.latest('articles', doc.id)).workflowState).toBe(doc.workflowState)
    }
    await expectPublic(live.id, live.title)
    await expectPublic(draft.id, null)
  })

  it('should treat the current workflowState sent back unchanged as a plain draft edit that changes nothing live', async () => {
    const { live } = await targets()
    const title = `Form echo ${rand()}`
    const res = await world.api.rest('PATCH', `/articles/${live.id}`, { token: token(), body: { title, workflowState: 'published' } })
    expect(res.status, res.text).toBe(200)
    expect(await world.latest('articles', live.id)).toMatchObject({ title, workflowState: 'draft', _status: 'draft' })
    await expectPublic(live.id, live.title)
    expect((await world.restAct(token(), 'articles', live.id, { action: 'publish' })).status).toBe(409)
  })

  it.each(['approved', 'published'])('should refuse setting workflowState %s over GraphQL', async (state) => {
    const { live, draft } = await targets()
    const title = `Gql create ${rand()}`
    const res = await world.api.graphql(
      `mutation($id: Int!, $draftId: Int!, $title: String!) {
        createArticle(data: { title: $title, workflowState: ${state} }) { id }
        updateArticle(id: $id, data: { workflowState: ${state === 'published' ? 'approved' : state} }) { id }
        updateDraft: updateArticle(id: $draftId, data: { workflowState: ${state} }) { id }
      }`,
      { id: live.id, draftId: draft.id, title },
      token(),
    )
    for (const field of ['createArticle', 'updateArticle', 'updateDraft']) expect(gqlStatus(res, field), JSON.stringify(res.json)).toBe(403)
    expect(await world.payload.count({ collection: 'articles', where: { title: { equals: title } } })).toEqual({ totalDocs: 0 })
    expect((await world.latest('articles', live.id)).workflowState).toBe('published')
    expect((await world.latest('articles', draft.id)).workflowState).toBe('draft')
    await expectPublic(live.id, live.title)
  })

  it('should refuse _status published over GraphQL create and update, with or without draft', async () => {
    const { live, draft } = await targets()
    const res = await world.api.graphql(
      `mutation($id: Int!, $draftId: Int!, $title: String!) {
        createArticle(data: { title: $title, _status: published }) { id }
        updateArticle(id: $id, data: { title: "Gql hijack", _status: published }) { id }
        asDraft: updateArticle(id: $draftId, draft: true, data: { _status: published }) { id }
        notDraft: updateArticle(id: $draftId, draft: false, data: { _status: published }) { id }
      }`,
      { id: live.id, draftId: draft.id, title: `Gql publish ${rand()}` },
      token(),
    )
    for (const field of ['createArticle', 'updateArticle', 'asDraft', 'notDraft']) {
      expect(gqlStatus(res, field), `${field}: ${JSON.stringify(res.json)}`).toBe(403)
    }
    await expectPublic(live.id, live.title)
    await expectPublic(draft.id, null)
  })

  it('should refuse the Local API with overrideAccess false setting _status published or workflowState', async () => {
    const { live, draft } = await targets()
    const opts = { collection: 'articles', overrideAccess: false, user: user() } as const
    for (const doc of [live, draft]) {
      for (const draftFlag of [undefined, true, false]) {
        const attempt = world.payload.update({ ...opts, id: doc.id, draft: draftFlag, data: { title: `Local ${rand()}`, _status: 'published' } as any })
        await expect(attempt).rejects.toMatchObject({ status: 403 })
      }
      await expect(world.payload.update({ ...opts, id: doc.id, data: { workflowState: 'approved' } as any })).rejects.toMatchObject({ status: 403 })
    }
    await expect(
      world.payload.create({ ...opts, data: { ...(await world.validData('articles')), _status: 'published' } as any }),
    ).rejects.toMatchObject({ status: 403 })
    await expectPublic(live.id, live.title)
    await expectPublic(draft.id, null)
    expect((await world.latest('articles', draft.id)).workflowState).toBe('draft')
  })

  it('should refuse a bulk update that publishes or sets the state', async () => {
    const { live, draft } = await targets()
    for (const body of [{ title: `Bulk ${rand()}`, _status: 'published' }, { workflowState: 'approved' }]) {
      for (const doc of [live, draft]) {
        const res = await world.api.rest('PATCH', `/articles?where[id][equals]=${doc.id}`, { token: token(), body })
        // Payload reports refusals of single documents in a bulk update as 400 with a list
        expect([400, 403], res.text).toContain(res.status)
        expect(res.text).toMatch(body.workflowState ? /workflowState/ : /published/)
        expect(res.json.docs ?? []).toEqual([])
        expect((await world.latest('articles', doc.id)).workflowState).toBe(doc.workflowState)
      }
    }
    await expectPublic(live.id, live.title)
    await expectPublic(draft.id, null)
  })

  it('should keep the live version when a published doc is edited without _status (Payload #13267)', async () => {
    const { live } = await targets()
    const title = `Silent live edit ${rand()}`
    const res = await world.api.rest('PATCH', `/articles/${live.id}`, { token: token(), body: { title } })
    expect(res.status, res.text).toBe(200)
    await expectPublic(live.id, live.title)
    const latest = await world.latest('articles', live.id)
    expect(latest).toMatchObject({ title, workflowState: 'draft', _status: 'draft' })
    // a bulk edit without _status and a raw Local API edit are forced into drafts as well
    const bulk = await world.api.rest('PATCH', `/articles?where[id][equals]=${live.id}`, { token: token(), body: { excerpt: 'Bulk excerpt' } })
    expect(bulk.status, bulk.text).toBe(200)
    await world.payload.update({ collection: 'articles', id: live.id, data: { title: `Raw local ${rand()}` } as any })
    await expectPublic(live.id, live.title)
  })

  it('should not unpublish a published doc with a pending draft when it is edited without _status', async () => {
    const { live } = await targets()
    const pending = await world.api.rest('PATCH', `/articles/${live.id}?draft=true`, { token: token(), body: { title: `Pending ${rand()}` } })
    expect(pending.status).toBe(200)
    const title = `Second edit ${rand()}`
    const res = await world.api.rest('PATCH', `/articles/${live.id}`, { token: token(), body: { title } })
    expect(res.status, res.text).toBe(200)
    await expectPublic(live.id, live.title)
    await world.payload.update({ collection: 'articles', id: live.id, data: { excerpt: 'Raw local edit' } as any, overrideAccess: false, user: user() })
    await expectPublic(live.id, live.title)
    expect((await world.latest('articles', live.id)).title).toBe(title)
  })

  it('should refuse restoring a version live (REST ?draft=false, REST default, Local API, GraphQL)', async () => {
    const { live } = await targets()
    await world.api.rest('PATCH', `/articles/${live.id}`, { token: token(), body: { title: `Newer draft ${rand()}` } })
    const { docs: versions } = await world.payload.findVersions({ collection: 'articles', where: { parent: { equals: live.id } }, sort: '-updatedAt' })
    for (const version of versions.slice(0, 3)) {
      for (const query of ['?draft=false', '']) {
        const res = await world.api.rest('POST', `/articles/versions/${version.id}${query}`, { token: token() })
        expect(res.status, `${query} ${res.text}`).toBe(403)
      }
      await expect(
        world.payload.restoreVersion({ collection: 'articles', id: String(version.id), overrideAccess: false, user: user() }),
      ).rejects.toMatchObject({ status: 403 })
      const gql = await world.api.graphql(`mutation($id: Int!) { restoreVersionArticle(id: $id) { id } }`, { id: version.id }, token())
      expect(gqlStatus(gql, 'restoreVersionArticle'), JSON.stringify(gql.json)).toBe(403)
      const gqlFalse = await world.api.graphql(`mutation($id: Int!) { restoreVersionArticle(id: $id, draft: false) { id } }`, { id: version.id }, token())
      expect(gqlStatus(gqlFalse, 'restoreVersionArticle')).toBe(403)
    }
    await expectPublic(live.id, live.title)
  })

  it('should restore an old published version only as a draft in state draft', async () => {
    const first = await world.make('articles', 'published')
    const secondTitle = `Second wording ${rand()}`
    await world.api.rest('PATCH', `/articles/${first.id}`, { token: world.tokens.editor, body: { title: secondTitle } })
    await world.bringTo('articles', first.id, 'published')
    await expectPublic(first.id, secondTitle)
    const { docs } = await world.payload.findVersions({
      collection: 'articles',
      where: { and: [{ parent: { equals: first.id } }, { 'version.title': { equals: first.title } }, { 'version._status': { equals: 'published' } }] },
    })
    expect(docs.length).toBeGreaterThan(0)
    const res = await world.api.rest('POST', `/articles/versions/${docs[0].id}?draft=true`, { token: token() })
    expect(res.status, res.text).toBe(200)
    await expectPublic(first.id, secondTitle)
    expect(await world.latest('articles', first.id)).toMatchObject({ title: first.title, workflowState: 'draft', _status: 'draft' })

    const gql = await world.api.graphql(
      `mutation($id: Int!) { restoreVersionArticle(id: $id, draft: true) { id title workflowState } }`,
      { id: docs[0].id },
      token(),
    )
    expect(gql.json.errors, JSON.stringify(gql.json)).toBeUndefined()
    expect(gql.json.data.restoreVersionArticle.workflowState).toBe('draft')
    await expectPublic(first.id, secondTitle)
    // and the restored wording must be reviewed again before it can go live
    const publish = await world.restAct(token(), 'articles', first.id, { action: 'publish' })
    expect(publish.status).toBe(409)
  })

  const DUPLICATES = [
    { label: 'an FAQ (no slug)', slug: 'faqs' as const, body: () => ({}) },
    { label: 'an article given a fresh slug', slug: 'articles' as const, body: () => ({ slug: `copy-${rand()}` }) },
    { label: 'an article as the admin panel duplicates it (no body)', slug: 'articles' as const, body: () => undefined },
  ]
  it.each(DUPLICATES)('should duplicate a published $label into a draft in state draft without its review', async ({ slug, body }) => {
    const live = await world.make(slug, 'published')
    expect(live.medicalReview.reviewedAt).toBeTruthy()
    const copies: any[] = []
    for (const query of ['', '?draft=false']) {
      const res = await world.api.rest('POST', `/${slug}/${live.id}/duplicate${query}`, { token: token(), body: body() })
      expect([200, 201], `${query}: ${res.text}`).toContain(res.status)
      copies.push(res.json.doc)
    }
    const local = { collection: slug, id: live.id, data: body() as any }
    copies.push(await world.payload.duplicate({ ...local, overrideAccess: false, user: user() }))
    copies.push(await world.payload.duplicate({ ...local, data: body() as any }))
    for (const copy of copies) {
      expect(copy.id).not.toBe(live.id)
      const stored = await world.latest(slug, copy.id)
      expect(stored).toMatchObject({ workflowState: 'draft', _status: 'draft' })
      expect(stored.medicalReview?.reviewer ?? null).toBeNull()
      expect(stored.medicalReview?.reviewedAt ?? null).toBeNull()
      expect(stored.workflow?.reviewedHash ?? null).toBeNull()
      expect(stored.workflow?.approvedBy ?? null).toBeNull()
      expect(await world.publicDoc(slug, copy.id)).toBeNull()
      expect((await world.restAct(token(), slug, copy.id, { action: 'publish' })).status).toBe(409)
    }
    const withStatus = await world.api.rest('POST', `/${slug}/${live.id}/duplicate`, {
      token: token(),
      body: { ...(body() ?? {}), _status: 'published' },
    })
    expect(withStatus.status).toBe(403)
    expect((await world.publicDoc(slug, live.id))?.workflowState).toBe('published')
  })
})

describe('publishing what no reviewer approved', () => {
  it('should not let an admin publish a never-approved doc through any path', async () => {
    const states = ['draft', 'in_review', 'changes_requested'] as const
    for (const state of states) {
      const doc = await world.make('articles', state)
      const events = await world.eventCount('articles', doc.id)
      const t = world.tokens.admin
      expect((await world.restAct(t, 'articles', doc.id, { action: 'publish' })).status).toBe(409)
      expect((await world.gqlAct(t, 'articles', doc.id, 'publish')).json.errors[0].extensions.statusCode).toBe(409)
      await expect(world.act(world.users.admin, 'articles', doc.id, 'publish')).rejects.toMatchObject({ status: 409 })
      expect((await world.restAct(t, 'articles', doc.id, { action: 'approve' })).status).toBe(403)
      expect((await world.api.rest('PATCH', `/articles/${doc.id}`, { token: t, body: { _status: 'published' } })).status).toBe(403)
      expect((await world.api.rest('PATCH', `/articles/${doc.id}?draft=false`, { token: t, body: { _status: 'published' } })).status).toBe(403)
      expect((await world.api.rest('PATCH', `/articles?where[id][equals]=${doc.id}`, { token: t, body: { _status: 'published' } })).status).toBe(403)
      const err = await world.payload
        .update({ collection: 'articles', id: doc.id, data: { _status: 'published' } as any, overrideAccess: false, user: asLocal(world.users.admin) })
        .catch((e) => e)
      expect(statusOf(err)).toBe(403)
      await expectPublic(doc.id, null)
      expect((await world.latest('articles', doc.id)).workflowState).toBe(state)
      expect(await world.eventCount('articles', doc.id)).toBe(events)
    }
  })

  it('should not let a scheduled publish put never-approved content live, while an approved one goes live', async () => {
    const schedule = (id: number) =>
      world.payload.jobs.queue({
        task: 'schedulePublish' as never,
        queue: JOBS_QUEUE,
        input: { type: 'publish', doc: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: world.users.admin.id } } as never,
      })
    const docs = { draft: await world.make('articles', 'draft'), in_review: await world.make('articles', 'in_review'), approved: await world.make('articles', 'approved') }
    for (const doc of Object.values(docs)) await schedule(doc.id)
    await world.payload.jobs.run({ queue: JOBS_QUEUE, limit: 10 })
    for (const state of ['draft', 'in_review'] as const) {
      await expectPublic(docs[state].id, null)
      expect((await world.latest('articles', docs[state].id)).workflowState).toBe(state)
      expect((await world.events('articles', docs[state].id)).map((e) => e.action)).not.toContain('publish')
    }
    await expectPublic(docs.approved.id, docs.approved.title)
    expect((await world.events('articles', docs.approved.id)).at(-1)).toMatchObject({ action: 'publish', actor: world.users.admin.id })
  })

  it('should dismiss an approval whose wording changed through a raw Local API draft update, so publish answers 409', async () => {
    const doc = await world.make('articles', 'approved')
    await world.payload.update({ collection: 'articles', id: doc.id, draft: true, data: { title: `Quietly reworded ${rand()}` } as any })
    const after = await world.latest('articles', doc.id)
    expect(after.workflowState).toBe('draft')
    const events = await world.events('articles', doc.id)
    expect(events.at(-1)).toMatchObject({ action: 'approval_dismissed', fromState: 'approved', toState: 'draft' })
    const res = await world.restAct(world.tokens.editor, 'articles', doc.id, { action: 'publish' })
    expect(res.status, res.text).toBe(409)
    expect(res.json.errors[0].data).toMatchObject({ state: 'draft' })
    await expectPublic(doc.id, null)
  })
})
