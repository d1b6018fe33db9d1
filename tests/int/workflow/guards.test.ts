/**
 * Refusals of the workflow endpoint: malformed requests (400), missing documents (404),
 * guards (422, every failure listed at once), separation of duties (403), reviewer
 * credentials and blocking claims findings.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { createUser, PASSWORD, richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import {
  type ContentSlug,
  createWorld,
  rand,
  rawPost,
  type World,
} from '../../helpers/workflowFixtures'

let world: World
const RISKY = 'This routine is guaranteed to cure sciatica permanently.'

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
}, 120_000)

const failedGuards = (res: { json: any }) =>
  (res.json?.errors?.[0]?.data?.failedGuards ?? []).map((f: { guard: string }) => f.guard).sort()

/** Nothing happened: same state, no event. */
const expectUntouched = async (slug: ContentSlug, id: number, state: string, events: number) => {
  expect((await world.latest(slug, id)).workflowState).toBe(state)
  expect(await world.eventCount(slug, id)).toBe(events)
}

describe('malformed requests', () => {
  const BAD_BODIES: [string, unknown][] = [
    ['an unknown action', { action: 'teleport' }],
    ['a missing action', { comment: 'hello' }],
    ['an empty action', { action: '' }],
    ['an action that is a number', { action: 5 }],
    ['an action that is an array', { action: ['submit'] }],
    ['a comment that is a number', { action: 'submit', comment: 123 }],
    ['a comment that is an object', { action: 'submit', comment: { text: 'x' } }],
    ['acknowledgeFindings that is a string', { action: 'submit', acknowledgeFindings: 'yes' }],
    ['a body that is an array', [{ action: 'submit' }]],
    ['a body that is a string', 'submit'],
    ['a body that is null', null],
    ['a comment longer than 5000 characters', { action: 'submit', comment: 'x'.repeat(5001) }],
    ['a comment containing a NUL character', { action: 'submit', comment: 'bad \u0000 comment' }],
  ]

  it.each(BAD_BODIES)('should answer 400 to %s and change nothing', async (_label, body) => {
    const doc = await world.make('articles')
    const res = await world.restAct(world.tokens.editor, 'articles', doc.id, body)
    expect(res.status, res.text).toBe(400)
    expect(res.json.errors[0].message).toEqual(expect.any(String))
    await expectUntouched('articles', doc.id, 'draft', 0)
  })

  it.each([
    ['broken JSON', '{"action": "submit"'],
    ['plain text', 'action=submit'],
    ['an empty body', ''],
  ])('should answer 400 to a non-JSON body (%s)', async (_label, raw) => {
    const doc = await world.make('articles')
    const res = await rawPost(world.payload, `/articles/${doc.id}/workflow`, raw, world.tokens.editor)
    expect(res.status, res.text).toBe(400)
    await expectUntouched('articles', doc.id, 'draft', 0)
  })

  it('should answer 400 to an unknown action over GraphQL and the Local API', async () => {
    const doc = await world.make('articles')
    const gql = await world.gqlAct(world.tokens.editor, 'articles', doc.id, 'teleport')
    expect(gql.json.errors?.[0]?.extensions?.statusCode).toBe(400)
    await expect(world.act(world.users.editor, 'articles', doc.id, 'teleport')).rejects.toMatchObject({ status: 400 })
    await expect(world.act(world.users.editor, 'articles', doc.id, undefined as never)).rejects.toMatchObject({
      status: 400,
    })
    await expectUntouched('articles', doc.id, 'draft', 0)
  })
})

