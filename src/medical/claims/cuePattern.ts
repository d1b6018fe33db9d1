/**
 * One case-insensitive expression for a list of cue phrases (discourseCues.json): longest first,
 * a space matches any run of spaces, and a phrase that starts or ends with a letter or digit must
 * start or end on a word boundary ("no" does not match inside "nothing").
 */
export function cuePattern(phrases: readonly string[], options: { anchor?: 'start' | 'end'; flags?: string } = {}): RegExp {
  const bodies = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => {
      const body = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
      const before = /^[a-z0-9]/i.test(phrase) ? '(?<![A-Za-z0-9\'])' : ''
      const after = /[a-z0-9]$/i.test(phrase) ? '(?![A-Za-z0-9])' : ''
      return `${before}${body}${after}`
    })
  const alternation = `(?:${bodies.join('|')})`
  const source = options.anchor === 'start' ? `^${alternation}` : options.anchor === 'end' ? `${alternation}$` : alternation
  return new RegExp(source, options.flags ?? 'i')
}
