/**
 * Every string anonymous readers can receive is reviewed wording (docs/workflow.md). For a fully
 * filled, published document of each content collection, this walks everything anonymous REST
 * (depth 2, every locale) and GraphQL (every field the schema offers, a few levels deep, each
 * locale) return, and fails on any string that is neither in the approval hash nor on the
 * explicit allowlist with its reason:
 * - hashed: changing the stored value changes the reviewed projection (checked by mutating
 *   the stored document, not by reading the hashing code's list);
 * - the wording of an image the document shows: in the image's hashed wording, and the image
 *   is among those the document shows;
 * - allowed: ids, select values, dates, NOT_REVIEWED fields, the technical fields of uploads,
 *   and the strings of related content documents, which are reviewed in their own document
 *   (and anonymous readers only get their published version).
 */
import type { FlattenedField } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { canonicalJson } from '@/lib/canonicalJson'
import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'
import {
  NOT_REVIEWED,
  NOT_REVIEWED_UPLOAD,
  reviewedProjection,
  uploadsShown,
} from '@/workflow/reviewedContent'

import { richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { type ContentSlug, createWorld, rand, type World } from '../../helpers/workflowFixtures'

let world: World
const LOCALES = ['en', 'th']
const GQL_NAMES: Record<ContentSlug, string> = {
  articles: 'Article',
  techniques: 'Technique',
  faqs: 'Faq',
  therapists: 'Therapist',
  disclaimers: 'Disclaimer',
}
/** Types whose values are not free wording. */
const NON_WORDING_TYPES: Record<string, string> = {
  select: 'a select value from a fixed list',
  radio: 'a value from a fixed list',
  date: 'a date',
  number: 'a number',
  checkbox: 'a boolean',
  point: 'coordinates',
}
/** Keys that are not fields but every document carries. */
const DOCUMENT_KEYS: Record<string, string> = { id: 'the document id' }

const docs = {} as Record<ContentSlug, { id: number; mediaId: number }>

const isLocaleMap = (value: unknown) =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value as object).length > 0 &&
  Object.keys(value as object).every((k) => LOCALES.includes(k))

/** A copy of `doc` with every value at the field path (all rows, all locales) replaced. */
const mutate = (doc: unknown, path: string[]): unknown => {
  const copy = structuredClone(doc)
  const visit = (node: unknown, rest: string[]) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, rest))
    if (!node || typeof node !== 'object') return
    if (isLocaleMap(node)) return Object.values(node).forEach((n) => visit(n, rest))
    const record = node as Record<string, unknown>
    const [head, ...tail] = rest
    if (!(head in record)) return
    if (tail.length === 0) record[head] = `__changed__${rand()}`
    else visit(record[head], tail)
  }
  visit(copy, path)
  return copy
}

const isHashed = (stored: Record<string, unknown>, fields: FlattenedField[], path: string[], skip?: Record<string, string>) => {
  const project = (doc: unknown) =>
    canonicalJson(
      reviewedProjection(
        doc as Record<string, unknown>,
        skip ? fields.filter((f) => !(f.name in skip)) : fields,
      ),
    )
  return project(stored) !== project(mutate(stored, path))
}

type Finding = { path: string; verdict: 'hashed' | 'image wording' | 'allowed' | 'UNREVIEWED'; reason?: string }

/**
 * Walks a public response alongside the schema and judges every string leaf.
 */
