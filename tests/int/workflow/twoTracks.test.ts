/**
 * The two tracks of docs/workflow.md, attacked through REST, GraphQL and the Local API: a live page
 * can always be pulled (reviewers too, comment required) without losing its pending draft;
 * reaffirm renews the live review and leaves the draft alone; the reviewer queue finds forward
 * drafts; and the transition marker cannot be forged with a context key.
 */
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { asLocal, createWorld, rand, statusOf, type UserKey, type World } from '../../helpers/workflowFixtures'

let world: World

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
}, 180_000)

type Iface = 'rest' | 'graphql' | 'local'
const IFACES: Iface[] = ['rest', 'graphql', 'local']

/** One transition through one interface; the status it answered with and the error data. */
const actVia = async (
  iface: Iface,
  who: UserKey | 'anonymous',
  id: number,
  action: string,
  extra: { comment?: string } = {},
): Promise<{ status: number; data?: any; body?: any }> => {
  const token = who === 'anonymous' ? undefined : world.tokens[who]
  if (iface === 'rest') {
    const res = await world.restAct(token, 'articles', id, { action, ...extra })
    return { status: res.status, data: res.json?.errors?.[0]?.data, body: res.json }
  }
  if (iface === 'graphql') {
    const res = await world.gqlAct(token, 'articles', id, action, extra)
    const error = res.json.errors?.[0]
    return error
      ? { status: error.extensions?.statusCode, data: error.extensions?.data }
      : { status: 200, body: res.json.data.workflowTransition }
  }
  try {
    const result = await world.act(who === 'anonymous' ? null : world.users[who], 'articles', id, action, extra)
    return { status: 200, body: result }
  } catch (error) {
    return { status: statusOf(error) ?? 500, data: (error as { data?: unknown }).data }
  }
}

/** What anonymous readers get over REST and GraphQL: the title, or null when nothing is live. */
const publicTitle = async (id: number) => {
  const rest = await world.publicDoc('articles', id)
  const gql = await world.api.graphql(`query($id: Int!) { Article(id: $id) { title } }`, { id })
  const list = await world.api.rest('GET', `/articles?where[id][equals]=${id}&depth=0`)
  return { rest: rest?.title ?? null, graphql: gql.json.data?.Article?.title ?? null, list: list.json.docs[0]?.title ?? null }
}

/** A published article whose forward draft (new title) is in review. */
const liveWithDraftInReview = async () => {
  const doc = await world.make('articles', { live: 'published', draft: 'in_review' })
  const live = await world.publicDoc('articles', doc.id)
  return { id: doc.id as number, liveTitle: live.title as string, draftTitle: doc.title as string }
}

