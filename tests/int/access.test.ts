/**
 * Security as behaviour: every role tries to break the access rules (roles in README.md, workflow in docs/workflow.md)
 * through REST, GraphQL and the Local API (`overrideAccess: false`).
 *
 * Secret wording (draft-only docs and pending drafts of published docs) always contains the
 * word "secret", so a leak through any field, slug or error message shows up in the raw body.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'


import { type Api, createApi } from '../helpers/api'
import { asLocal, createUser, PASSWORD, rand, richText, type User } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { createPublisher, type Publisher } from '../helpers/publishThroughWorkflow'

type ContentSlug = 'articles' | 'techniques' | 'faqs' | 'therapists' | 'disclaimers'

type ContentCase = {
  slug: ContentSlug
  titleField: string
  /** GraphQL names: single query, list query; mutations are create<One> etc. */
  one: string
  many: string
  data: (payload: Payload, title: string) => Promise<Record<string, unknown>>
  /** GraphQL create inputs need the slug and spell select values as enum names. */
  gqlInput?: (slug: string) => Record<string, unknown>
}

const CONTENT: ContentCase[] = [
  {
    slug: 'articles',
    titleField: 'title',
    one: 'Article',
    many: 'Articles',
    data: async (_, title) => ({ title }),
    gqlInput: (slug) => ({ slug }),
  },
  {
    slug: 'techniques',
    titleField: 'name',
    one: 'Technique',
    many: 'Techniques',
    data: async (_, name) => ({ name, category: 'self-massage' }),
    gqlInput: (slug) => ({ slug, category: 'self_massage' }),
  },
  {
    slug: 'faqs',
    titleField: 'question',
    one: 'Faq',
    many: 'Faqs',
    data: async (payload, question) => ({ question, answer: await richText(payload, 'Rest and stretch.') }),
  },
  {
    slug: 'therapists',
    titleField: 'name',
    one: 'Therapist',
    many: 'Therapists',
    data: async (_, name) => ({ name }),
    gqlInput: (slug) => ({ slug }),
  },
  {
    slug: 'disclaimers',
    titleField: 'title',
    one: 'Disclaimer',
    many: 'Disclaimers',
    data: async (payload, title) => ({ title, kind: 'medical', body: await richText(payload, 'See a doctor.') }),
  },
]

const leaks = (body: unknown) => /secret/i.test(typeof body === 'string' ? body : JSON.stringify(body))
const jwtPayload = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString())
const FORBIDDEN = { status: 403 }
/** Fixtures go live the way the workflow service publishes: with its flag on the request. */
/** What the submit guards need beyond a title: fixtures are published through the workflow. */
const reviewable = async (payload: Payload, slug: ContentSlug, medicalDisclaimer: number) => {
  const rt = (md: string) => richText(payload, md)
  switch (slug) {
    case 'articles':
      return { excerpt: 'A short summary.', body: await rt('Gentle strokes.'), disclaimers: [medicalDisclaimer] }
    case 'techniques':
      return { summary: 'A routine.', body: await rt('Roll slowly.'), precautions: await rt('Stop if it hurts.') }
    case 'therapists':
      return { bio: await rt('Works with runners.') }
    default:
      return {}
  }
}
let publisher: Publisher
let medicalDisclaimer: number
const NOT_FOUND = { status: 404 }

/** A GraphQL field resolved to null with a 403 (Payload's Forbidden, or the workflow gate's). */
const expectGqlForbidden = (result: { json: any }, field: string) => {
  expect(leaks(result.json)).toBe(false)
  const error = result.json.errors?.find((e: any) => e.path?.[0] === field)
  expect(error, `no error for ${field}: ${JSON.stringify(result.json)}`).toBeDefined()
  expect(error.extensions?.statusCode, JSON.stringify(error)).toBe(403)
  expect(result.json.data?.[field] ?? null).toBeNull()
}

let payload: Payload
let api: Api

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
})

// Runs first: the per-file database starts with an empty users collection.
describe('first user', () => {
  it('should make the first user in an empty users collection an admin, whatever roles were asked for', async () => {
    expect(await payload.count({ collection: 'users' })).toEqual({ totalDocs: 0 })
    const res = await api.rest('POST', '/users/first-register', {
      body: { email: `first-${rand()}@relief.test`, password: PASSWORD, name: 'First', roles: ['reviewer'] },
    })
    expect(res.status).toBe(200)
    expect(res.json.user.roles).toEqual(['admin'])
    expect(jwtPayload(res.json.token).roles).toEqual(['admin'])
  })

  it('should not make later users admins', async () => {
    const second = await createUser(payload, ['editor'])
    expect(second.roles).toEqual(['editor'])
    const third = await createUser(payload, [])
    expect(third.roles ?? []).toEqual([])
  })

  it('should refuse first-register once a user exists', async () => {
    const before = await payload.count({ collection: 'users' })
    const res = await api.rest('POST', '/users/first-register', {
      body: { email: `late-${rand()}@relief.test`, password: PASSWORD, name: 'Late' },
    })
    expect(res.status).toBe(403)
    expect(await payload.count({ collection: 'users' })).toEqual(before)
  })
})

