import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Api, createApi } from '../helpers/api'
import { createUser, PASSWORD, richText } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

type ContentSlug = 'articles' | 'techniques' | 'faqs' | 'therapists' | 'disclaimers'

let payload: Payload
let api: Api
let adminToken: string
let editorToken: string
let reviewerToken: string
let adminId: number

type Case = {
  collection: ContentSlug
  /** GraphQL singular / plural names. */
  single: string
  plural: string
  data: () => Promise<Record<string, unknown>>
  /** One field to change, and the value it changes to. */
  change: [string, unknown]
  /** Fields the GraphQL create input insists on although the server fills them in. */
  gqlRequired: Record<string, unknown>
}

const cases: Case[] = [
  {
    collection: 'articles',
    single: 'Article',
    plural: 'Articles',
    data: async () => ({
      title: 'Sciatica basics',
      excerpt: 'What the sciatic nerve is and why it hurts.',
      topics: ['sciatica', 'prevention'],
      references: [{ title: 'Sciatica overview', url: 'https://example.org/sciatica', publisher: 'Example' }],
      body: await richText(payload, '# Basics\n\nSciatica is pain along the sciatic nerve.'),
    }),
    change: ['excerpt', 'A revised excerpt.'],
    gqlRequired: { slug: 'gql-sciatica-basics', workflowState: 'draft' },
  },
  {
    collection: 'techniques',
    single: 'Technique',
    plural: 'Techniques',
    data: async () => ({
      name: 'Piriformis release',
      category: 'professional',
      targetAreas: ['piriformis', 'glutes'],
      pressure: 'moderate',
      benefits: [{ benefit: 'Eases tension in the hip rotators' }],
      sessionMinutes: { min: 10, max: 20 },
    }),
    change: ['summary', 'Slow, sustained pressure on the piriformis.'],
    gqlRequired: { slug: 'gql-piriformis-release', workflowState: 'draft' },
  },
  {
    collection: 'faqs',
    single: 'Faq',
    plural: 'Faqs',
    data: async () => ({
      question: 'How often should I book a session?',
      answer: await richText(payload, 'Most people start with **one session a week**.'),
      topic: 'sciatica',
      order: 3,
    }),
    change: ['question', 'How often should I book a massage?'],
    gqlRequired: { workflowState: 'draft' },
  },
  {
    collection: 'therapists',
    single: 'Therapist',
    plural: 'Therapists',
    data: async () => ({
      name: 'Dana Lee',
      headline: 'Licensed massage therapist',
      yearsOfExperience: 12,
      credentials: [{ type: 'LMT', licenseNumber: 'MT-1234', issuingBody: 'State board', expiresOn: '2030-06-30T00:00:00.000Z' }],
    }),
    change: ['headline', 'Senior massage therapist'],
    gqlRequired: { slug: 'gql-dana-lee', workflowState: 'draft' },
  },
  {
    collection: 'disclaimers',
    single: 'Disclaimer',
    plural: 'Disclaimers',
    data: async () => ({
      title: 'Not medical advice',
      kind: 'medical',
      body: await richText(payload, 'This article does not replace a consultation.'),
      appliesTo: ['articles', 'techniques'],
    }),
    change: ['title', 'Not a substitute for medical care'],
    gqlRequired: { workflowState: 'draft' },
  },
]

/** Compares the plain (non-rich-text) fields that were written with what came back. */
const expectWritten = (doc: Record<string, any>, data: Record<string, unknown>) => {
  for (const [key, value] of Object.entries(data)) {
    if (key === 'body' || key === 'answer') {
      expect(JSON.stringify(doc[key])).toContain('"root"')
    } else if (Array.isArray(value) && value.length && typeof value[0] === 'object') {
      expect(doc[key]).toHaveLength(value.length)
      expect(doc[key][0]).toMatchObject(value[0] as object)
    } else {
      expect(doc[key]).toEqual(value)
    }
  }
}

const pngImage = (width = 800, height = 600) =>
  sharp({ create: { width, height, channels: 3, background: { r: 210, g: 120, b: 60 } } }).png().toBuffer()

const uploadForm = async (filename: string, data: Record<string, unknown>) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await pngImage())], { type: 'image/png' }), filename)
  form.append('_payload', JSON.stringify(data))
  return form
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  const admin = await createUser(payload, ['admin'])
  const editor = await createUser(payload, ['editor'])
  const reviewer = await createUser(payload, ['reviewer'])
  adminId = admin.id
  ;[adminToken, editorToken, reviewerToken] = await Promise.all(
    [admin, editor, reviewer].map((user) => api.login(user.email, PASSWORD)),
  )
})