describe('missing documents', () => {
  it.each(['99999999', 'abc', '-1', '1.5'])('should answer 404 for the id %s on every interface', async (id) => {
    const res = await world.restAct(world.tokens.editor, 'articles', id, { action: 'submit' })
    expect(res.status, res.text).toBe(404)
    expect((await world.api.rest('GET', `/articles/${id}/workflow`, { token: world.tokens.editor })).status).toBe(404)
    const gql = await world.gqlAct(world.tokens.editor, 'articles', id, 'submit')
    expect(gql.json.errors?.[0]?.extensions?.statusCode).toBe(404)
    await expect(world.act(world.users.editor, 'articles', id, 'submit')).rejects.toMatchObject({ status: 404 })
  })

  it.each(['articles', 'techniques', 'faqs', 'therapists', 'disclaimers'] as ContentSlug[])(
    'should answer 404 for a deleted %s',
    async (slug) => {
      const doc = await world.make(slug, 'in_review')
      await world.payload.delete({ collection: slug, id: doc.id })
      const res = await world.restAct(world.tokens.reviewer, slug, doc.id, { action: 'approve' })
      expect(res.status, res.text).toBe(404)
      await expect(world.act(world.users.reviewer, slug, doc.id, 'approve')).rejects.toMatchObject({ status: 404 })
      expect(await world.eventCount(slug, doc.id)).toBe(1)
    },
  )
})

describe('submit guards', () => {
  const CASES: { label: string; slug: ContentSlug; change: (w: World) => Promise<Record<string, unknown>>; guards: string[]; mentions?: RegExp }[] = [
    {
      label: 'an article with no excerpt and no medical disclaimer',
      slug: 'articles',
      change: async () => ({ excerpt: null, disclaimers: [] }),
      guards: ['medicalDisclaimerAttached', 'requiredForReview'],
      mentions: /excerpt/,
    },
    {
      label: 'an article with only a general disclaimer',
      slug: 'articles',
      change: async (w) => ({ disclaimers: [w.generalDisclaimer.id] }),
      guards: ['medicalDisclaimerAttached'],
    },
    {
      label: 'an article with an empty body and no excerpt',
      slug: 'articles',
      change: async () => ({ body: null, excerpt: '   ' }),
      guards: ['requiredForReview'],
      mentions: /excerpt, body|body, excerpt/,
    },
    {
      label: 'a technique without precautions',
      slug: 'techniques',
      change: async () => ({ precautions: null }),
      // Checked once: by its own guard, not a second time as a required field.
      guards: ['precautionsPresent'],
      mentions: /precautions/,
    },
    {
      label: 'a technique with no summary, body or precautions',
      slug: 'techniques',
      change: async () => ({ precautions: null, summary: null, body: null }),
      guards: ['precautionsPresent', 'requiredForReview'],
      mentions: /summary, body/,
    },
    {
      label: 'a therapist without a bio',
      slug: 'therapists',
      change: async () => ({ bio: null }),
      guards: ['requiredForReview'],
      mentions: /bio/,
    },
  ]

  it.each(CASES)('should refuse to submit $label with 422 listing every failed guard', async ({ slug, change, guards, mentions }) => {
    const doc = await world.make(slug, 'draft', await change(world))
    const res = await world.restAct(world.tokens.editor, slug, doc.id, { action: 'submit' })
    expect(res.status, res.text).toBe(422)
    expect(failedGuards(res)).toEqual(guards)
    if (mentions) expect(JSON.stringify(res.json.errors[0])).toMatch(mentions)
    await expectUntouched(slug, doc.id, 'draft', 0)
  })
})

describe('comments', () => {
  it.each([
    ['request_changes', 'in_review', 'reviewer', undefined],
    ['request_changes', 'in_review', 'reviewer', '   '],
    ['unpublish', 'published', 'admin', undefined],
    ['unpublish', 'published', 'admin', ''],
  ] as const)('should refuse %s from %s without a comment (%s, comment %j) with 422', async (action, state, who, comment) => {
    const doc = await world.make('articles', state)
    const events = await world.eventCount('articles', doc.id)
    const res = await world.restAct(world.tokens[who], 'articles', doc.id, { action, comment })
    expect(res.status, res.text).toBe(422)
    expect(failedGuards(res)).toEqual(['commentGiven'])
    await expectUntouched('articles', doc.id, state, events)
    if (state === 'published') expect((await world.publicDoc('articles', doc.id))?._status).toBe('published')
  })
})