const judge = async (slug: ContentSlug, response: Record<string, unknown>) => {
  const payload = world.payload
  const fields = payload.collections[slug].config.flattenedFields
  const mediaFields = payload.collections.media.config.flattenedFields
  const stored = (await payload.findByID({ collection: slug, id: response.id as number, draft: false, locale: 'all', depth: 0 })) as any
  const shown = uploadsShown(stored, fields)
  const findings: Finding[] = []
  const note = (path: string[], verdict: Finding['verdict'], reason?: string) =>
    findings.push({ path: path.join('.'), verdict, reason })

  const judgeImage = async (doc: Record<string, any>, path: string[]) => {
    const media = (await payload.findByID({ collection: 'media', id: doc.id, locale: 'all', depth: 0 })) as any
    const isShown = Boolean(shown.get('media')?.has(String(doc.id)))
    for (const [key, value] of Object.entries(doc)) {
      if (!hasString(value)) continue
      const field = mediaFields.find((f) => f.name === key)
      if (key in DOCUMENT_KEYS) note([...path, key], 'allowed', DOCUMENT_KEYS[key])
      else if (key in NOT_REVIEWED_UPLOAD) note([...path, key], 'allowed', NOT_REVIEWED_UPLOAD[key])
      else if (field && field.type in NON_WORDING_TYPES) note([...path, key], 'allowed', NON_WORDING_TYPES[field.type])
      else if (field && isShown && isHashed(media, mediaFields, [key], NOT_REVIEWED_UPLOAD)) note([...path, key], 'image wording')
      else note([...path, key], 'UNREVIEWED', field ? `image field ${key}` : 'not a media field')
    }
  }

  /** A populated document inside rich text: an image, or content reviewed on its own. */
  const judgeRichText = async (node: unknown, path: string[]) => {
    if (Array.isArray(node)) {
      for (const n of node) await judgeRichText(n, path)
      return
    }
    if (!node || typeof node !== 'object') return
    const record = node as Record<string, any>
    for (const [key, value] of Object.entries(record)) {
      if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in value && 'updatedAt' in value) {
        if ('filename' in value) await judgeImage(value, [...path, key])
        else if (hasString(value)) note([...path, key], 'allowed', 'a related content document, reviewed in its own document')
      } else if (value && typeof value === 'object') {
        await judgeRichText(value, [...path, key])
      }
    }
  }

  const walk = async (data: unknown, list: FlattenedField[], path: string[], fieldPath: string[]) => {
    if (Array.isArray(data)) {
      for (const row of data) await walk(row, list, path, fieldPath)
      return
    }
    if (!data || typeof data !== 'object') return
    for (const [key, raw] of Object.entries(data as Record<string, unknown>)) {
      if (!hasString(raw)) continue
      const here = [...path, key]
      const field = list.find((f) => f.name === key)
      if (!field) {
        if (fieldPath.length === 0 && key in DOCUMENT_KEYS) note(here, 'allowed', DOCUMENT_KEYS[key])
        else if (key === 'id' || key === 'blockType' || key === 'blockName') note(here, 'allowed', 'a row or block identifier')
        else note(here, 'UNREVIEWED', 'not a field of the schema')
        continue
      }
      const values = field.localized && isLocaleMap(raw) ? Object.values(raw as object) : [raw]
      const fp = [...fieldPath, key]
      if (fieldPath.length === 0 && key in NOT_REVIEWED) {
        note(here, 'allowed', NOT_REVIEWED[key])
      } else if (field.type in NON_WORDING_TYPES) {
        note(here, 'allowed', NON_WORDING_TYPES[field.type])
      } else if (field.type === 'relationship' || field.type === 'upload') {
        const relationTo = String(field.relationTo)
        if (!isHashed(stored, fields, fp)) note(here, 'UNREVIEWED', 'which document is attached is not hashed')
        for (const value of values.flat()) {
          if (!value || typeof value !== 'object') continue
          if (relationTo === 'media') await judgeImage(value as Record<string, any>, here)
          else if ((CONTENT_COLLECTIONS as readonly string[]).includes(relationTo)) {
            note(here, 'allowed', 'a related content document, reviewed in its own document')
          } else note(here, 'UNREVIEWED', `a populated ${relationTo} document`)
        }
      } else if (field.type === 'richText') {
        note(here, isHashed(stored, fields, fp) ? 'hashed' : 'UNREVIEWED')
        for (const value of values) await judgeRichText(value, here)
      } else if ((field.type === 'array' || field.type === 'group') && 'flattenedFields' in field) {
        for (const value of values) await walk(value, field.flattenedFields, here, fp)
      } else if (field.type === 'blocks') {
        for (const value of values.flat()) {
          const block = field.blocks.find((b) => b.slug === (value as { blockType?: string })?.blockType)
          await walk(value, block?.flattenedFields ?? [], here, fp)
        }
      } else {
        note(here, isHashed(stored, fields, fp) ? 'hashed' : 'UNREVIEWED', field.type)
      }
    }
  }
  await walk(response, fields, [], [])
  return findings
}

