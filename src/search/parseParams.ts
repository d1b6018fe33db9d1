import { SearchError } from './SearchError'
import { SEARCHABLE_COLLECTIONS, isSearchable } from './searchable'

export const MAX_QUERY_LENGTH = 200
export const MAX_LIMIT = 50
export const DEFAULT_LIMIT = 10
export const MAX_PAGE = 100
/** More terms than this add nothing to ranking and only make the SQL longer. */
export const MAX_TERMS = 8

const KNOWN = new Set(['q', 'locale', 'collections', 'limit', 'page'])

export type SearchParams = {
  q: string
  locale: string
  collections: string[]
  limit: number
  page: number
}

const single = (params: URLSearchParams, name: string): string | undefined => {
  const values = params.getAll(name)
  if (values.length > 1) throw new SearchError(`Query parameter "${name}" is given more than once`, name)
  return values[0]
}

const positiveInt = (params: URLSearchParams, name: string, fallback: number, max: number) => {
  const raw = single(params, name)
  if (raw === undefined || raw === '') return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new SearchError(`Query parameter "${name}" must be a whole number from 1 to ${max}`, name)
  }
  return Number(raw)
}

/** Reads and checks `q`, `locale`, `collections`, `limit` and `page`; throws a 400 naming the bad one. */
export const parseSearchParams = (
  params: URLSearchParams,
  { locales, defaultLocale }: { locales: string[]; defaultLocale: string },
): SearchParams => {
  for (const name of params.keys()) {
    if (!KNOWN.has(name)) {
      throw new SearchError(`Unknown query parameter "${name}"; use ${[...KNOWN].join(', ')}`, name)
    }
  }
  const rawQuery = single(params, 'q')
  const q = (rawQuery ?? '').replace(/\s+/g, ' ').trim()
  if (!q) throw new SearchError('Query parameter "q" is required', 'q')
  if (q.length > MAX_QUERY_LENGTH) {
    throw new SearchError(`Query parameter "q" is longer than ${MAX_QUERY_LENGTH} characters`, 'q')
  }
  // PostgreSQL text cannot hold NUL, and control characters are never part of a real query.
  if (/[\u0000-\u001F\u007F]/.test(q)) throw new SearchError('Query parameter "q" contains control characters', 'q')

  const locale = single(params, 'locale') || defaultLocale
  if (!locales.includes(locale)) {
    throw new SearchError(`Query parameter "locale" names an unknown locale "${locale}"; use ${locales.join(' or ')}`, 'locale')
  }

  const rawCollections = single(params, 'collections')
  const collections = rawCollections
    ? [...new Set(rawCollections.split(',').map((slug) => slug.trim()).filter(Boolean))]
    : SEARCHABLE_COLLECTIONS
  const unknown = collections.find((slug) => !isSearchable(slug))
  if (unknown !== undefined || collections.length === 0) {
    throw new SearchError(
      `Query parameter "collections" names ${unknown === undefined ? 'no collection' : `an unknown collection "${unknown}"`}; ` +
        `use any of ${SEARCHABLE_COLLECTIONS.join(', ')}`,
      'collections',
    )
  }
  return {
    q,
    locale,
    collections,
    limit: positiveInt(params, 'limit', DEFAULT_LIMIT, MAX_LIMIT),
    page: positiveInt(params, 'page', 1, MAX_PAGE),
  }
}