describe('content collections through the Local API', () => {
  it.each(cases)('should create, read, update and delete $collection', async ({ collection, data, change }) => {
    const before = await payload.count({ collection })
    const input = await data()
    const created = (await payload.create({ collection, data: input as any })) as Record<string, any>
    expectWritten(created, input)
    expect(created._status).toBe('draft')
    expect(created.workflowState).toBe('draft')

    const read = (await payload.findByID({ collection, id: created.id, draft: true })) as Record<string, any>
    expectWritten(read, input)

    const [field, value] = change
    const updated = (await payload.update({ collection, id: created.id, data: { [field]: value } as any })) as Record<string, any>
    expect(updated[field]).toEqual(value)
    const reread = (await payload.findByID({ collection, id: created.id, draft: true })) as Record<string, any>
    expect(reread[field]).toEqual(value)

    await payload.delete({ collection, id: created.id })
    expect(await payload.findByID({ collection, id: created.id, disableErrors: true })).toBeNull()
    expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs)
  })
})

describe('content collections through REST', () => {
  it.each(cases)('should create, read, update and delete $collection as editor and admin', async ({ collection, data, change }) => {
    const input = await data()
    const created = await api.rest('POST', `/${collection}`, { token: editorToken, body: input })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    expectWritten(created.json.doc, input)
    expect(created.json.doc._status).toBe('draft')

    const read = await api.rest('GET', `/${collection}/${id}?draft=true`, { token: editorToken })
    expect(read.status).toBe(200)
    expectWritten(read.json, input)

    const listed = await api.rest('GET', `/${collection}?draft=true&where[id][equals]=${id}`, { token: editorToken })
    expect(listed.status).toBe(200)
    expect(listed.json.docs.map((doc: { id: number }) => doc.id)).toEqual([id])

    const [field, value] = change
    const patched = await api.rest('PATCH', `/${collection}/${id}`, { token: editorToken, body: { [field]: value } })
    expect(patched.status).toBe(200)
    expect(patched.json.doc[field]).toEqual(value)
    const reread = await api.rest('GET', `/${collection}/${id}?draft=true`, { token: adminToken })
    expect(reread.json[field]).toEqual(value)

    // Deleting is an admin's call; the editor's attempt changes nothing.
    expect((await api.rest('DELETE', `/${collection}/${id}`, { token: editorToken })).status).toBe(403)
    expect((await api.rest('GET', `/${collection}/${id}?draft=true`, { token: adminToken })).status).toBe(200)
    expect((await api.rest('DELETE', `/${collection}/${id}`, { token: adminToken })).status).toBe(200)
    expect((await api.rest('GET', `/${collection}/${id}?draft=true`, { token: adminToken })).status).toBe(404)
  })

  it.each(cases)('should refuse writes to $collection from a reviewer and from anonymous callers', async ({ collection, data }) => {
    const before = await payload.count({ collection })
    const input = await data()
    expect((await api.rest('POST', `/${collection}`, { token: reviewerToken, body: input })).status).toBe(403)
    expect((await api.rest('POST', `/${collection}`, { body: input })).status).toBe(403)
    expect((await payload.count({ collection })).totalDocs).toBe(before.totalDocs)
  })

  it('should refuse a workflowState set by a user on create and update, admins included', async () => {
    const refused = await api.rest('POST', '/articles', {
      token: adminToken,
      body: { title: 'Trying to skip review', workflowState: 'published' },
    })
    expect(refused.status).toBe(403)
    expect(await payload.count({ collection: 'articles', where: { title: { equals: 'Trying to skip review' } } })).toMatchObject({ totalDocs: 0 })

    const created = await api.rest('POST', '/articles', { token: adminToken, body: { title: 'Plain draft' } })
    expect(created.status).toBe(201)
    expect(created.json.doc.workflowState).toBe('draft')
    const id = created.json.doc.id
    const patched = await api.rest('PATCH', `/articles/${id}`, { token: adminToken, body: { workflowState: 'approved' } })
    expect(patched.status).toBe(403)
    const stored = await payload.findByID({ collection: 'articles', id, draft: true })
    expect(stored.workflowState).toBe('draft')
  })
})

