import { createHash } from 'node:crypto'
import type { FlattenedField } from 'payload'

import { idOf } from '@/lib/idOf'

/**
 * Which parts of a document a reviewer approves: the wording (every text and rich-text field,
 * in every locale, including array rows such as references and benefits) and which
 * disclaimers are attached. Images, SEO meta, slug, author, dates and workflow bookkeeping
 * are not medical wording, so changing them keeps an approval.
 */
const EXCLUDED_FIELDS = new Set([
  'slug',
  'meta',
  'publishedAt',
  'workflowState',
  'workflow',
  'medicalReview',
  'claims',
])
const REVIEWED_RELATIONSHIPS = new Set(['disclaimers'])
const TEXT_TYPES = new Set(['text', 'textarea', 'richText', 'email'])

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

const relationIds = (value: unknown): unknown => {
  // Localized relationships arrive as { en: [...], th: [...] } with locale 'all'.
  if (value && typeof value === 'object' && !Array.isArray(value) && !('id' in value)) {
    return Object.fromEntries(Object.entries(value).map(([locale, v]) => [locale, relationIds(v)]))
  }
  const ids = (Array.isArray(value) ? value : [value]).map((v) => idOf(v)).filter((id) => !isEmpty(id))
  return ids.map(String).sort()
}

const project = (data: Record<string, unknown> | undefined, fields: FlattenedField[]) => {
  const result: Record<string, unknown> = {}
  if (!data) return result
  for (const field of fields) {
    if (EXCLUDED_FIELDS.has(field.name)) continue
    const value = data[field.name]
    if (isEmpty(value)) continue
    if (TEXT_TYPES.has(field.type)) {
      result[field.name] = value
    } else if (field.type === 'relationship' && REVIEWED_RELATIONSHIPS.has(field.name)) {
      const ids = relationIds(value)
      if (!isEmpty(ids)) result[field.name] = ids
    } else if (field.type === 'array' && Array.isArray(value)) {
      const rows = value
        .map((row) => project(row as Record<string, unknown>, field.flattenedFields))
        .filter((row) => Object.keys(row).length > 0)
      if (rows.length > 0) result[field.name] = rows
    } else if (field.type === 'group' && typeof value === 'object') {
      const group = project(value as Record<string, unknown>, field.flattenedFields)
      if (Object.keys(group).length > 0) result[field.name] = group
    }
  }
  return result
}

/** JSON with sorted keys, so equal content always hashes the same. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

export const reviewedProjection = (doc: Record<string, unknown> | undefined, fields: FlattenedField[]) =>
  project(doc, fields)

/** SHA-256 of the reviewed content; pass a document read with locale 'all'. */
export const reviewedContentHash = (doc: Record<string, unknown>, fields: FlattenedField[]) =>
  createHash('sha256').update(canonicalJson(project(doc, fields))).digest('hex')

export const isReviewedContentEqual = (
  a: Record<string, unknown> | undefined,
  b: Record<string, unknown> | undefined,
  fields: FlattenedField[],
) => canonicalJson(project(a, fields)) === canonicalJson(project(b, fields))
