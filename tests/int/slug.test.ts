import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Api, createApi } from '../helpers/api'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

type SluggedSlug = 'articles' | 'techniques' | 'therapists'

let payload: Payload
let api: Api
let token: string

/** The collections with a slug, the field it comes from, and what else a valid doc needs. */
const slugged: { collection: SluggedSlug; source: 'title' | 'name'; extra: Record<string, unknown> }[] = [
  { collection: 'articles', source: 'title', extra: {} },
  { collection: 'techniques', source: 'name', extra: { category: 'self-massage' } },
  { collection: 'therapists', source: 'name', extra: {} },
]

const post = (collection: string, body: Record<string, unknown>, query = '') =>
  api.rest('POST', `/${collection}${query}`, { token, body })

const errorPaths = (json: any): string[] =>
  (json?.errors ?? []).flatMap((error: any) => (error.data?.errors ?? []).map((item: any) => item.path))

/** Documents and versions in a collection: a refused write must leave both unchanged. */
const written = async (collection: SluggedSlug) => ({
  docs: (await payload.count({ collection })).totalDocs,
  versions: (await payload.countVersions({ collection })).totalDocs,
})

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  const editor = await createUser(payload, ['editor'])
  token = await api.login(editor.email, PASSWORD)
})


describe.each(slugged)('$collection slug', ({ collection, source, extra }) => {
  it('should generate a lowercase, hyphenated slug without diacritics when none is given', async () => {
    const created = await post(collection, { [source]: `  Crème Brûlée: ${collection} Técnica Ñandú! `, ...extra })
    expect(created.status).toBe(201)
    expect(created.json.doc.slug).toBe(`creme-brulee-${collection}-tecnica-nandu`)
  })

  it('should treat an empty slug as missing and generate one', async () => {
    const created = await post(collection, { [source]: `Empty Slug ${collection}`, slug: '', ...extra })
    expect(created.status).toBe(201)
    expect(created.json.doc.slug).toBe(`empty-slug-${collection}`)
  })

  it('should keep a slug that is given', async () => {
    const created = await post(collection, { [source]: 'Something Else Entirely', slug: `kept-${collection}-slug`, ...extra })
    expect(created.status).toBe(201)
    expect(created.json.doc.slug).toBe(`kept-${collection}-slug`)
  })

  it('should keep the slug stable when the source field is renamed', async () => {
    const created = await post(collection, { [source]: `Original ${collection} Name`, ...extra })
    const id = created.json.doc.id
    const renamed = await api.rest('PATCH', `/${collection}/${id}`, { token, body: { [source]: 'A Completely New Name' } })
    expect(renamed.status).toBe(200)
    expect(renamed.json.doc[source]).toBe('A Completely New Name')
    expect(renamed.json.doc.slug).toBe(`original-${collection}-name`)

    const draftRename = await api.rest('PATCH', `/${collection}/${id}?draft=true`, { token, body: { [source]: 'Draft Name' } })
    expect(draftRename.status).toBe(200)
    expect(draftRename.json.doc.slug).toBe(`original-${collection}-name`)
  })

  it('should refuse a duplicate slug with 400 naming slug and write nothing', async () => {
    const first = await post(collection, { [source]: `Unique ${collection}`, ...extra })
    expect(first.status).toBe(201)
    const before = await written(collection)

    for (const [label, body, query] of [
      ['same generated slug', { [source]: `Unique ${collection}`, ...extra }, ''],
      ['same explicit slug', { [source]: 'Different Title', slug: `unique-${collection}`, ...extra }, ''],
      ['same slug as a draft', { [source]: `Unique ${collection}`, ...extra }, '?draft=true'],
    ] as const) {
      const duplicate = await post(collection, body, query)
      expect(duplicate.status, label).toBe(400)
      expect(errorPaths(duplicate.json), label).toContain('slug')
    }
    expect(await written(collection)).toEqual(before)
  })

  it('should refuse changing a slug to one already taken, leaving the document unchanged', async () => {
    await post(collection, { [source]: `Taken ${collection}`, ...extra })
    const other = await post(collection, { [source]: `Other ${collection}`, ...extra })
    const id = other.json.doc.id

    const clash = await api.rest('PATCH', `/${collection}/${id}`, { token, body: { slug: `taken-${collection}` } })
    expect(clash.status).toBe(400)
    expect(errorPaths(clash.json)).toContain('slug')
    const stored = (await payload.findByID({ collection, id, draft: true })) as { slug: string }
    expect(stored.slug).toBe(`other-${collection}`)
  })

  it.each([
    ['only punctuation', '!!!'],
    ['only hyphens', '---'],
  ])('should refuse a slug made of %s with 400 naming slug', async (_label, slug) => {
    const before = await written(collection)
    const refused = await post(collection, { [source]: `Invalid slug ${collection}`, slug, ...extra })
    expect(refused.status).toBe(400)
    expect(errorPaths(refused.json)).toContain('slug')
    expect(await written(collection)).toEqual(before)
  })
})