describe('content collections through GraphQL', () => {
  it.each(cases)('should create, read, update and delete $collection', async ({ collection, single, plural, data, change, gqlRequired }) => {
    const input = { ...(await data()), ...gqlRequired }
    const [field, value] = change
    const created = await api.graphql(
      `mutation ($data: mutation${single}Input!) { create${single}(data: $data) { id _status workflowState } }`,
      { data: input },
      editorToken,
    )
    expect(created.json.errors).toBeUndefined()
    const id = created.json.data[`create${single}`].id
    expect(created.json.data[`create${single}`]).toMatchObject({ _status: 'draft', workflowState: 'draft' })

    const read = await api.graphql(
      `query ($id: Int!) { ${single}(id: $id, draft: true) { id ${field} } ${plural}(draft: true, where: { id: { equals: $id } }) { totalDocs } }`,
      { id },
      editorToken,
    )
    expect(read.json.errors).toBeUndefined()
    expect(read.json.data[single].id).toBe(id)
    expect(read.json.data[plural].totalDocs).toBe(1)

    const updated = await api.graphql(
      `mutation ($id: Int!, $data: mutation${single}UpdateInput!) { update${single}(id: $id, data: $data) { ${field} } }`,
      { id, data: { [field]: value } },
      editorToken,
    )
    expect(updated.json.errors).toBeUndefined()
    expect(updated.json.data[`update${single}`][field]).toEqual(value)
    const stored = (await payload.findByID({ collection, id, draft: true })) as Record<string, any>
    expect(stored[field]).toEqual(value)

    const editorDelete = await api.graphql(`mutation ($id: Int!) { delete${single}(id: $id) { id } }`, { id }, editorToken)
    expect(editorDelete.json.errors?.[0]?.message).toMatch(/not allowed/i)
    const deleted = await api.graphql(`mutation ($id: Int!) { delete${single}(id: $id) { id } }`, { id }, adminToken)
    expect(deleted.json.errors).toBeUndefined()
    expect(deleted.json.data[`delete${single}`].id).toBe(id)
    expect(await payload.findByID({ collection, id, disableErrors: true })).toBeNull()
  })

  it('should create an article through GraphQL without giving the server-filled slug and workflowState', async () => {
    const created = await api.graphql(
      `mutation { createArticle(data: { title: "Filled in by the server" }) { id slug workflowState } }`,
      {},
      editorToken,
    )
    expect(created.json.errors).toBeUndefined()
    expect(created.json.data.createArticle).toMatchObject({ slug: 'filled-in-by-the-server', workflowState: 'draft' })
  })
})

