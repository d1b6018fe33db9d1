import { MAX_LIMIT, READ_QUERY_PARAMETERS } from '@/contract/queryParameters'

import { QueryParameterError } from './QueryParameterError'

const ALLOWED = new Set<string>(READ_QUERY_PARAMETERS)
const FALLBACK_OFF = ['none', 'false', 'null']

const isWholeNumber = (value: string) => /^\d+$/.test(value)

/**
 * The parameters of a REST read as the client sent them. Payload reads what it knows and
 * ignores the rest, so a typo (`limt=5`, `locale=fr`) quietly gave another answer than asked.
 * Throws for the first problem; `localeCodes` are the configured locales.
 */
export const checkReadQuery = (searchParams: URLSearchParams, localeCodes: string[]) => {
  for (const key of new Set(searchParams.keys())) {
    const name = key.split('[')[0] ?? key
    if (!ALLOWED.has(name)) {
      throw new QueryParameterError(
        name,
        `Unknown query parameter "${name}". REST reads take: ${READ_QUERY_PARAMETERS.join(', ')}.`,
      )
    }
  }
  const locale = searchParams.get('locale')
  if (locale !== null && locale !== 'all' && !localeCodes.includes(locale)) {
    throw new QueryParameterError('locale', `Unknown locale "${locale}". Use one of: ${[...localeCodes, 'all'].join(', ')}.`)
  }
  for (const name of ['fallback-locale', 'fallbackLocale']) {
    const fallback = searchParams.get(name)
    if (fallback !== null && !localeCodes.includes(fallback) && !FALLBACK_OFF.includes(fallback)) {
      throw new QueryParameterError(name, `Unknown ${name} "${fallback}". Use one of: ${[...localeCodes, 'none'].join(', ')}.`)
    }
  }
  const limit = searchParams.get('limit')
  if (limit !== null && (!isWholeNumber(limit) || Number(limit) < 1 || Number(limit) > MAX_LIMIT)) {
    throw new QueryParameterError('limit', `limit must be a whole number from 1 to ${MAX_LIMIT}; page through larger sets with page.`)
  }
  if (searchParams.get('pagination') === 'false') {
    throw new QueryParameterError('pagination', `pagination cannot be turned off over REST; page through with limit (at most ${MAX_LIMIT}) and page.`)
  }
  const page = searchParams.get('page')
  if (page !== null && (!isWholeNumber(page) || Number(page) < 1)) {
    throw new QueryParameterError('page', 'page must be a whole number from 1.')
  }
  const depth = searchParams.get('depth')
  if (depth !== null && !isWholeNumber(depth)) {
    throw new QueryParameterError('depth', 'depth must be a whole number (0 for ids only).')
  }
}