describe('pulling a live page that has a pending draft', () => {
  it.each(IFACES)('should let a reviewer unpublish at once via %s and keep the draft in review', async (iface) => {
    const { id, liveTitle, draftTitle } = await liveWithDraftInReview()
    expect(liveTitle).not.toBe(draftTitle)
    expect(await publicTitle(id)).toEqual({ rest: liveTitle, graphql: liveTitle, list: liveTitle })

    const res = await actVia(iface, 'reviewer', id, 'unpublish', { comment: 'Harmful advice in paragraph two' })
    expect(res.status, JSON.stringify(res)).toBe(200)

    expect(await publicTitle(id)).toEqual({ rest: null, graphql: null, list: null })
    const latest = await world.latest('articles', id)
    expect(latest).toMatchObject({ title: draftTitle, liveState: 'archived', draftState: 'in_review', workflowState: 'in_review' })
    const info = await world.api.rest('GET', `/articles/${id}/workflow`, { token: world.tokens.reviewer })
    expect(info.json).toMatchObject({ live: 'archived', draft: 'in_review', state: 'in_review' })
    expect(info.json.allowedActions.sort()).toEqual(['approve', 'request_changes'])
    expect((await world.events('articles', id)).at(-1)).toMatchObject({
      action: 'unpublish',
      fromState: 'published',
      toState: 'archived',
      actor: world.users.reviewer.id,
      comment: 'Harmful advice in paragraph two',
    })
  })

  it('should publish the reviewed draft later, after the live page was pulled', async () => {
    const { id, draftTitle } = await liveWithDraftInReview()
    expect((await actVia('rest', 'admin', id, 'unpublish', { comment: 'Pulled' })).status).toBe(200)
    expect((await actVia('rest', 'reviewer', id, 'approve')).status).toBe(200)
    expect((await actVia('rest', 'editor', id, 'publish')).status).toBe(200)
    expect(await publicTitle(id)).toEqual({ rest: draftTitle, graphql: draftTitle, list: draftTitle })
    expect(await world.latest('articles', id)).toMatchObject({ liveState: 'published', draftState: null })
  })

  it.each(IFACES)('should answer 422 to an unpublish without a comment via %s and keep the page live', async (iface) => {
    const { id, liveTitle } = await liveWithDraftInReview()
    for (const who of ['reviewer', 'admin'] as const) {
      const res = await actVia(iface, who, id, 'unpublish', iface === 'local' ? {} : { comment: '   ' })
      expect(res.status, JSON.stringify(res)).toBe(422)
      expect(res.data.failedGuards.map((g: { guard: string }) => g.guard)).toEqual(['commentGiven'])
    }
    expect(await publicTitle(id)).toEqual({ rest: liveTitle, graphql: liveTitle, list: liveTitle })
  })

  it.each(IFACES)('should refuse an editor (403) and anonymous (401) unpublishing via %s', async (iface) => {
    const { id, liveTitle } = await liveWithDraftInReview()
    expect((await actVia(iface, 'editor', id, 'unpublish', { comment: 'Mine' })).status).toBe(403)
    expect((await actVia(iface, 'reader', id, 'unpublish', { comment: 'Mine' })).status).toBe(403)
    expect((await actVia(iface, 'anonymous', id, 'unpublish', { comment: 'Mine' })).status).toBe(401)
    expect(await publicTitle(id)).toEqual({ rest: liveTitle, graphql: liveTitle, list: liveTitle })
    expect((await world.latest('articles', id)).draftState).toBe('in_review')
  })

  it('should name both tracks and the allowed actions in a 409', async () => {
    const doc = await world.make('articles', { live: 'archived', draft: 'draft' })
    const res = await actVia('rest', 'admin', doc.id, 'unpublish', { comment: 'Again' })
    expect(res.status).toBe(409)
    expect(res.data).toMatchObject({ state: 'draft', live: 'archived', draft: 'draft' })
    expect(res.data.allowedActions).toEqual(['submit'])
  })
})

describe('reaffirm with a pending draft', () => {
  it.each(IFACES)('should renew the live review dates via %s and leave the draft untouched', async (iface) => {
    const { id, liveTitle, draftTitle } = await liveWithDraftInReview()
    const liveBefore = await world.publicDoc('articles', id)
    const draftBefore = await world.latest('articles', id)
    const versionsBefore = (await world.payload.countVersions({ collection: 'articles', where: { parent: { equals: id } } })).totalDocs

    const res = await actVia(iface, 'reviewer', id, 'reaffirm')
    expect(res.status, JSON.stringify(res)).toBe(200)

    const live = await world.publicDoc('articles', id)
    expect(live.title).toBe(liveTitle)
    expect(live.medicalReview.reviewer).toBe(world.profiles.reviewer.id)
    expect(Date.parse(live.medicalReview.reviewedAt)).toBeGreaterThan(Date.parse(liveBefore.medicalReview.reviewedAt))
    expect(Date.parse(live.medicalReview.nextReviewDue)).toBeGreaterThan(Date.parse(liveBefore.medicalReview.nextReviewDue))
    const draft = await world.latest('articles', id)
    expect(draft).toMatchObject({ title: draftTitle, draftState: 'in_review', liveState: 'published' })
    expect(draft.medicalReview).toEqual(draftBefore.medicalReview)
    expect(draft.workflow).toEqual(draftBefore.workflow)
    // No new version: the draft is still the latest one, so it stays what reviewers see.
    expect((await world.payload.countVersions({ collection: 'articles', where: { parent: { equals: id } } })).totalDocs).toBe(versionsBefore)
    expect((await world.events('articles', id)).at(-1)).toMatchObject({ action: 'reaffirm', fromState: 'published', toState: 'published' })
  })

  it('should refuse reaffirm by an editor (403) and on a page that is not live (409)', async () => {
    const { id } = await liveWithDraftInReview()
    expect((await actVia('rest', 'editor', id, 'reaffirm')).status).toBe(403)
    const never = await world.make('articles', 'approved')
    expect((await actVia('graphql', 'reviewer', never.id, 'reaffirm')).status).toBe(409)
  })
})