describe('article relationships', () => {
  let related: { author: number; techniques: number[]; faqs: number[]; disclaimers: number[]; heroImage: number }

  beforeAll(async () => {
    const png = await pngImage()
    const [author, techniqueA, techniqueB, faq, disclaimer, hero] = await Promise.all([
      payload.create({ collection: 'therapists', draft: true, data: { name: 'Relation Author' } }),
      payload.create({ collection: 'techniques', draft: true, data: { name: 'Relation technique A', category: 'self-massage' } }),
      payload.create({ collection: 'techniques', draft: true, data: { name: 'Relation technique B', category: 'professional' } }),
      payload.create({ collection: 'faqs', draft: true, data: { question: 'Relation FAQ?', answer: await richText(payload, 'Yes.') } }),
      payload.create({
        collection: 'disclaimers',
        draft: true,
        data: { title: 'Relation disclaimer', kind: 'general', body: await richText(payload, 'General.') },
      }),
      payload.create({
        collection: 'media',
        data: { alt: 'Relation hero' },
        file: { data: png, mimetype: 'image/png', name: 'relation-hero.png', size: png.length },
      }),
    ])
    related = {
      author: author.id,
      techniques: [techniqueB.id, techniqueA.id],
      faqs: [faq.id],
      disclaimers: [disclaimer.id],
      heroImage: hero.id,
    }
  })

  const idOf = (value: any) => (value && typeof value === 'object' ? value.id : value)
  const idsOf = (doc: Record<string, any>) => ({
    author: idOf(doc.author),
    techniques: doc.techniques.map(idOf),
    faqs: doc.faqs.map(idOf),
    disclaimers: doc.disclaimers.map(idOf),
    heroImage: idOf(doc.heroImage),
  })

  it('should round-trip author, techniques, faqs, disclaimers and hero image through the Local API', async () => {
    const article = await payload.create({ collection: 'articles', draft: true, data: { title: 'Related local', ...related } })
    const flat = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(idsOf(flat)).toEqual(related)
    const populated = await payload.findByID({ collection: 'articles', id: article.id, depth: 1 })
    expect(populated.author).toMatchObject({ id: related.author, name: 'Relation Author' })
    expect((populated.techniques as any[]).map((t) => t.name)).toEqual(['Relation technique B', 'Relation technique A'])
    expect(populated.heroImage).toMatchObject({ id: related.heroImage, alt: 'Relation hero' })

    const updated = await payload.update({
      collection: 'articles',
      id: article.id,
      data: { techniques: [related.techniques[1]], faqs: [], author: null },
      depth: 0,
    })
    expect(idsOf(updated)).toEqual({ ...related, techniques: [related.techniques[1]], faqs: [], author: null })
  })

  it('should round-trip the relationships through REST', async () => {
    const created = await api.rest('POST', '/articles?depth=0', { token: editorToken, body: { title: 'Related REST', ...related } })
    expect(created.status).toBe(201)
    expect(idsOf(created.json.doc)).toEqual(related)
    const id = created.json.doc.id
    const populated = await api.rest('GET', `/articles/${id}?draft=true&depth=1`, { token: editorToken })
    expect(populated.json.author).toMatchObject({ id: related.author, name: 'Relation Author' })
    expect(populated.json.disclaimers[0]).toMatchObject({ id: related.disclaimers[0], kind: 'general' })
    expect(populated.json.faqs[0]).toMatchObject({ id: related.faqs[0], question: 'Relation FAQ?' })
    const flat = await api.rest('GET', `/articles/${id}?draft=true&depth=0`, { token: editorToken })
    expect(idsOf(flat.json)).toEqual(related)
  })

  it('should round-trip the relationships through GraphQL', async () => {
    const created = await api.graphql(
      `mutation ($data: mutationArticleInput!) { createArticle(data: $data) { id } }`,
      { data: { title: 'Related GraphQL', slug: 'related-graphql', workflowState: 'draft', ...related } },
      editorToken,
    )
    expect(created.json.errors).toBeUndefined()
    const read = await api.graphql(
      `query ($id: Int!) { Article(id: $id, draft: true) {
        author { id name } techniques { id name } faqs { id question } disclaimers { id title } heroImage { id alt }
      } }`,
      { id: created.json.data.createArticle.id },
      editorToken,
    )
    expect(read.json.errors).toBeUndefined()
    const article = read.json.data.Article
    expect(idsOf(article)).toEqual(related)
    expect(article.author.name).toBe('Relation Author')
    expect(article.faqs[0].question).toBe('Relation FAQ?')
    expect(article.disclaimers[0].title).toBe('Relation disclaimer')
  })
})