const hasString = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.length > 0
    : Array.isArray(value)
      ? value.some(hasString)
      : Boolean(value) && typeof value === 'object' && Object.values(value as object).some(hasString)

/** A GraphQL selection of every field of a type, down to `depth` levels of objects. */
const selectionBuilder = (types: Map<string, any>) => {
  const named = (type: any): any => (type.ofType ? named(type.ofType) : type)
  const select = (typeName: string, depth: number): string => {
    const type = types.get(typeName)
    const parts: string[] = []
    for (const field of type.fields ?? []) {
      if (field.args.some((a: any) => a.type.kind === 'NON_NULL')) continue
      const target = named(field.type)
      if (target.kind === 'SCALAR' || target.kind === 'ENUM') parts.push(field.name)
      else if (depth > 0 && target.kind === 'OBJECT') {
        const inner = select(target.name, depth - 1)
        if (inner) parts.push(`${field.name} { ${inner} }`)
      }
    }
    return parts.join(' ')
  }
  return select
}

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
  const payload = world.payload
  const png = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#99aacc' } }).png().toBuffer()
  const image = async () => {
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Hands on a lower back', caption: 'A gentle session' } as any,
      file: { data: png, mimetype: 'image/png', name: `walk-${rand()}.png`, size: png.length },
    })
    await payload.update({ collection: 'media', id: media.id, locale: 'th', data: { alt: 'มือบนหลัง', caption: 'การนวดเบาๆ' } as any })
    return media.id as number
  }
  const technique = await world.make('techniques', 'published')
  const faq = await world.make('faqs', 'published')
  const author = world.profiles.reviewer

  const withUpload = async (md: string, mediaId: number) => {
    const body = (await richText(payload, md)) as any
    body.root.children.push({ type: 'upload', version: 3, format: '', id: rand() + rand(), fields: null, relationTo: 'media', value: mediaId })
    return body
  }
  const meta = (mediaId: number) => ({ title: 'Meta title', description: 'Meta description', image: mediaId })
  const extras: Record<ContentSlug, (mediaId: number) => Promise<Record<string, unknown>>> = {
    articles: async (m) => ({
      heroImage: m,
      author: author.id,
      techniques: [technique.id],
      faqs: [faq.id],
      topics: ['sciatica'],
      publishedAt: '2025-01-01T00:00:00.000Z',
      references: [{ title: 'A trial', url: 'https://example.org/trial', publisher: 'A journal' }],
      meta: meta(m),
      body: await withUpload('Slow strokes along the lower back.', m),
    }),
    techniques: async (m) => ({
      image: m,
      targetAreas: ['lower-back'],
      pressure: 'gentle',
      benefits: [{ benefit: 'May ease tension' }],
      sessionMinutes: { min: 5, max: 10 },
      meta: meta(m),
      body: await withUpload('Roll slowly.', m),
    }),
    faqs: async () => ({ topic: 'sciatica', relatedTechniques: [technique.id], order: 3 }),
    therapists: async (m) => ({
      headline: 'Physical therapist',
      photo: m,
      specialties: [technique.id],
      yearsOfExperience: 9,
      credentials: [{ type: 'PT', licenseNumber: 'PT-123', issuingBody: 'A board', expiresOn: '2030-01-01T00:00:00.000Z' }],
      bio: await withUpload('Works with runners.', m),
    }),
    disclaimers: async () => ({ appliesTo: ['articles'], isDefault: false }),
  }
  for (const slug of Object.keys(GQL_NAMES) as ContentSlug[]) {
    const mediaId = await image()
    const doc = await world.make(slug, 'draft', await extras[slug](mediaId))
    const titleField = { articles: 'title', techniques: 'name', faqs: 'question', therapists: 'headline', disclaimers: 'title' }[slug]
    await world.payload.update({ collection: slug, id: doc.id, locale: 'th', data: { [titleField]: `ไทย ${rand()}` } as any })
    await world.bringTo(slug, doc.id, 'published')
    docs[slug] = { id: doc.id, mediaId }
  }
}, 300_000)