describe('access rules', () => {
  type Docs = {
    liveId: number
    liveTitle: string
    pendingId: number
    pendingLiveTitle: string
    pendingTitle: string
    pendingVersionId: number
    draftId: number
    draftTitle: string
    draftVersionId: number
  }
  const docs = {} as Record<ContentSlug, Docs>
  const users = {} as Record<'admin' | 'editor' | 'reviewer' | 'reader' | 'otherEditor', User>
  const tokens = {} as Record<keyof typeof users, string>

  const latestVersionId = async (slug: ContentSlug, parent: number) => {
    const { docs: versions } = await payload.findVersions({
      collection: slug,
      where: { parent: { equals: parent } },
      sort: '-updatedAt',
      limit: 1,
    })
    return versions[0].id as unknown as number
  }

  beforeAll(async () => {
    users.admin = await createUser(payload, ['admin'])
    users.editor = await createUser(payload, ['editor'])
    users.otherEditor = await createUser(payload, ['editor'], 'other editor')
    users.reviewer = await createUser(payload, ['reviewer'])
    users.reader = await createUser(payload, [])
    for (const key of Object.keys(users) as (keyof typeof users)[]) {
      tokens[key] = await api.login(users[key].email, PASSWORD)
    }
    publisher = await createPublisher(payload)
    // A draft is enough for the submit guard, and it stays out of the public lists counted below.
    medicalDisclaimer = (
      await payload.create({
        collection: 'disclaimers',
        data: { title: 'Fixture medical disclaimer', kind: 'medical', body: await richText(payload, 'See a doctor.') } as any,
      })
    ).id as number

    for (const c of CONTENT) {
      const liveTitle = `${c.slug} live ${rand()}`
      const live = await publisher.createPublished(c.slug, {
        ...(await c.data(payload, liveTitle)),
        ...(await reviewable(payload, c.slug, medicalDisclaimer)),
      })
      const pendingLiveTitle = `${c.slug} live with pending ${rand()}`
      const pending = await publisher.createPublished(c.slug, {
        ...(await c.data(payload, pendingLiveTitle)),
        ...(await reviewable(payload, c.slug, medicalDisclaimer)),
      })
      const pendingTitle = `${c.slug} SECRET pending ${rand()}`
      await payload.update({
        collection: c.slug,
        id: pending.id,
        data: { [c.titleField]: pendingTitle, _status: 'draft' } as any,
        draft: true,
      })
      const draftTitle = `${c.slug} SECRET draft ${rand()}`
      const draft = await payload.create({
        collection: c.slug,
        data: { ...(await c.data(payload, draftTitle)), _status: 'draft' } as any,
        draft: true,
      })
      docs[c.slug] = {
        liveId: live.id,
        liveTitle,
        pendingId: pending.id,
        pendingLiveTitle,
        pendingTitle,
        pendingVersionId: await latestVersionId(c.slug, pending.id),
        draftId: draft.id,
        draftTitle,
        draftVersionId: await latestVersionId(c.slug, draft.id),
      }
    }
  }, 300_000)

  const titleOf = (c: ContentCase, doc: any) => doc?.[c.titleField]

  it.each(CONTENT)('should have set up live, pending-draft and draft-only $slug as intended', async (c) => {
    const d = docs[c.slug]
    const liveRow = await payload.findByID({ collection: c.slug, id: d.pendingId, draft: false })
    const latest = await payload.findByID({ collection: c.slug, id: d.pendingId, draft: true })
    expect(titleOf(c, liveRow)).toBe(d.pendingLiveTitle)
    expect(liveRow._status).toBe('published')
    expect(titleOf(c, latest)).toBe(d.pendingTitle)
    // A draft-only doc has a main row too, but with _status 'draft' and no published version.
    const draftRow = await payload.findByID({ collection: c.slug, id: d.draftId, draft: false })
    expect(draftRow._status).toBe('draft')
    expect(await payload.countVersions({ collection: c.slug, where: { parent: { equals: d.draftId }, 'version._status': { equals: 'published' } } })).toEqual({ totalDocs: 0 })
  })

  // ---------------------------------------------------------------- anonymous and no-role readers
  const readers = [
    { who: 'anonymous', token: () => undefined as string | undefined, user: () => undefined as any },
    { who: 'a signed-in user without roles', token: () => tokens.reader, user: () => asLocal(users.reader) },
  ]
  const readerCases = readers.flatMap((r) => CONTENT.map((c) => ({ ...r, c, slug: c.slug })))

  describe.each(readers)('$who', ({ token, user }) => {
    describe.each(CONTENT)('on $slug', (c) => {
      it('should list only the live docs, with their live titles, over REST', async () => {
        const d = docs[c.slug]
        const res = await api.rest('GET', `/${c.slug}?limit=100`, { token: token() })
        expect(res.status).toBe(200)
        expect(leaks(res.text)).toBe(false)
        expect(res.json.docs.map((doc: any) => titleOf(c, doc)).sort()).toEqual(
          [d.liveTitle, d.pendingLiveTitle].sort(),
        )
      })

      it('should not reveal drafts through ?draft=true, a where filter, or by id over REST', async () => {
        const d = docs[c.slug]
        const t = token()
        const list = await api.rest('GET', `/${c.slug}?draft=true&limit=100`, { token: t })
        expect(list.status).toBe(200)
        expect(leaks(list.text)).toBe(false)

        const where = `where[${c.titleField}][equals]=${encodeURIComponent(d.pendingTitle)}`
        const probe = await api.rest('GET', `/${c.slug}?draft=true&${where}`, { token: t })
        expect(probe.json?.totalDocs ?? 0).toBe(0)

        for (const query of ['', '?draft=true']) {
          const draftOnly = await api.rest('GET', `/${c.slug}/${d.draftId}${query}`, { token: t })
          expect(draftOnly.status).toBe(404)
          expect(leaks(draftOnly.text)).toBe(false)
        }
        const pending = await api.rest('GET', `/${c.slug}/${d.pendingId}?draft=true`, { token: t })
        expect(pending.status).toBe(200)
        expect(titleOf(c, pending.json)).toBe(d.pendingLiveTitle)
        expect(leaks(pending.text)).toBe(false)
      })

      it('should refuse /versions and /versions/:id over REST', async () => {
        const d = docs[c.slug]
        for (const path of [
          `/${c.slug}/versions`,
          `/${c.slug}/versions?where[parent][equals]=${d.pendingId}`,
          `/${c.slug}/versions/${d.pendingVersionId}`,
          `/${c.slug}/versions/${d.draftVersionId}`,
        ]) {
          const res = await api.rest('GET', path, { token: token() })
          expect(res.status, path).toBe(403)
          expect(leaks(res.text)).toBe(false)
        }
      })

      it('should not reveal drafts or versions over GraphQL', async () => {
        const d = docs[c.slug]
        const t = token()
        const reads = await api.graphql(
          `query($pending: Int!) {
            pending: ${c.one}(id: $pending, draft: true) { ${c.titleField} }
            list: ${c.many}(draft: true, limit: 100) { docs { ${c.titleField} } }
            live: ${c.many}(limit: 100) { docs { ${c.titleField} } }
          }`,
          { pending: d.pendingId },
          t,
        )
        expect(leaks(reads.json)).toBe(false)
        expect(reads.json.data.pending[c.titleField]).toBe(d.pendingLiveTitle)
        expect(reads.json.data.live.docs.map((doc: any) => doc[c.titleField]).sort()).toEqual(
          [d.liveTitle, d.pendingLiveTitle].sort(),
        )

        const draftOnly = await api.graphql(
          `query($id: Int!) { ${c.one}(id: $id, draft: true) { ${c.titleField} } }`,
          { id: d.draftId },
          t,
        )
        expect(leaks(draftOnly.json)).toBe(false)
        expect(draftOnly.json.data?.[c.one] ?? null).toBeNull()

        const versions = await api.graphql(
          `{ versions${c.many}(limit: 100) { docs { id version { ${c.titleField} } } } }`,
          {},
          t,
        )
        expectGqlForbidden(versions, `versions${c.many}`)

        for (const id of [d.pendingVersionId, d.draftVersionId]) {
          const version = await api.graphql(
            `query($id: Int!) { version${c.one}(id: $id) { id version { ${c.titleField} } } }`,
            { id },
            t,
          )
          expectGqlForbidden(version, `version${c.one}`)
        }
      })

      it('should not reveal drafts or versions through the Local API', async () => {
        const d = docs[c.slug]
        const opts = { collection: c.slug, overrideAccess: false, user: user() } as const
        const list = await payload.find({ ...opts, draft: true, limit: 100 })
        expect(leaks(list.docs)).toBe(false)
        const live = await payload.find({ ...opts, limit: 100 })
        expect(live.docs.map((doc) => titleOf(c, doc)).sort()).toEqual([d.liveTitle, d.pendingLiveTitle].sort())

        const pending = await payload.findByID({ ...opts, id: d.pendingId, draft: true })
        expect(titleOf(c, pending)).toBe(d.pendingLiveTitle)
        await expect(payload.findByID({ ...opts, id: d.draftId, draft: true })).rejects.toMatchObject(NOT_FOUND)
        await expect(payload.findVersions({ ...opts })).rejects.toMatchObject(FORBIDDEN)
        await expect(payload.findVersionByID({ ...opts, id: String(d.pendingVersionId) })).rejects.toMatchObject(FORBIDDEN)
      })
    })
  })

  // ---------------------------------------------------------------- drafts reached through relationships
  describe('a published article that references drafts', () => {
    let articleId: number
    beforeAll(async () => {
      const body = (await richText(payload, 'Read the callouts below.')) as any
      const block = (blockType: string, fields: Record<string, unknown>) => ({
        type: 'block',
        version: 2,
        format: '',
        fields: { id: rand() + rand(), blockName: '', blockType, ...fields },
      })
      body.root.children.push(
        block('techniqueCallout', { technique: docs.techniques.draftId }),
        block('techniqueCallout', { technique: docs.techniques.pendingId }),
        block('faqList', { faqs: [docs.faqs.draftId, docs.faqs.pendingId] }),
        block('disclaimer', { disclaimer: docs.disclaimers.draftId }),
        { type: 'relationship', version: 2, format: '', relationTo: 'techniques', value: docs.techniques.draftId },
      )
      const article = await publisher.createPublished('articles', {
        title: `Linked live ${rand()}`,
        excerpt: 'Links to other documents.',
        body,
        author: docs.therapists.draftId,
        techniques: [docs.techniques.draftId, docs.techniques.pendingId, docs.techniques.liveId],
        faqs: [docs.faqs.draftId, docs.faqs.pendingId],
        disclaimers: [docs.disclaimers.draftId, medicalDisclaimer],
      })
      articleId = article.id
    }, 120_000)

    it.each(readers)('should not populate draft wording for $who over REST', async ({ token }) => {
      for (const query of ['?depth=2', '?depth=2&draft=true', '?depth=2&draft=true&locale=all']) {
        const res = await api.rest('GET', `/articles/${articleId}${query}`, { token: token() })
        expect(res.status, query).toBe(200)
        expect(leaks(res.text), `${query}: ${res.text}`).toBe(false)
        // With locale=all, localized fields come back as { en, th }.
        const names = res.json.techniques.map((t: any) => (typeof t === 'object' ? (t.name?.en ?? t.name) : t))
        expect(names).toContain(docs.techniques.liveTitle)
      }
      // Without draft=true, a live technique with a pending draft shows its live wording.
      const live = await api.rest('GET', `/articles/${articleId}?depth=1`, { token: token() })
      expect(live.json.techniques.map((t: any) => t?.name)).toContain(docs.techniques.pendingLiveTitle)
      const list = await api.rest('GET', '/articles?depth=2&draft=true&limit=100', { token: token() })
      expect(leaks(list.text)).toBe(false)
    })

    it.each(readers)('should not populate draft wording for $who over GraphQL and the Local API', async ({ token, user }) => {
      for (const draft of [false, true]) {
        const gql = await api.graphql(
          `query($id: Int!, $draft: Boolean) {
            Article(id: $id, draft: $draft) {
              author { name } techniques { name } faqs { question } disclaimers { title } body(depth: 2)
            }
          }`,
          { id: articleId, draft },
          token(),
        )
        expect(gql.json.errors).toBeUndefined()
        expect(leaks(gql.json), JSON.stringify(gql.json)).toBe(false)
        const names = gql.json.data.Article.techniques.map((t: any) => t?.name)
        expect(names).toContain(docs.techniques.liveTitle)
        if (!draft) expect(names).toContain(docs.techniques.pendingLiveTitle)
      }
      for (const draft of [false, true]) {
        const local = await payload.findByID({
          collection: 'articles',
          id: articleId,
          depth: 2,
          draft,
          overrideAccess: false,
          user: user(),
        })
        expect(leaks(local), JSON.stringify(local)).toBe(false)
      }
    })
  })

  // ---------------------------------------------------------------- content writes refused
  /** Every way to write content; each must be refused and leave the data as it was. */
  const expectContentWritesRefused = async (c: ContentCase, token: string | undefined, user: any) => {
    const d = docs[c.slug]
    const countBefore = await payload.count({ collection: c.slug })
    const newData = await c.data(payload, `${c.slug} intruder ${rand()}`)
    const change = { [c.titleField]: `${c.slug} hijacked ${rand()}` }

    const restAttempts: [string, 'POST' | 'PATCH' | 'DELETE', string, unknown?][] = [
      ['create', 'POST', `/${c.slug}`, newData],
      ['create draft', 'POST', `/${c.slug}?draft=true`, newData],
      ['update live', 'PATCH', `/${c.slug}/${d.liveId}`, change],
      ['update as draft', 'PATCH', `/${c.slug}/${d.liveId}?draft=true`, change],
      ['publish', 'PATCH', `/${c.slug}/${d.draftId}`, { _status: 'published' }],
      ['bulk update', 'PATCH', `/${c.slug}?where[id][exists]=true`, change],
      ['restore version', 'POST', `/${c.slug}/versions/${d.pendingVersionId}`],
      ['duplicate', 'POST', `/${c.slug}/${d.liveId}/duplicate`],
      ['delete', 'DELETE', `/${c.slug}/${d.liveId}`],
      ['bulk delete', 'DELETE', `/${c.slug}?where[id][exists]=true`],
    ]
    for (const [label, method, path, body] of restAttempts) {
      const res = await api.rest(method, path, { token, body })
      expect(res.status, `REST ${label}`).toBe(403)
    }

    const gql = await api.graphql(
      `mutation($data: mutation${c.one}Input!, $id: Int!, $change: mutation${c.one}UpdateInput!, $vid: Int!) {
        create${c.one}(data: $data) { id }
        update${c.one}(id: $id, data: $change) { id }
        delete${c.one}(id: $id) { id }
        restoreVersion${c.one}(id: $vid) { id }
        duplicate${c.one}(id: $id, data: $data) { id }
      }`,
      {
        data: { ...newData, workflowState: 'draft', ...c.gqlInput?.(`intruder-${rand()}`) },
        id: d.liveId,
        change,
        vid: d.pendingVersionId,
      },
      token,
    )
    for (const field of [`create${c.one}`, `update${c.one}`, `delete${c.one}`, `restoreVersion${c.one}`, `duplicate${c.one}`]) {
      expectGqlForbidden(gql, field)
    }

    const opts = { collection: c.slug, overrideAccess: false, user } as const
    await expect(payload.create({ ...opts, data: newData as any })).rejects.toMatchObject(FORBIDDEN)
    await expect(payload.update({ ...opts, id: d.liveId, data: change as any })).rejects.toMatchObject(FORBIDDEN)
    await expect(
      payload.update({ ...opts, id: d.liveId, data: change as any, draft: true }),
    ).rejects.toMatchObject(FORBIDDEN)
    await expect(payload.delete({ ...opts, id: d.liveId })).rejects.toMatchObject(FORBIDDEN)
    await expect(payload.restoreVersion({ ...opts, id: String(d.pendingVersionId) })).rejects.toMatchObject(FORBIDDEN)
    await expect(payload.duplicate({ ...opts, id: d.liveId })).rejects.toMatchObject(FORBIDDEN)

    expect(await payload.count({ collection: c.slug })).toEqual(countBefore)
    const live = await payload.findByID({ collection: c.slug, id: d.liveId, draft: true })
    expect(titleOf(c, live)).toBe(d.liveTitle)
    expect(live._status).toBe('published')
    const stillDraft = await payload.findByID({ collection: c.slug, id: d.draftId, draft: true })
    expect(titleOf(c, stillDraft)).toBe(d.draftTitle)
    expect(stillDraft._status).toBe('draft')
  }

  it.each(readerCases)('should refuse every content write on $slug by $who', async ({ c, token, user }) => {
    await expectContentWritesRefused(c, token(), user())
  })

  it.each(CONTENT)('should refuse every content write on $slug by a reviewer', async (c) => {
    await expectContentWritesRefused(c, tokens.reviewer, asLocal(users.reviewer))
  })

  describe.each(readers)('$who and the other collections', ({ token, user }) => {
    it('should not read users', async () => {
      const t = token()
      const list = await api.rest('GET', '/users', { token: t })
      if (t) {
        // A reader sees exactly themselves.
        expect(list.status).toBe(200)
        expect(list.json.docs.map((u: any) => u.id)).toEqual([users.reader.id])
      } else {
        expect(list.status).toBe(403)
      }
      const other = await api.rest('GET', `/users/${users.editor.id}`, { token: t })
      expect([403, 404]).toContain(other.status)
      expect(other.text).not.toContain(users.editor.email)
      const gql = await api.graphql(`{ Users(limit: 100) { docs { id email roles } } }`, {}, t)
      expect(JSON.stringify(gql.json)).not.toContain(users.editor.email)
      const local = await payload
        .find({ collection: 'users', overrideAccess: false, user: user(), limit: 100 })
        .then((r) => r.docs.map((u) => u.id))
        .catch((e) => e)
      if (t) expect(local).toEqual([users.reader.id])
      else expect(local).toMatchObject(FORBIDDEN)
    })

    it('should not create, update or delete users', async () => {
      const t = token()
      const before = await payload.count({ collection: 'users' })
      const create = await api.rest('POST', '/users', {
        token: t,
        body: { email: `x-${rand()}@relief.test`, password: PASSWORD, name: 'X', roles: ['admin'] },
      })
      expect(create.status).toBe(403)
      const update = await api.rest('PATCH', `/users/${users.editor.id}`, { token: t, body: { name: 'Hacked' } })
      expect(update.status).toBe(403)
      const remove = await api.rest('DELETE', `/users/${users.editor.id}`, { token: t })
      expect(remove.status).toBe(403)
      await expect(
        payload.create({
          collection: 'users',
          overrideAccess: false,
          user: user(),
          data: { email: `y-${rand()}@relief.test`, password: PASSWORD, name: 'Y' },
        }),
      ).rejects.toMatchObject(FORBIDDEN)
      expect(await payload.count({ collection: 'users' })).toEqual(before)
      expect((await payload.findByID({ collection: 'users', id: users.editor.id })).name).not.toBe('Hacked')
    })

    it('should not read or write workflow-events', async () => {
      const t = token()
      expect((await api.rest('GET', '/workflow-events', { token: t })).status).toBe(403)
      expect(
        (await api.rest('POST', '/workflow-events', {
          token: t,
          body: { collection: 'articles', documentId: '1', action: 'publish' },
        })).status,
      ).toBe(403)
      expectGqlForbidden(await api.graphql(`{ WorkflowEvents { docs { id } } }`, {}, t), 'WorkflowEvents')
      await expect(
        payload.find({ collection: 'workflow-events', overrideAccess: false, user: user() }),
      ).rejects.toMatchObject(FORBIDDEN)
    })

    it('should not upload media or update site-settings', async () => {
      const t = token()
      const mediaBefore = await payload.count({ collection: 'media' })
      const form = new FormData()
      form.append('file', new Blob([Buffer.from('89504e470d0a1a0a', 'hex')], { type: 'image/png' }), 'x.png')
      form.append('_payload', JSON.stringify({ alt: 'x' }))
      expect((await api.rest('POST', '/media', { token: t, form })).status).toBe(403)
      expect(await payload.count({ collection: 'media' })).toEqual(mediaBefore)

      const settingsBefore = await payload.findGlobal({ slug: 'site-settings' })
      const rest = await api.rest('POST', '/globals/site-settings', { token: t, body: { reviewIntervalMonths: 59 } })
      expect(rest.status).toBe(403)
      expectGqlForbidden(
        await api.graphql(`mutation { updateSiteSetting(data: { reviewIntervalMonths: 58 }) { reviewIntervalMonths } }`, {}, t),
        'updateSiteSetting',
      )
      await expect(
        payload.updateGlobal({ slug: 'site-settings', overrideAccess: false, user: user(), data: { reviewIntervalMonths: 57 } }),
      ).rejects.toMatchObject(FORBIDDEN)
      expect((await payload.findGlobal({ slug: 'site-settings' })).reviewIntervalMonths).toBe(
        settingsBefore.reviewIntervalMonths,
      )
    })
  })

  // ---------------------------------------------------------------- reviewer
  describe('reviewer', () => {
    it.each(CONTENT)('should read drafts and versions of $slug', async (c) => {
      const d = docs[c.slug]
      const t = tokens.reviewer
      const draftOnly = await api.rest('GET', `/${c.slug}/${d.draftId}?draft=true`, { token: t })
      expect(draftOnly.status).toBe(200)
      expect(titleOf(c, draftOnly.json)).toBe(d.draftTitle)
      const pending = await api.rest('GET', `/${c.slug}/${d.pendingId}?draft=true`, { token: t })
      expect(titleOf(c, pending.json)).toBe(d.pendingTitle)
      const versions = await api.rest('GET', `/${c.slug}/versions?limit=100`, { token: t })
      expect(versions.status).toBe(200)
      expect(versions.json.docs.map((v: any) => v.version[c.titleField])).toEqual(
        expect.arrayContaining([d.pendingTitle, d.draftTitle]),
      )
      const gql = await api.graphql(
        `query($id: Int!) { ${c.one}(id: $id, draft: true) { ${c.titleField} } versions${c.many}(limit: 100) { totalDocs } }`,
        { id: d.draftId },
        t,
      )
      expect(gql.json.errors).toBeUndefined()
      expect(gql.json.data[c.one][c.titleField]).toBe(d.draftTitle)
      const local = await payload.findVersions({ collection: c.slug, overrideAccess: false, user: asLocal(users.reviewer) })
      expect(local.totalDocs).toBeGreaterThanOrEqual(3)
    })

    it('should read workflow-events but not write them', async () => {
      expect((await api.rest('GET', '/workflow-events', { token: tokens.reviewer })).status).toBe(200)
      const res = await api.rest('POST', '/workflow-events', {
        token: tokens.reviewer,
        body: { collection: 'articles', documentId: '1', action: 'approve' },
      })
      expect(res.status).toBe(403)
    })
  })

  // ---------------------------------------------------------------- editor
  describe('editor', () => {
    it('should create and update articles over REST, GraphQL and the Local API', async () => {
      const t = tokens.editor
      const created = await api.rest('POST', '/articles?draft=true', { token: t, body: { title: `Editor REST ${rand()}` } })
      expect(created.status).toBe(201)
      const updated = await api.rest('PATCH', `/articles/${created.json.doc.id}?draft=true`, {
        token: t,
        body: { title: 'Editor REST renamed' },
      })
      expect(updated.status).toBe(200)
      expect(updated.json.doc.title).toBe('Editor REST renamed')

      const gql = await api.graphql(
        `mutation($data: mutationArticleInput!) { createArticle(data: $data, draft: true) { id title } }`,
        { data: { title: 'Editor GraphQL', slug: `editor-graphql-${rand()}`, workflowState: 'draft' } },
        t,
      )
      expect(gql.json.errors).toBeUndefined()
      const gqlUpdate = await api.graphql(
        `mutation($id: Int!) { updateArticle(id: $id, data: { title: "Editor GraphQL renamed" }, draft: true) { title } }`,
        { id: gql.json.data.createArticle.id },
        t,
      )
      expect(gqlUpdate.json.errors).toBeUndefined()
      expect(gqlUpdate.json.data.updateArticle.title).toBe('Editor GraphQL renamed')

      const opts = { collection: 'articles', overrideAccess: false, user: asLocal(users.editor) } as const
      const local = await payload.create({ ...opts, data: { title: `Editor Local ${rand()}` } as any, draft: true })
      const localUpdated = await payload.update({ ...opts, id: local.id, data: { title: 'Editor Local renamed' }, draft: true })
      expect(localUpdated.title).toBe('Editor Local renamed')
    })

    it('should not set workflowState on create or update', async () => {
      const created = await api.rest('POST', '/articles?draft=true', {
        token: tokens.editor,
        body: { title: `Sneaky ${rand()}`, workflowState: 'approved' },
      })
      expect([201, 400, 403]).toContain(created.status)
      if (created.status === 201) expect(created.json.doc.workflowState).toBe('draft')
      const d = docs.articles
      const updated = await api.rest('PATCH', `/articles/${d.draftId}?draft=true`, {
        token: tokens.editor,
        body: { workflowState: 'approved' },
      })
      expect([200, 400, 403]).toContain(updated.status)
      const after = await payload.findByID({ collection: 'articles', id: d.draftId, draft: true })
      expect(after.workflowState).toBe('draft')
    })

    it.each(CONTENT)('should not delete $slug (admin only)', async (c) => {
      const d = docs[c.slug]
      const t = tokens.editor
      expect((await api.rest('DELETE', `/${c.slug}/${d.liveId}`, { token: t })).status).toBe(403)
      expect((await api.rest('DELETE', `/${c.slug}?where[id][exists]=true`, { token: t })).status).toBe(403)
      expectGqlForbidden(
        await api.graphql(`mutation($id: Int!) { delete${c.one}(id: $id) { id } }`, { id: d.liveId }, t),
        `delete${c.one}`,
      )
      await expect(
        payload.delete({ collection: c.slug, id: d.liveId, overrideAccess: false, user: asLocal(users.editor) }),
      ).rejects.toMatchObject(FORBIDDEN)
      expect(await payload.findByID({ collection: c.slug, id: d.liveId })).toBeDefined()
    })

    it('should not create users', async () => {
      const before = await payload.count({ collection: 'users' })
      const res = await api.rest('POST', '/users', {
        token: tokens.editor,
        body: { email: `e-${rand()}@relief.test`, password: PASSWORD, name: 'E', roles: ['editor'] },
      })
      expect(res.status).toBe(403)
      expectGqlForbidden(
        await api.graphql(
          `mutation { createUser(data: { email: "g-${rand()}@relief.test", password: "${PASSWORD}", name: "G" }) { id } }`,
          {},
          tokens.editor,
        ),
        'createUser',
      )
      expect(await payload.count({ collection: 'users' })).toEqual(before)
    })

    it("should not change another user's roles", async () => {
      const target = users.otherEditor
      const rest = await api.rest('PATCH', `/users/${target.id}`, { token: tokens.editor, body: { roles: ['admin'] } })
      expect(rest.status).toBe(403)
      const gql = await api.graphql(
        `mutation($id: Int!) { updateUser(id: $id, data: { roles: admin }) { roles } }`,
        { id: target.id },
        tokens.editor,
      )
      expectGqlForbidden(gql, 'updateUser')
      await expect(
        payload.update({
          collection: 'users',
          id: target.id,
          data: { roles: ['admin'] },
          overrideAccess: false,
          user: asLocal(users.editor),
        }),
      ).rejects.toMatchObject(FORBIDDEN)
      expect((await payload.findByID({ collection: 'users', id: target.id })).roles).toEqual(['editor'])
    })

    it('should not update site-settings', async () => {
      const before = (await payload.findGlobal({ slug: 'site-settings' })).reviewIntervalMonths
      const res = await api.rest('POST', '/globals/site-settings', { token: tokens.editor, body: { reviewIntervalMonths: 2 } })
      expect(res.status).toBe(403)
      expectGqlForbidden(
        await api.graphql(`mutation { updateSiteSetting(data: { reviewIntervalMonths: 3 }) { reviewIntervalMonths } }`, {}, tokens.editor),
        'updateSiteSetting',
      )
      await expect(
        payload.updateGlobal({ slug: 'site-settings', data: { reviewIntervalMonths: 4 }, overrideAccess: false, user: asLocal(users.editor) }),
      ).rejects.toMatchObject(FORBIDDEN)
      expect((await payload.findGlobal({ slug: 'site-settings' })).reviewIntervalMonths).toBe(before)
    })
  })

  // ---------------------------------------------------------------- workflow-events, even for admins
  describe('workflow-events', () => {
    let eventId: number
    beforeAll(async () => {
      // Server code writes the audit trail with overrideAccess.
      const event = await payload.create({
        collection: 'workflow-events',
        data: { collection: 'articles', documentId: String(docs.articles.liveId), action: 'publish', comment: 'original' },
      })
      eventId = event.id
    })

    it.each(['editor', 'reviewer', 'admin'] as const)('should let %s read but never create, update or delete events', async (role) => {
      const t = tokens[role]
      const before = await payload.count({ collection: 'workflow-events' })
      const read = await api.rest('GET', '/workflow-events', { token: t })
      expect(read.status).toBe(200)
      expect(read.json.docs.map((e: any) => e.id)).toContain(eventId)

      const body = { collection: 'articles', documentId: '1', action: 'forged' }
      expect((await api.rest('POST', '/workflow-events', { token: t, body })).status).toBe(403)
      expect((await api.rest('PATCH', `/workflow-events/${eventId}`, { token: t, body: { comment: 'edited' } })).status).toBe(403)
      expect((await api.rest('PATCH', '/workflow-events?where[id][exists]=true', { token: t, body: { comment: 'edited' } })).status).toBe(403)
      expect((await api.rest('DELETE', `/workflow-events/${eventId}`, { token: t })).status).toBe(403)
      expect((await api.rest('DELETE', '/workflow-events?where[id][exists]=true', { token: t })).status).toBe(403)

      const gql = await api.graphql(
        `mutation($id: Int!) {
          createWorkflowEvent(data: { collection: articles, documentId: "1", action: "forged" }) { id }
          updateWorkflowEvent(id: $id, data: { comment: "edited" }) { id }
          deleteWorkflowEvent(id: $id) { id }
        }`,
        { id: eventId },
        t,
      )
      for (const field of ['createWorkflowEvent', 'updateWorkflowEvent', 'deleteWorkflowEvent']) expectGqlForbidden(gql, field)

      const opts = { collection: 'workflow-events', overrideAccess: false, user: asLocal(users[role]) } as const
      await expect(payload.create({ ...opts, data: body as any })).rejects.toMatchObject(FORBIDDEN)
      await expect(payload.update({ ...opts, id: eventId, data: { comment: 'edited' } })).rejects.toMatchObject(FORBIDDEN)
      await expect(payload.delete({ ...opts, id: eventId })).rejects.toMatchObject(FORBIDDEN)

      expect(await payload.count({ collection: 'workflow-events' })).toEqual(before)
      expect((await payload.findByID({ collection: 'workflow-events', id: eventId })).comment).toBe('original')
    })
  })

  // ---------------------------------------------------------------- admin
  describe('admin', () => {
    it('should create users with roles and change roles of others', async () => {
      const email = `made-by-admin-${rand()}@relief.test`
      const created = await api.rest('POST', '/users', {
        token: tokens.admin,
        body: { email, password: PASSWORD, name: 'Made', roles: ['reviewer'] },
      })
      expect(created.status).toBe(201)
      expect(created.json.doc.roles).toEqual(['reviewer'])
      const promoted = await api.rest('PATCH', `/users/${created.json.doc.id}`, {
        token: tokens.admin,
        body: { roles: ['reviewer', 'editor'] },
      })
      expect(promoted.status).toBe(200)
      expect(promoted.json.doc.roles).toEqual(['reviewer', 'editor'])
      expect(jwtPayload(await api.login(email, PASSWORD)).roles).toEqual(['reviewer', 'editor'])
    })

    it('should read every user', async () => {
      const res = await api.rest('GET', '/users?limit=100', { token: tokens.admin })
      expect(res.status).toBe(200)
      expect(res.json.docs.map((u: any) => u.id)).toEqual(
        expect.arrayContaining(Object.values(users).map((u) => u.id)),
      )
    })

    it('should update site-settings', async () => {
      const res = await api.rest('POST', '/globals/site-settings', { token: tokens.admin, body: { reviewIntervalMonths: 18 } })
      expect(res.status).toBe(200)
      expect((await payload.findGlobal({ slug: 'site-settings' })).reviewIntervalMonths).toBe(18)
    })

    it('should delete content', async () => {
      const doc = await payload.create({ collection: 'articles', data: { title: `Doomed ${rand()}` } as any, draft: true })
      const res = await api.rest('DELETE', `/articles/${doc.id}`, { token: tokens.admin })
      expect(res.status).toBe(200)
      await expect(payload.findByID({ collection: 'articles', id: doc.id, draft: true })).rejects.toMatchObject(NOT_FOUND)
    })
  })

  // ---------------------------------------------------------------- users editing themselves
  describe('users', () => {
    it('should put roles in the JWT', async () => {
      expect(jwtPayload(tokens.editor).roles).toEqual(['editor'])
      expect(jwtPayload(tokens.reviewer).roles).toEqual(['reviewer'])
      expect(jwtPayload(tokens.admin).roles).toEqual(['admin'])
      expect(jwtPayload(tokens.reader).roles ?? []).toEqual([])
    })

    it('should let a user without roles update their own name', async () => {
      const res = await api.rest('PATCH', `/users/${users.reader.id}`, { token: tokens.reader, body: { name: 'Renamed reader' } })
      expect(res.status).toBe(200)
      expect((await payload.findByID({ collection: 'users', id: users.reader.id })).name).toBe('Renamed reader')
    })

    const escalators = [
      { who: 'a user without roles', key: 'reader' as const, roles: [] as string[] },
      { who: 'an editor', key: 'editor' as const, roles: ['editor'] },
      { who: 'a reviewer', key: 'reviewer' as const, roles: ['reviewer'] },
    ]
    it.each(escalators)('should not let $who grant themselves roles or a therapist profile', async ({ key, roles }) => {
      const self = users[key]
      const therapistId = docs.therapists.liveId
      const t = tokens[key]
      const rest = await api.rest('PATCH', `/users/${self.id}`, {
        token: t,
        body: { roles: ['admin', 'editor', 'reviewer'], therapist: therapistId },
      })
      expect([200, 403]).toContain(rest.status)
      const bulk = await api.rest('PATCH', '/users?where[id][exists]=true', { token: t, body: { roles: ['admin'] } })
      expect([200, 403]).toContain(bulk.status)
      await api.graphql(
        `mutation($id: Int!) { updateUser(id: $id, data: { roles: [admin] }) { roles } }`,
        { id: self.id },
        t,
      )
      await payload
        .update({ collection: 'users', id: self.id, data: { roles: ['admin'] }, overrideAccess: false, user: asLocal(self) })
        .catch(() => undefined)

      const after = await payload.findByID({ collection: 'users', id: self.id, depth: 0 })
      expect(after.roles ?? []).toEqual(roles)
      expect(after.therapist ?? null).toBeNull()
      expect(jwtPayload(await api.login(self.email, PASSWORD)).roles ?? []).toEqual(roles)
    })

    it('should not let a user without roles update or delete anyone else', async () => {
      const res = await api.rest('PATCH', `/users/${users.editor.id}`, { token: tokens.reader, body: { name: 'Pwned' } })
      expect(res.status).toBe(403)
      expect((await api.rest('DELETE', `/users/${users.reader.id}`, { token: tokens.reader })).status).toBe(403)
      expect((await payload.findByID({ collection: 'users', id: users.editor.id })).name).not.toBe('Pwned')
    })
  })
})