describe('media', () => {
  const mediaDir = () => process.env.MEDIA_DIR as string

  it('should upload a PNG through the Local API with webp sizes, then update and delete it', async () => {
    const png = await pngImage()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'A massage table' },
      file: { data: png, mimetype: 'image/png', name: 'local-table.png', size: png.length },
    })
    expect(doc).toMatchObject({ alt: 'A massage table', mimeType: 'image/png', width: 800, height: 600 })
    expect(doc.sizes?.thumbnail).toMatchObject({ mimeType: 'image/webp', width: 320, height: 320 })
    expect(doc.sizes?.card).toMatchObject({ mimeType: 'image/webp', width: 768 })
    expect(fs.existsSync(path.join(mediaDir(), doc.filename!))).toBe(true)

    const updated = await payload.update({ collection: 'media', id: doc.id, data: { caption: 'Clean and ready' } })
    expect(updated.caption).toBe('Clean and ready')
    expect((await payload.findByID({ collection: 'media', id: doc.id })).alt).toBe('A massage table')

    await payload.delete({ collection: 'media', id: doc.id })
    expect(await payload.findByID({ collection: 'media', id: doc.id, disableErrors: true })).toBeNull()
    expect(fs.existsSync(path.join(mediaDir(), doc.filename!))).toBe(false)
  })

  it('should upload, read, update and delete media through REST', async () => {
    const created = await api.rest('POST', '/media', {
      token: editorToken,
      form: await uploadForm('rest-hands.png', { alt: 'Hands on a lower back' }),
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    expect(created.json.doc).toMatchObject({ alt: 'Hands on a lower back', mimeType: 'image/png' })
    expect(created.json.doc.sizes.thumbnail.mimeType).toBe('image/webp')

    // Unused by live content, so staff-only (tests/int/search/mediaVisibility.test.ts).
    expect((await api.rest('GET', `/media/${id}`)).status).toBe(404)
    const publicRead = await api.rest('GET', `/media/${id}`, { token: editorToken })
    expect(publicRead.status).toBe(200)
    expect(publicRead.json.alt).toBe('Hands on a lower back')

    const patched = await api.rest('PATCH', `/media/${id}`, { token: editorToken, body: { alt: 'Two hands on a lower back' } })
    expect(patched.status).toBe(200)
    expect(patched.json.doc.alt).toBe('Two hands on a lower back')

    expect((await api.rest('DELETE', `/media/${id}`, { token: editorToken })).status).toBe(403)
    expect((await api.rest('DELETE', `/media/${id}`, { token: adminToken })).status).toBe(200)
    expect((await api.rest('GET', `/media/${id}`, { token: editorToken })).status).toBe(404)
  })

  it('should refuse an anonymous upload and an SVG upload through REST', async () => {
    const before = await payload.count({ collection: 'media' })
    const anonymous = await api.rest('POST', '/media', { form: await uploadForm('anon.png', { alt: 'Anonymous' }) })
    expect(anonymous.status).toBe(403)

    const svg = new FormData()
    svg.append('file', new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/svg+xml' }), 'icon.svg')
    svg.append('_payload', JSON.stringify({ alt: 'An icon' }))
    const refused = await api.rest('POST', '/media', { token: editorToken, form: svg })
    expect(refused.status).toBe(400)
    expect(refused.json.errors[0].data.errors[0].path).toBe('file')
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
  })

  it('should read, update and delete media through GraphQL, and refuse createMedia without a file', async () => {
    const png = await pngImage()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'GraphQL image' },
      file: { data: png, mimetype: 'image/png', name: 'gql-image.png', size: png.length },
    })
    const read = await api.graphql(
      `query ($id: Int!) { Media(id: $id) { id alt mimeType sizes { thumbnail { mimeType width } } }
        allMedia(where: { id: { equals: $id } }) { totalDocs docs { id } } }`,
      { id: doc.id },
      // No live document shows it, so only staff read it (tests/int/search/mediaVisibility.test.ts).
      editorToken,
    )
    expect(read.json.errors).toBeUndefined()
    expect(read.json.data.Media).toMatchObject({ alt: 'GraphQL image', sizes: { thumbnail: { mimeType: 'image/webp', width: 320 } } })
    expect(read.json.data.allMedia.docs).toEqual([{ id: doc.id }])

    const updated = await api.graphql(
      `mutation ($id: Int!) { updateMedia(id: $id, data: { alt: "GraphQL image, renamed" }) { alt } }`,
      { id: doc.id },
      editorToken,
    )
    expect(updated.json.errors).toBeUndefined()
    expect(updated.json.data.updateMedia.alt).toBe('GraphQL image, renamed')

    const fileless = await api.graphql(`mutation { createMedia(data: { alt: "No file" }) { id } }`, {}, editorToken)
    expect(fileless.json.errors?.[0]?.message).toMatch(/no files were uploaded/i)

    const deleted = await api.graphql(`mutation ($id: Int!) { deleteMedia(id: $id) { id } }`, { id: doc.id }, adminToken)
    expect(deleted.json.errors).toBeUndefined()
    expect(await payload.findByID({ collection: 'media', id: doc.id, disableErrors: true })).toBeNull()
  })
})