describe('slug details', () => {
  it('should refuse a draft save that changes a slug to one already taken', async () => {
    await post('articles', { title: 'Claimed Slug' })
    const other = await post('articles', { title: 'Another Article' })
    const id = other.json.doc.id
    const before = await written('articles')

    const clash = await api.rest('PATCH', `/articles/${id}?draft=true`, { token, body: { slug: 'claimed-slug' } })
    expect(clash.status).toBe(400)
    expect(errorPaths(clash.json)).toContain('slug')
    expect(await written('articles')).toEqual(before)
  })

  it.each([
    ['spaces, a slash and a question mark', 'bad slug/with?chars'],
    ['an underscore and a dot', 'bad_slug.v2'],
    ['upper-case letters', 'Bad-Slug'],
  ])('should refuse a given slug containing %s instead of rewriting it', async (_label, slug) => {
    const before = await written('articles')
    const refused = await post('articles', { title: 'Invalid given slug', slug })
    expect(refused.status).toBe(400)
    expect(errorPaths(refused.json)).toContain('slug')
    expect(await written('articles')).toEqual(before)
  })

  it('should allow the same slug in different collections', async () => {
    const article = await post('articles', { title: 'Shared Name' })
    const technique = await post('techniques', { name: 'Shared Name', category: 'professional' })
    expect([article.status, technique.status]).toEqual([201, 201])
    expect(technique.json.doc.slug).toBe(article.json.doc.slug)
  })

  it('should generate slugs through the Local API too', async () => {
    const article = await payload.create({ collection: 'articles', draft: true, data: { title: "Don't Ignore Leg Numbness" } })
    expect(article.slug).toBe('dont-ignore-leg-numbness')
  })

  it('should cap a generated slug at 96 characters without a trailing hyphen', async () => {
    const title = `${'stretch '.repeat(11)}and ${'breathe '.repeat(8)}`
    const created = await post('articles', { title })
    expect(created.status).toBe(201)
    expect(created.json.doc.slug.length).toBeLessThanOrEqual(96)
    expect(created.json.doc.slug).toMatch(/^stretch-stretch-.*[a-z]$/)
  })

  it('should keep Thai characters intact in a generated slug', async () => {
    const created = await post('articles', { title: 'นวดแผนไทย สำหรับ Sciatica' })
    expect(created.status).toBe(201)
    expect(created.json.doc.slug).toBe('นวดแผนไทย-สำหรับ-sciatica')
  })

  it('should keep the slug when the title changes in another locale', async () => {
    const created = await post('articles', { title: 'Locale Stable Slug' })
    const id = created.json.doc.id
    const thai = await api.rest('PATCH', `/articles/${id}?locale=th`, { token, body: { title: 'ชื่อภาษาไทย' } })
    expect(thai.status).toBe(200)
    expect(thai.json.doc.slug).toBe('locale-stable-slug')
  })
})
