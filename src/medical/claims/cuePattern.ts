const BOUNDARY_BEFORE = "(?<![A-Za-z0-9'])"

/**
 * One case-insensitive expression for a list of cue phrases (discourseCues.json): longest first,
 * a space matches any run of spaces, and a phrase that starts or ends with a letter or digit must
 * start or end on a word boundary ("no" does not match inside "nothing").
 */
export function cuePattern(phrases: readonly string[], options: { anchor?: 'start' | 'end'; flags?: string } = {}): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length)
  const hasBoundaryBefore = sorted.map((phrase) => /^[a-z0-9]/i.test(phrase))
  // When every phrase starts on a word boundary, the boundary is checked once before the
  // alternatives instead of once per alternative: a look-behind depends only on the position, so
  // the matches are the same, but V8 no longer re-runs it for each of dozens of alternatives at
  // every position of every sentence.
  const isBoundaryShared = hasBoundaryBefore.every(Boolean)
  const bodies = sorted.map((phrase, index) => {
    const body = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
    const before = hasBoundaryBefore[index] && !isBoundaryShared ? BOUNDARY_BEFORE : ''
    const after = /[a-z0-9]$/i.test(phrase) ? '(?![A-Za-z0-9])' : ''
    return `${before}${body}${after}`
  })
  const alternation = isBoundaryShared ? `${BOUNDARY_BEFORE}(?:${bodies.join('|')})` : `(?:${bodies.join('|')})`
  const source = options.anchor === 'start' ? `^${alternation}` : options.anchor === 'end' ? `${alternation}$` : alternation
  return new RegExp(source, options.flags ?? 'i')
}
