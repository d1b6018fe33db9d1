import { APIError } from 'payload'

import type { CitationSpan } from '../claims'

/** More spans than this cannot be links in a text of the endpoint's length limit worth checking. */
export const MAX_CITATIONS = 5_000

const refuse = (message: string): never => {
  const error = new APIError(message, 400, { field: 'citations' }, true)
  // Production builds minify class names; Payload shows an unnamed error as "unknown".
  error.name = 'ClaimsCheckError'
  throw error
}

const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0

/**
 * The optional `citations` of `POST /api/medical-claims/check`: where links and reference nodes sit
 * in `text`, as the editor knows them, so a cited claim is judged as it will be on save.
 */
export const parseCitations = (citations: unknown, textLength: number): CitationSpan[] | undefined => {
  if (citations === undefined || citations === null) return undefined
  if (!Array.isArray(citations)) return refuse('Body field "citations" must be an array of { start, end } offsets')
  if (citations.length > MAX_CITATIONS) return refuse(`Body field "citations" has more than ${MAX_CITATIONS} entries`)
  return citations.map((citation, index) => {
    const { start, end } = (citation ?? {}) as { start?: unknown; end?: unknown }
    if (typeof citation !== 'object' || Array.isArray(citation) || !isOffset(start) || !isOffset(end)) {
      return refuse(`Body field "citations[${index}]" must be { start, end } with whole, non-negative numbers`)
    }
    if (start > end || end > textLength) {
      return refuse(`Body field "citations[${index}]" must satisfy start <= end <= the length of "text"`)
    }
    return { start, end }
  })
}