describe('separation of duties', () => {
  it('should refuse approval by the submitter with 403, even holding both roles', async () => {
    const doc = await world.make('articles')
    expect((await world.restAct(world.tokens.editorReviewer, 'articles', doc.id, { action: 'submit' })).status).toBe(200)
    const res = await world.restAct(world.tokens.editorReviewer, 'articles', doc.id, { action: 'approve' })
    expect(res.status, res.text).toBe(403)
    await expectUntouched('articles', doc.id, 'in_review', 1)
    const gql = await world.gqlAct(world.tokens.editorReviewer, 'articles', doc.id, 'approve')
    expect(gql.json.errors?.[0]?.extensions?.statusCode).toBe(403)
    await expect(world.act(world.users.editorReviewer, 'articles', doc.id, 'approve')).rejects.toMatchObject({ status: 403 })
    expect((await world.restAct(world.tokens.reviewer, 'articles', doc.id, { action: 'approve' })).status).toBe(200)
  })

  const TOUCHES: { label: string; touch: (id: number) => Promise<{ status: number }>; blocks: boolean }[] = [
    {
      label: 'edited the title',
      touch: (id) => world.api.rest('PATCH', `/articles/${id}`, { token: world.tokens.editorReviewer, body: { title: `Edited ${rand()}` } }),
      blocks: true,
    },
    {
      label: 'edited the Thai body',
      touch: async (id) =>
        world.api.rest('PATCH', `/articles/${id}?locale=th`, {
          token: world.tokens.editorReviewer,
          body: { title: `ไทย ${rand()}`, body: await richText(world.payload, 'ข้อความใหม่') },
        }),
      blocks: true,
    },
    {
      label: 'changed the attached disclaimers',
      touch: (id) =>
        world.api.rest('PATCH', `/articles/${id}`, {
          token: world.tokens.editorReviewer,
          body: { disclaimers: [world.medicalDisclaimer.id, world.generalDisclaimer.id] },
        }),
      blocks: true,
    },
    {
      label: 'only changed the topics (not reviewed wording)',
      touch: (id) => world.api.rest('PATCH', `/articles/${id}`, { token: world.tokens.editorReviewer, body: { topics: ['spa'] } }),
      blocks: false,
    },
  ]

  it.each(TOUCHES)('should judge approval by a reviewer who $label since the last publish', async ({ touch, blocks }) => {
    const doc = await world.make('articles')
    const edit = await touch(doc.id)
    expect(edit.status).toBe(200)
    expect((await world.restAct(world.tokens.editor, 'articles', doc.id, { action: 'submit' })).status).toBe(200)
    const res = await world.restAct(world.tokens.editorReviewer, 'articles', doc.id, { action: 'approve' })
    if (!blocks) {
      expect(res.status, res.text).toBe(200)
      return
    }
    expect(res.status, res.text).toBe(403)
    expect(res.json.errors[0].message).toMatch(/edited/i)
    await expectUntouched('articles', doc.id, 'in_review', 1)
  })

  it('should refuse approval by the reviewer who created the document with 403', async () => {
    const created = await world.api.rest('POST', '/articles', {
      token: world.tokens.editorReviewer,
      body: await world.validData('articles'),
    })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id
    expect((await world.restAct(world.tokens.editor, 'articles', id, { action: 'submit' })).status).toBe(200)
    expect((await world.restAct(world.tokens.editorReviewer, 'articles', id, { action: 'approve' })).status).toBe(403)
  })

  it('should let an editor of an earlier, published round approve the next round', async () => {
    const doc = await world.make('articles')
    await world.api.rest('PATCH', `/articles/${doc.id}`, { token: world.tokens.editorReviewer, body: { title: `Round one ${rand()}` } })
    await world.bringTo('articles', doc.id, 'published')
    const edit = await world.api.rest('PATCH', `/articles/${doc.id}`, { token: world.tokens.editor, body: { title: `Round two ${rand()}` } })
    expect(edit.status).toBe(200)
    expect((await world.restAct(world.tokens.editor, 'articles', doc.id, { action: 'submit' })).status).toBe(200)
    const res = await world.restAct(world.tokens.editorReviewer, 'articles', doc.id, { action: 'approve' })
    expect(res.status, res.text).toBe(200)
  })
})