describe('every public string is reviewed', () => {
  const expectReviewed = (findings: Finding[]) => {
    const unreviewed = findings.filter((f) => f.verdict === 'UNREVIEWED')
    expect(unreviewed, JSON.stringify(unreviewed, null, 1)).toEqual([])
    // The walk really saw hashed wording and image wording, not only allowed strings.
    expect(findings.some((f) => f.verdict === 'hashed')).toBe(true)
  }

  it.each(Object.keys(GQL_NAMES) as ContentSlug[])('should hash or justify every string anonymous REST returns for %s', async (slug) => {
    for (const query of ['?depth=2&locale=all', '?depth=2', '?depth=2&locale=th']) {
      const res = await world.api.rest('GET', `/${slug}/${docs[slug].id}${query}`)
      expect(res.status, res.text).toBe(200)
      const findings = await judge(slug, res.json)
      expectReviewed(findings)
      if (slug !== 'faqs' && slug !== 'disclaimers') {
        expect(findings.filter((f) => f.verdict === 'image wording').map((f) => f.path.split('.').at(-1))).toEqual(
          expect.arrayContaining(['alt', 'caption']),
        )
      }
    }
  })

  it.each(Object.keys(GQL_NAMES) as ContentSlug[])('should hash or justify every string anonymous GraphQL returns for %s', async (slug) => {
    const schema = await world.api.graphql(`{ __schema { types { name kind fields { name
      args { name type { kind } }
      type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`)
    const types = new Map<string, any>(schema.json.data.__schema.types.map((t: any) => [t.name, t]))
    const selection = selectionBuilder(types)(GQL_NAMES[slug], 3)
    // One query per top-level field keeps each under the complexity limit.
    const parts: string[] = []
    let depth = 0
    let current = ''
    const tokens = selection.split(' ')
    for (const [i, token] of tokens.entries()) {
      current = current ? `${current} ${token}` : token
      depth += (token.match(/\{/g)?.length ?? 0) - (token.match(/\}/g)?.length ?? 0)
      if (depth === 0 && tokens[i + 1] !== '{') {
        parts.push(current)
        current = ''
      }
    }
    expect(parts.length).toBeGreaterThan(5)
    for (const locale of ['en', 'th']) {
      const doc: Record<string, unknown> = {}
      for (const part of parts) {
        const res = await world.api.graphql(`query($id: Int!) { doc: ${GQL_NAMES[slug]}(id: $id, locale: ${locale}) { id ${part} } }`, {
          id: docs[slug].id,
        })
        expect(res.json.errors, `${part}: ${JSON.stringify(res.json.errors)}`).toBeUndefined()
        Object.assign(doc, res.json.data.doc)
      }
      expect(doc.id).toBe(docs[slug].id)
      expectReviewed(await judge(slug, doc))
    }
  })

  it('should fail the walk for a string field that is not hashed (the check can fail)', async () => {
    const res = await world.api.rest('GET', `/articles/${docs.articles.id}?depth=2`)
    const forged = { ...res.json, invented: 'A string no schema field carries' }
    expect((await judge('articles', forged)).filter((f) => f.verdict === 'UNREVIEWED').map((f) => f.path)).toEqual(['invented'])
    expect(isHashed({ slug: 'a-slug' }, world.payload.collections.articles.config.flattenedFields, ['slug'])).toBe(false)
  })
})
