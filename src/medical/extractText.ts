import type { FlattenedField } from 'payload'

import type { CitationSpan } from './claims'
import { lexicalToTextWithCitations } from './lexicalWithCitations'

/** `citations`: links and reference nodes of a rich-text field, as offsets into `text`. */
export type TextSegment = { path: string; locale?: string; text: string; citations?: CitationSpan[] }

// Identifiers and bookkeeping, not wording a reader sees.
const SKIPPED = new Set(['slug', 'url', 'licenseNumber', 'workflow', 'claims', 'medicalReview'])

const textOf = (field: FlattenedField, value: unknown): { text: string; citations?: CitationSpan[] } => {
  if (typeof value === 'string') return { text: field.type === 'richText' ? '' : value }
  if (field.type === 'richText' && value && typeof value === 'object') return lexicalToTextWithCitations(value)
  return { text: '' }
}

/**
 * Every piece of reader-facing text in a document. With a document read in locale 'all',
 * localized values are objects keyed by locale and each locale becomes its own segment.
 */
export const extractText = (
  doc: Record<string, unknown> | undefined,
  fields: FlattenedField[],
  locales: string[],
  prefix = '',
): TextSegment[] => {
  if (!doc) return []
  const segments: TextSegment[] = []
  for (const field of fields) {
    if (SKIPPED.has(field.name)) continue
    const path = prefix ? `${prefix}.${field.name}` : field.name
    const raw = doc[field.name]
    const perLocale: [string | undefined, unknown][] =
      'localized' in field && field.localized && raw && typeof raw === 'object' && !Array.isArray(raw) &&
      Object.keys(raw).some((key) => locales.includes(key))
        ? Object.entries(raw).filter(([key]) => locales.includes(key))
        : [[undefined, raw]]
    for (const [locale, value] of perLocale) {
      if (field.type === 'array' && Array.isArray(value)) {
        value.forEach((row, index) =>
          segments.push(
            ...extractText(row as Record<string, unknown>, field.flattenedFields, locales, `${path}.${index}`).map(
              (segment) => ({ ...segment, locale: segment.locale ?? locale }),
            ),
          ),
        )
      } else if (field.type === 'group' && value && typeof value === 'object') {
        segments.push(...extractText(value as Record<string, unknown>, field.flattenedFields, locales, path))
      } else if (['text', 'textarea', 'richText'].includes(field.type)) {
        const { text, citations } = textOf(field, value)
        if (text.trim()) segments.push({ path, locale, text, ...(citations?.length ? { citations } : {}) })
      }
    }
  }
  return segments
}