describe('reviewer credentials', () => {
  const LAPSED = '2023-05-31'
  const CASES: { label: string; profile: () => Promise<number | undefined>; message: RegExp }[] = [
    { label: 'no therapist link', profile: async () => undefined, message: /not linked to a therapist/ },
    {
      label: 'a therapist who is not a medical reviewer',
      profile: async () => (await world.createReviewerProfile({ isMedicalReviewer: false })).id,
      message: /not marked as a medical reviewer/,
    },
    {
      label: 'a lapsed credential',
      profile: async () =>
        (await world.createReviewerProfile({ credentials: [{ type: 'LMT', expiresOn: `${LAPSED}T12:00:00.000Z` }] })).id,
      message: new RegExp(`lapsed on ${LAPSED}`),
    },
    {
      label: 'no credential at all',
      profile: async () => (await world.createReviewerProfile({ credentials: [] })).id,
      message: /no credential/,
    },
  ]

  it.each(CASES)('should refuse approve and reaffirm by a reviewer with $label with 422 naming the problem', async ({ profile, message }) => {
    const therapist = await profile()
    const user = await createUser(world.payload, ['reviewer'], `uncredentialed ${rand()}`)
    if (therapist) await world.payload.update({ collection: 'users', id: user.id, data: { therapist } as any })
    const token = await world.api.login(user.email, PASSWORD)
    for (const [state, action] of [['in_review', 'approve'], ['published', 'reaffirm']] as const) {
      const doc = await world.make('articles', state)
      const events = await world.eventCount('articles', doc.id)
      const res = await world.restAct(token, 'articles', doc.id, { action })
      expect(res.status, res.text).toBe(422)
      expect(failedGuards(res)).toEqual(['reviewerCredentialValid'])
      expect(res.json.errors[0].message).toMatch(message)
      await expectUntouched('articles', doc.id, state, events)
    }
  })
})

describe('reviewer credentials come from the reviewed profile', () => {
  // A therapist profile is content under the workflow: its unreviewed draft must not vouch
  // for anyone. Editors may edit every profile draft, so trusting drafts lets them restore a
  // lapsed credential or make someone a medical reviewer without any review.
  it.each([
    ['add a fresh credential to a lapsed profile', { credentials: [{ type: 'PT', expiresOn: '2021-01-31T12:00:00.000Z' }] }, { credentials: [{ type: 'PT', expiresOn: '2099-01-01T12:00:00.000Z' }] }],
    ['mark a profile as medical reviewer', { isMedicalReviewer: false }, { isMedicalReviewer: true }],
  ])('should not let an unreviewed profile draft %s and so sign approvals', async (_label, live, draftChange) => {
    const profile = await world.createReviewerProfile(live)
    const user = await createUser(world.payload, ['editor', 'reviewer'], `self promoter ${rand()}`)
    await world.payload.update({ collection: 'users', id: user.id, data: { therapist: profile.id } as any })
    const token = await world.api.login(user.email, PASSWORD)
    const edit = await world.api.rest('PATCH', `/therapists/${profile.id}`, { token, body: draftChange })
    expect(edit.status, edit.text).toBe(200)
    expect((await world.latest('therapists', profile.id)).workflowState).toBe('draft')
    const doc = await world.make('articles', 'in_review')
    const res = await world.restAct(token, 'articles', doc.id, { action: 'approve' })
    expect(res.status, res.text).toBe(422)
    expect(failedGuards(res)).toEqual(['reviewerCredentialValid'])
    await expectUntouched('articles', doc.id, 'in_review', 1)
  })
})