describe('queues and lists', () => {
  it('should find the forward draft of a published document in the reviewer queue', async () => {
    const { id } = await liveWithDraftInReview()
    const queue = await world.api.rest('GET', '/articles?draft=true&depth=0&limit=100&sort=-updatedAt&where[draftState][equals]=in_review', {
      token: world.tokens.reviewer,
    })
    expect(queue.status).toBe(200)
    expect(queue.json.docs.map((d: { id: number }) => d.id)).toContain(id)
    const combined = await world.api.rest('GET', '/articles?draft=true&depth=0&limit=100&sort=-updatedAt&where[workflowState][equals]=in_review', {
      token: world.tokens.reviewer,
    })
    expect(combined.json.docs.map((d: { id: number }) => d.id)).toContain(id)
  })

  it('should show a live document with a pending draft as live in the list data, not as a plain draft', async () => {
    const { id } = await liveWithDraftInReview()
    const list = await world.api.rest('GET', `/articles?draft=true&depth=0&where[id][equals]=${id}`, { token: world.tokens.editor })
    expect(list.json.docs[0]).toMatchObject({ liveState: 'published', draftState: 'in_review' })
  })

  it('should refuse setting liveState or draftState directly (403) and change nothing', async () => {
    const { id, liveTitle } = await liveWithDraftInReview()
    for (const body of [{ liveState: 'archived' }, { draftState: 'approved' }, { liveState: 'none', draftState: 'draft' }]) {
      const res = await world.api.rest('PATCH', `/articles/${id}`, { token: world.tokens.admin, body })
      expect(res.status, res.text).toBe(403)
    }
    const gql = await world.api.graphql(
      `mutation($id: Int!) { updateArticle(id: $id, data: { draftState: approved }) { id } }`,
      { id },
      world.tokens.admin,
    )
    expect(gql.json.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect(await world.latest('articles', id)).toMatchObject({ liveState: 'published', draftState: 'in_review' })
    expect(await publicTitle(id)).toEqual({ rest: liveTitle, graphql: liveTitle, list: liveTitle })
  })
})

describe('the transition marker', () => {
  // What the old service put on req.context; any server code could set it.
  const FORGED = { reliefWorkflow: { action: 'publish', liveChange: 'publish' } }

  it.each([false, true])('should not publish through a forged context key (Local API, overrideAccess %s)', async (overrideAccess) => {
    const draft = await world.make('articles', 'approved')
    const title = `Forged ${rand()}`
    const attempt = () =>
      world.payload.update({
        collection: 'articles',
        id: draft.id,
        data: { title, _status: 'published', workflowState: 'published', liveState: 'published', draftState: null } as any,
        context: FORGED,
        overrideAccess,
        ...(overrideAccess ? {} : { user: asLocal(world.users.admin) }),
      })
    await expect(attempt()).rejects.toSatisfy((error) => statusOf(error) === 403)
    const created = world.payload.create({
      collection: 'articles',
      data: { ...(await world.validData('articles', title)), _status: 'published' } as any,
      context: FORGED,
      overrideAccess,
      ...(overrideAccess ? {} : { user: asLocal(world.users.editor) }),
    })
    await expect(created).rejects.toSatisfy((error) => statusOf(error) === 403)
    expect(await world.publicDoc('articles', draft.id)).toBeNull()
    expect((await world.api.rest('GET', `/articles?where[title][equals]=${encodeURIComponent(title)}`)).json.totalDocs).toBe(0)
  })

  it('should not let a forged context key edit a live page in place', async () => {
    const live = await world.make('articles', 'published')
    const title = `Forged live edit ${rand()}`
    await world.payload.update({
      collection: 'articles',
      id: live.id,
      data: { title } as any,
      context: FORGED,
      overrideAccess: false,
      user: asLocal(world.users.editor),
    })
    expect((await world.publicDoc('articles', live.id)).title).toBe(live.title)
    expect(await world.latest('articles', live.id)).toMatchObject({ title, liveState: 'published', draftState: 'draft' })
  })
})

describe('images are reviewed wording', () => {
  const upload = async (alt: string) => {
    const png = await sharp({ create: { width: 24, height: 16, channels: 3, background: '#aabbcc' } }).png().toBuffer()
    return world.payload.create({
      collection: 'media',
      data: { alt } as any,
      file: { data: png, mimetype: 'image/png', name: `img-${rand()}.png`, size: png.length },
    })
  }
  const editMedia = (id: number, body: Record<string, unknown>) =>
    world.api.rest('PATCH', `/media/${id}`, { token: world.tokens.editor, body })

  it.each([
    ['alt text', { alt: 'Cures sciatica overnight' }],
    ['caption', { caption: 'Guaranteed relief' }],
  ])('should block publishing an approved article when its hero image %s changed after approval', async (_label, change) => {
    const media = await upload('A therapist at work')
    const doc = await world.make('articles', 'approved', { heroImage: media.id })
    expect((await editMedia(media.id as number, change)).status).toBe(200)
    const res = await world.restAct(world.tokens.editor, 'articles', doc.id, { action: 'publish' })
    expect(res.status, res.text).toBe(422)
    expect(res.json.errors[0].data.failedGuards.map((g: any) => g.guard)).toEqual(['approvedWordingUnchanged'])
    expect(await world.publicDoc('articles', doc.id)).toBeNull()
  })

  it('should block publishing when an image shown in the rich-text body changed its alt text after approval', async () => {
    const media = await upload('Diagram of the sciatic nerve')
    const body = (await richText(world.payload, 'See the diagram.')) as any
    body.root.children.push({ type: 'upload', version: 3, format: '', id: rand() + rand(), fields: null, relationTo: 'media', value: media.id })
    const doc = await world.make('articles', 'approved', { body })
    expect((await editMedia(media.id as number, { alt: 'Proof that massage cures it' })).status).toBe(200)
    expect((await world.restAct(world.tokens.editor, 'articles', doc.id, { action: 'publish' })).status).toBe(422)
  })

  it('should flag the published documents that show an image as review due when its alt text changes, in the same request', async () => {
    const media = await upload('Hands on the lower back')
    const hero = await world.make('articles', 'published', { heroImage: media.id })
    const body = (await richText(world.payload, 'Look closely.')) as any
    body.root.children.push({ type: 'upload', version: 3, format: '', id: rand() + rand(), fields: null, relationTo: 'media', value: media.id })
    const inBody = await world.make('techniques', 'published', { body })
    const other = await world.make('articles', 'published')
    const forward = await world.make('articles', { live: 'published', draft: 'in_review' }, { heroImage: media.id })

    expect((await editMedia(media.id as number, { caption: 'Unreviewed caption' })).status).toBe(200)
    for (const [slug, id] of [['articles', hero.id], ['techniques', inBody.id], ['articles', forward.id]] as const) {
      expect((await world.publicDoc(slug, id)).medicalReview.isReviewDue, `${slug} ${id}`).toBe(true)
      expect((await world.events(slug, id)).at(-1)).toMatchObject({ action: 'image_wording_changed', actor: world.users.editor.id })
    }
    expect((await world.publicDoc('articles', other.id)).medicalReview.isReviewDue).toBe(false)
    // The pending draft stays what it was.
    expect((await world.latest('articles', forward.id)).draftState).toBe('in_review')
    // A reaffirm clears the flag.
    expect((await world.restAct(world.tokens.reviewer, 'articles', hero.id, { action: 'reaffirm' })).status).toBe(200)
    expect((await world.publicDoc('articles', hero.id)).medicalReview.isReviewDue).toBe(false)
  })

  it('should not flag anything when only the file name or focal point of an image changes', async () => {
    const media = await upload('A foam roller')
    const hero = await world.make('articles', 'published', { heroImage: media.id })
    expect((await editMedia(media.id as number, { focalX: 20, focalY: 30 })).status).toBe(200)
    expect((await world.publicDoc('articles', hero.id)).medicalReview.isReviewDue).toBe(false)
  })
})