describe('users', () => {
  it('should create, read, update and delete a user through the Local API', async () => {
    const created = await payload.create({
      collection: 'users',
      data: { email: 'local-user@relief.test', name: 'Local User', roles: ['reviewer'], password: PASSWORD },
    })
    expect(created).toMatchObject({ email: 'local-user@relief.test', roles: ['reviewer'] })
    expect((created as any).password).toBeUndefined()
    expect((created as any).hash).toBeUndefined()
    const updated = await payload.update({ collection: 'users', id: created.id, data: { name: 'Local User Renamed' } })
    expect(updated.name).toBe('Local User Renamed')
    expect((await payload.findByID({ collection: 'users', id: created.id })).name).toBe('Local User Renamed')
    await payload.delete({ collection: 'users', id: created.id })
    expect(await payload.findByID({ collection: 'users', id: created.id, disableErrors: true })).toBeNull()
  })

  it('should create, read, update and delete a user through REST as an admin', async () => {
    const created = await api.rest('POST', '/users', {
      token: adminToken,
      body: { email: 'rest-user@relief.test', name: 'REST User', roles: ['editor'], password: PASSWORD },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    expect(created.json.doc).toMatchObject({ email: 'rest-user@relief.test', roles: ['editor'] })
    expect(created.json.doc.hash).toBeUndefined()

    const read = await api.rest('GET', `/users/${id}`, { token: adminToken })
    expect(read.status).toBe(200)
    expect(read.json.name).toBe('REST User')

    const patched = await api.rest('PATCH', `/users/${id}`, { token: adminToken, body: { roles: ['editor', 'reviewer'] } })
    expect(patched.status).toBe(200)
    expect(patched.json.doc.roles).toEqual(['editor', 'reviewer'])

    // The new account logs in with the password it was given.
    expect(await api.login('rest-user@relief.test', PASSWORD)).toEqual(expect.any(String))

    expect((await api.rest('DELETE', `/users/${id}`, { token: adminToken })).status).toBe(200)
    expect((await api.rest('GET', `/users/${id}`, { token: adminToken })).status).toBe(404)
  })

  it('should refuse user creation by an editor and show an editor only their own account', async () => {
    const before = await payload.count({ collection: 'users' })
    const refused = await api.rest('POST', '/users', {
      token: editorToken,
      body: { email: 'sneaky@relief.test', name: 'Sneaky', roles: ['admin'], password: PASSWORD },
    })
    expect(refused.status).toBe(403)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before.totalDocs)

    const listed = await api.rest('GET', '/users', { token: editorToken })
    expect(listed.status).toBe(200)
    expect(listed.json.docs).toHaveLength(1)
    expect(listed.json.docs[0].roles).toEqual(['editor'])
    expect((await api.rest('GET', `/users/${adminId}`, { token: editorToken })).status).toBe(404)
  })

  it('should create, read, update and delete a user through GraphQL as an admin', async () => {
    const created = await api.graphql(
      `mutation { createUser(data: { email: "gql-user@relief.test", name: "GQL User", password: "${PASSWORD}", roles: [reviewer] }) { id email roles } }`,
      {},
      adminToken,
    )
    expect(created.json.errors).toBeUndefined()
    const { id } = created.json.data.createUser
    expect(created.json.data.createUser).toMatchObject({ email: 'gql-user@relief.test', roles: ['reviewer'] })

    const read = await api.graphql(
      `query ($id: Int!) { User(id: $id) { name } Users(where: { email: { equals: "gql-user@relief.test" } }) { totalDocs } }`,
      { id },
      adminToken,
    )
    expect(read.json.data).toEqual({ User: { name: 'GQL User' }, Users: { totalDocs: 1 } })

    const updated = await api.graphql(
      `mutation ($id: Int!) { updateUser(id: $id, data: { name: "GQL User Renamed" }) { name } }`,
      { id },
      adminToken,
    )
    expect(updated.json.data.updateUser.name).toBe('GQL User Renamed')

    const deleted = await api.graphql(`mutation ($id: Int!) { deleteUser(id: $id) { id } }`, { id }, adminToken)
    expect(deleted.json.errors).toBeUndefined()
    expect(await payload.findByID({ collection: 'users', id, disableErrors: true })).toBeNull()
  })
})

describe('site-settings global', () => {
  let disclaimerId: number

  beforeAll(async () => {
    const disclaimer = await payload.create({
      collection: 'disclaimers',
      draft: true,
      data: { title: 'Default disclaimer', kind: 'medical', body: await richText(payload, 'See a doctor.') },
    })
    disclaimerId = disclaimer.id
  })

  it('should read the defaults and update the global through the Local API', async () => {
    expect((await payload.findGlobal({ slug: 'site-settings' })).reviewIntervalMonths).toBe(12)
    const updated = await payload.updateGlobal({
      slug: 'site-settings',
      data: { reviewIntervalMonths: 18, defaultDisclaimers: [disclaimerId] },
      depth: 0,
    })
    expect(updated).toMatchObject({ reviewIntervalMonths: 18, defaultDisclaimers: [disclaimerId] })
    const read = await payload.findGlobal({ slug: 'site-settings', depth: 1 })
    expect((read.defaultDisclaimers as any[])[0]).toMatchObject({ id: disclaimerId, title: 'Default disclaimer' })
  })

  it('should let an admin update the global through REST and refuse an editor', async () => {
    const refused = await api.rest('POST', '/globals/site-settings', { token: editorToken, body: { reviewIntervalMonths: 3 } })
    expect(refused.status).toBe(403)

    const updated = await api.rest('POST', '/globals/site-settings?depth=0', {
      token: adminToken,
      body: { reviewIntervalMonths: 6, defaultDisclaimers: [disclaimerId] },
    })
    expect(updated.status).toBe(200)
    const read = await api.rest('GET', '/globals/site-settings?depth=0')
    expect(read.status).toBe(200)
    expect(read.json).toMatchObject({ reviewIntervalMonths: 6, defaultDisclaimers: [disclaimerId] })
  })

  it('should read and update the global through GraphQL', async () => {
    const updated = await api.graphql(
      `mutation ($ids: [Int]) { updateSiteSetting(data: { reviewIntervalMonths: 24, defaultDisclaimers: $ids }) { reviewIntervalMonths } }`,
      { ids: [disclaimerId] },
      adminToken,
    )
    expect(updated.json.errors).toBeUndefined()
    expect(updated.json.data.updateSiteSetting.reviewIntervalMonths).toBe(24)

    const refused = await api.graphql(`mutation { updateSiteSetting(data: { reviewIntervalMonths: 2 }) { reviewIntervalMonths } }`, {}, editorToken)
    expect(refused.json.errors?.[0]?.message).toMatch(/not allowed/i)

    // The disclaimer is an unpublished draft: a read without draft=true is a live read, for
    // staff too (issue 10), so nobody sees it populated here.
    const read = await api.graphql(`{ SiteSetting { reviewIntervalMonths defaultDisclaimers { id title } } }`, {}, editorToken)
    expect(read.json.data.SiteSetting).toEqual({ reviewIntervalMonths: 24, defaultDisclaimers: [] })
    const anonymous = await api.graphql(`{ SiteSetting { reviewIntervalMonths defaultDisclaimers { id } } }`)
    expect(anonymous.json.data.SiteSetting).toEqual({ reviewIntervalMonths: 24, defaultDisclaimers: [] })
  })
})

describe('workflow-events', () => {
  const event = { collection: 'articles', documentId: '1', action: 'submit', fromState: 'draft', toState: 'in_review' } as const

  it('should refuse creating an event through the Local API with user access, REST and GraphQL', async () => {
    const before = await payload.count({ collection: 'workflow-events' })
    const admin = await payload.findByID({ collection: 'users', id: adminId })
    await expect(
      payload.create({ collection: 'workflow-events', data: event, overrideAccess: false, user: admin }),
    ).rejects.toMatchObject({ status: 403 })

    for (const token of [adminToken, editorToken, reviewerToken, undefined]) {
      expect((await api.rest('POST', '/workflow-events', { token, body: event })).status).toBe(403)
    }

    const gql = await api.graphql(
      `mutation { createWorkflowEvent(data: { collection: articles, documentId: "1", action: "submit" }) { id } }`,
      {},
      adminToken,
    )
    expect(gql.json.errors?.[0]?.message).toMatch(/not allowed/i)
    expect((await payload.count({ collection: 'workflow-events' })).totalDocs).toBe(before.totalDocs)
  })

  it('should let staff read events but nobody edit or delete them', async () => {
    const written = await payload.create({ collection: 'workflow-events', data: event })
    const listed = await api.rest('GET', '/workflow-events', { token: reviewerToken })
    expect(listed.status).toBe(200)
    expect(listed.json.docs.map((doc: { id: number }) => doc.id)).toContain(written.id)
    const gql = await api.graphql(`{ WorkflowEvents { docs { id action } } }`, {}, editorToken)
    expect(gql.json.data.WorkflowEvents.docs).toContainEqual({ id: written.id, action: 'submit' })
    expect((await api.rest('GET', '/workflow-events')).status).toBe(403)

    expect((await api.rest('PATCH', `/workflow-events/${written.id}`, { token: adminToken, body: { action: 'edited' } })).status).toBe(403)
    expect((await api.rest('DELETE', `/workflow-events/${written.id}`, { token: adminToken })).status).toBe(403)
    expect((await payload.findByID({ collection: 'workflow-events', id: written.id })).action).toBe('submit')
  })
})