describe('blocking claims findings', () => {
  const riskyArticle = async () => {
    const doc = await world.make('articles', 'draft', { body: await richText(world.payload, RISKY) })
    expect(doc.claims.blockingCount).toBeGreaterThan(0)
    await world.bringTo('articles', doc.id, 'in_review')
    return doc
  }

  it.each([
    ['without acknowledgeFindings', {}],
    ['with acknowledgeFindings but no comment', { acknowledgeFindings: true }],
    ['with acknowledgeFindings and a blank comment', { acknowledgeFindings: true, comment: '  ' }],
    ['with a comment but acknowledgeFindings false', { acknowledgeFindings: false, comment: 'Fine by me' }],
  ])('should refuse approval %s with 422', async (_label, extra) => {
    const doc = await riskyArticle()
    const res = await world.restAct(world.tokens.reviewer, 'articles', doc.id, { action: 'approve', ...extra })
    expect(res.status, res.text).toBe(422)
    expect(failedGuards(res)).toEqual(['blockingFindingsAcknowledged'])
    await expectUntouched('articles', doc.id, 'in_review', 1)
  })

  it('should approve with acknowledgeFindings and a comment and record the acknowledged findings', async () => {
    const doc = await riskyArticle()
    const comment = 'Wording is quoted from a patient testimonial and labelled as such'
    const res = await world.restAct(world.tokens.reviewer, 'articles', doc.id, { action: 'approve', acknowledgeFindings: true, comment })
    expect(res.status, res.text).toBe(200)
    expect(res.json.doc.workflowState).toBe('approved')
    const [, approve] = await world.events('articles', doc.id)
    expect(approve).toMatchObject({ action: 'approve', comment })
    expect(approve.findings.acknowledged).toBe(true)
    expect(approve.findings.findings.length).toBeGreaterThan(0)
    expect(approve.findings.findings.some((f: any) => f.severity === 'block')).toBe(true)
  })

  it('should accept the acknowledgement over GraphQL too', async () => {
    const doc = await riskyArticle()
    const gql = await world.gqlAct(world.tokens.reviewer, 'articles', doc.id, 'approve', {
      acknowledgeFindings: true,
      comment: 'Acknowledged',
    })
    expect(gql.json.errors, JSON.stringify(gql.json)).toBeUndefined()
    expect(gql.json.data.workflowTransition.state).toBe('approved')
  })

  it('should find a blocking claim written only in the th locale', async () => {
    const doc = await world.make('articles')
    const th = await world.api.rest('PATCH', `/articles/${doc.id}?locale=th`, {
      token: world.tokens.editor,
      body: { title: `Thai title ${rand()}`, excerpt: RISKY },
    })
    expect(th.status, th.text).toBe(200)
    expect((await world.latest('articles', doc.id)).claims.blockingCount).toBeGreaterThan(0)
    await world.bringTo('articles', doc.id, 'in_review')
    const res = await world.restAct(world.tokens.reviewer, 'articles', doc.id, { action: 'approve' })
    expect(res.status, res.text).toBe(422)
  })

  it('should keep blocking findings after an edit of a field that is not wording', async () => {
    const doc = await world.make('articles', 'draft', { body: await richText(world.payload, RISKY) })
    const edit = await world.api.rest('PATCH', `/articles/${doc.id}`, { token: world.tokens.editor, body: { topics: ['sciatica'] } })
    expect(edit.status, edit.text).toBe(200)
    expect((await world.latest('articles', doc.id)).claims.blockingCount).toBeGreaterThan(0)
    await world.bringTo('articles', doc.id, 'in_review')
    expect((await world.restAct(world.tokens.reviewer, 'articles', doc.id, { action: 'approve' })).status).toBe(422)
  })
})
