import { createHash } from 'node:crypto'
import type { CollectionSlug, FlattenedField, PayloadRequest } from 'payload'

import { canonicalJson } from '@/lib/canonicalJson'
import { idOf } from '@/lib/idOf'
import { keepingLocale, localeCodesOf } from '@/lib/locales'

/**
 * Which parts of a document a reviewer approves (docs/workflow.md): every string anonymous readers
 * can receive, in every locale. The list is derived from the schema: every field of a type
 * that carries text (WORDING_TYPES) or points at another document (relationships and uploads:
 * which author, images, techniques, FAQs and disclaimers are shown) is hashed, unless it is on
 * NOT_REVIEWED with the reason. Selects, numbers, dates, checkboxes and points carry no free
 * wording. The images a document shows (upload fields and upload nodes in rich text) add their
 * own wording (alt text, caption) to the hash, so an edit of an image's alt text after approval
 * blocks the publish.
 */
export const WORDING_TYPES = new Set(['text', 'textarea', 'richText', 'email', 'code', 'json'])
export const RELATION_TYPES = new Set(['relationship', 'upload'])

/** Top-level fields of content documents left out of the hash, and why. */
export const NOT_REVIEWED: Record<string, string> = {
  slug: 'an identifier in the URL, not wording; generated from the title',
  workflow: 'review bookkeeping, readable by staff only',
  claims: 'claims-checker findings, readable by staff only',
  medicalReview: 'the review record itself, written only by approve and reaffirm',
}

/** Fields of an image (upload) document left out of its wording, and why. */
export const NOT_REVIEWED_UPLOAD: Record<string, string> = {
  filename: 'a file name, set by the upload, shown only in URLs',
  mimeType: 'a file type',
  url: 'a generated address',
  thumbnailURL: 'a generated address',
  sizes: 'generated resized copies: names, types and addresses',
  prefix: 'a storage prefix',
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

const isLocaleMap = (value: unknown, locales: readonly string[]) =>
  Boolean(value) &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value as object).length > 0 &&
  Object.keys(value as object).every((key) => locales.includes(key))

const relationIds = (value: unknown, locales: readonly string[]): unknown => {
  // Localized relationships arrive as { en: [...], th: [...] } with locale 'all'.
  if (isLocaleMap(value, locales)) {
    return Object.fromEntries(Object.entries(value as object).map(([locale, v]) => [locale, relationIds(v, locales)]))
  }
  const ids = (Array.isArray(value) ? value : [value])
    .map((v) => (v && typeof v === 'object' && 'relationTo' in v ? `${v.relationTo}:${idOf(v.value)}` : idOf(v)))
    .filter((id) => !isEmpty(id))
  return ids.map(String).sort()
}

type Options = { locales: readonly string[]; skip: Record<string, string> }

const project = (data: Record<string, unknown> | undefined, fields: FlattenedField[], options: Options, isTop = true) => {
  const result: Record<string, unknown> = {}
  if (!data) return result
  for (const field of fields) {
    if (isTop && field.name in options.skip) continue
    const value = data[field.name]
    if (isEmpty(value)) continue
    if (WORDING_TYPES.has(field.type)) {
      result[field.name] = value
    } else if (RELATION_TYPES.has(field.type)) {
      const ids = relationIds(value, options.locales)
      if (!isEmpty(ids)) result[field.name] = ids
    } else if ((field.type === 'array' || field.type === 'group') && 'flattenedFields' in field) {
      const sub = (v: unknown): unknown => {
        if (Array.isArray(v)) {
          const rows = v
            .map((row) => project(row as Record<string, unknown>, field.flattenedFields, options, false))
            .filter((row) => Object.keys(row).length > 0)
          return rows.length > 0 ? rows : undefined
        }
        if (v && typeof v === 'object') {
          const group = project(v as Record<string, unknown>, field.flattenedFields, options, false)
          return Object.keys(group).length > 0 ? group : undefined
        }
        return undefined
      }
      const projected =
        field.localized && isLocaleMap(value, options.locales)
          ? Object.fromEntries(Object.entries(value as object).map(([locale, v]) => [locale, sub(v)]))
          : sub(value)
      if (projected !== undefined) result[field.name] = projected
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      result[field.name] = value.map((row) => {
        const block = field.blocks.find((b) => b.slug === (row as { blockType?: string }).blockType)
        return { blockType: (row as { blockType?: string }).blockType, ...(block ? project(row, block.flattenedFields, options, false) : {}) }
      })
    }
  }
  return result
}

