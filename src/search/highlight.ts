/** Marks the start and end of a match; stripped from indexed text (documentText.ts). */
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char] as string)

/** Escapes everything, then turns the match markers into `<mark>`: the only markup a snippet holds. */
export const markedToHtml = (marked: string) =>
  escapeHtml(marked).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>')

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Wraps every occurrence of any term (case-insensitive) in the markers. */
export const markTerms = (text: string, terms: string[]) => {
  if (terms.length === 0) return text
  const pattern = new RegExp(
    [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'),
    'giu',
  )
  return text.replace(pattern, (match) => `${MARK_START}${match}${MARK_END}`)
}

const BEFORE = 60
const LENGTH = 220

/**
 * A window of the text around the first match of any term, with the matches marked. For Thai,
 * where PostgreSQL's headline function cannot find word boundaries.
 */
export const snippetAround = (text: string, terms: string[]) => {
  const lower = text.toLocaleLowerCase()
  const positions = terms.map((term) => lower.indexOf(term.toLocaleLowerCase())).filter((at) => at >= 0)
  const first = positions.length ? Math.min(...positions) : 0
  const start = Math.max(0, first - BEFORE)
  const end = Math.min(text.length, start + LENGTH)
  const window = text.slice(start, end).replace(/\s+/g, ' ').trim()
  return `${start > 0 ? '… ' : ''}${markTerms(window, terms)}${end < text.length ? ' …' : ''}`
}
