import { lexicalToPlainText } from '@/lib/lexicalText'

import type { SearchableFields } from './searchable'

export type IndexedText = { locale: string; title: string; excerpt: string; body: string }

// The highlighter marks matches with these two private-use characters before escaping; text
// that already holds them would forge a <mark>.
const MARKERS = /[\uE000\uE001]/g

const clean = (text: string) => text.replace(MARKERS, '').replace(/\s+\n/g, '\n').trim()

/** The value of a field in one locale of a document read with `locale: 'all'`. */
const inLocale = (value: unknown, locale: string): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) && !('root' in value)
    ? (value as Record<string, unknown>)[locale]
    : value

const textOf = (value: unknown, locale: string): string => {
  const local = inLocale(value, locale)
  if (typeof local === 'string') return local
  if (Array.isArray(local)) {
    // Array rows (a technique's benefits): each row's own text fields, localized or not.
    return local
      .map((row) =>
        Object.entries((row ?? {}) as Record<string, unknown>)
          .filter(([key]) => key !== 'id')
          .map(([, cell]) => textOf(cell, locale))
          .filter(Boolean)
          .join(' '),
      )
      .filter(Boolean)
      .join('\n')
  }
  if (local && typeof local === 'object') return lexicalToPlainText(local)
  return ''
}

/**
 * The text readers of `locale` see: each field in that locale, or in the default locale when it
 * has no value there (the same fallback the API applies), so search finds what the page shows.
 */
export const documentText = (
  doc: Record<string, unknown>,
  fields: SearchableFields,
  locale: string,
  defaultLocale: string,
): IndexedText => {
  const field = (name: string | undefined) => {
    if (!name) return ''
    return clean(textOf(doc[name], locale) || textOf(doc[name], defaultLocale))
  }
  return {
    locale,
    title: field(fields.title),
    excerpt: field(fields.excerpt),
    body: fields.body.map(field).filter(Boolean).join('\n\n'),
  }
}