const DEFAULT_LOCALES = ['en', 'th'] as const

export const reviewedProjection = (
  doc: Record<string, unknown> | undefined,
  fields: FlattenedField[],
  locales: readonly string[] = DEFAULT_LOCALES,
) => project(doc, fields, { locales, skip: NOT_REVIEWED })

export const isReviewedContentEqual = (
  a: Record<string, unknown> | undefined,
  b: Record<string, unknown> | undefined,
  fields: FlattenedField[],
) => canonicalJson(reviewedProjection(a, fields)) === canonicalJson(reviewedProjection(b, fields))

/**
 * Every upload a document shows, by collection: upload fields (any depth, any locale) and
 * upload nodes inside rich text.
 */
export const uploadsShown = (doc: Record<string, unknown> | undefined, fields: FlattenedField[]) => {
  const found = new Map<string, Set<string>>()
  const add = (relationTo: string, value: unknown) => {
    const id = idOf(value)
    if (isEmpty(id)) return
    if (!found.has(relationTo)) found.set(relationTo, new Set())
    found.get(relationTo)!.add(String(id))
  }
  const walkRichText = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) return node.forEach(walkRichText)
    const record = node as Record<string, unknown>
    if (record.type === 'upload' && typeof record.relationTo === 'string') add(record.relationTo, record.value)
    for (const child of Object.values(record)) if (child && typeof child === 'object') walkRichText(child)
  }
  const walk = (data: unknown, list: FlattenedField[]) => {
    if (!data || typeof data !== 'object') return
    if (Array.isArray(data)) return data.forEach((row) => walk(row, list))
    const record = data as Record<string, unknown>
    for (const field of list) {
      const value = record[field.name]
      if (isEmpty(value)) continue
      if (field.type === 'upload' && typeof field.relationTo === 'string') {
        const relationTo = field.relationTo
        const values = (v: unknown): unknown[] =>
          Array.isArray(v) ? v : v && typeof v === 'object' && !('id' in v) ? Object.values(v).flatMap(values) : [v]
        values(value).forEach((v) => add(relationTo, v))
      } else if (field.type === 'richText') {
        walkRichText(value)
      } else if ((field.type === 'array' || field.type === 'group') && 'flattenedFields' in field) {
        const isLocalized = field.localized && value && typeof value === 'object' && !Array.isArray(value)
        ;(isLocalized ? Object.values(value) : [value]).forEach((v) => walk(v, field.flattenedFields))
      } else if (field.type === 'blocks' && Array.isArray(value)) {
        for (const row of value) {
          const block = field.blocks.find((b) => b.slug === (row as { blockType?: string }).blockType)
          if (block) walk(row, block.flattenedFields)
        }
      }
    }
  }
  walk(doc, fields)
  return found
}

/** The wording of the uploads a document shows, every locale, keyed `collection:id`. */
const uploadWording = async (req: PayloadRequest, uploads: Map<string, Set<string>>) => {
  const wording: Record<string, unknown> = {}
  await keepingLocale(req, async () => {
    for (const [slug, ids] of uploads) {
      const collection = req.payload.collections[slug as CollectionSlug]
      if (!collection) continue
      const { docs } = await req.payload.find({
        collection: slug as CollectionSlug,
        where: { id: { in: [...ids] } },
        locale: 'all',
        depth: 0,
        limit: ids.size,
        pagination: false,
        req,
        overrideAccess: true,
      })
      const locales = localesOf(req)
      for (const doc of docs) {
        wording[`${slug}:${doc.id}`] = project(doc as unknown as Record<string, unknown>, collection.config.flattenedFields, {
          locales,
          skip: NOT_REVIEWED_UPLOAD,
        })
      }
      // A missing image shows nothing, and that is what gets hashed.
      for (const id of ids) wording[`${slug}:${id}`] ??= null
    }
  })
  return wording
}

const localesOf = (req: PayloadRequest) => localeCodesOf(req.payload.config)

/** SHA-256 of the reviewed content and the wording of the images it shows; pass a document read with locale 'all'. */
export const reviewedContentHash = async (req: PayloadRequest, collection: CollectionSlug, doc: Record<string, unknown>) => {
  const fields = req.payload.collections[collection].config.flattenedFields
  const content = reviewedProjection(doc, fields, localesOf(req))
  const images = await uploadWording(req, uploadsShown(doc, fields))
  const payload = Object.keys(images).length > 0 ? { content, images } : content
  return createHash('sha256').update(canonicalJson(payload)).digest('hex')
}
