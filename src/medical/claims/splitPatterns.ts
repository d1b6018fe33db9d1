/*
 * A rule's raw patterns are one alternation, `(?:p1)|(?:p2)|...`, whose leftmost match is the
 * leftmost of the patterns' own matches, the earlier pattern's on a tie (at a position the
 * alternation tries p1 first, then p2, ...). Run one by one, each pattern can be skipped on a
 * sentence that lacks a literal it needs (requiredLiterals.ts), instead of running all of them
 * whenever any one could match.
 */

// A backreference numbers the groups of the whole alternation, so patterns holding one stay whole.
const BACKREFERENCE = /\\(?:[1-9]|k<)/

/** Each pattern as its own expression with the alternation's flags, or undefined when they must stay one expression. */
export function splitPatterns(sources: readonly string[], flags: string): RegExp[] | undefined {
  if (sources.some((source) => BACKREFERENCE.test(source))) return undefined
  return sources.map((source) => new RegExp(`(?:${source})`, flags))
}

/**
 * The alternation's first match at or after `from` (its expressions global or sticky), trying
 * only expressions whose flag isCandidate[firstFlag + index] is set, or `best` when that starts
 * no later. (Flags in an array, not a callback: this runs for every candidate rule of a sentence.)
 */
export function leftmostMatch(
  expressions: readonly RegExp[],
  isCandidate: ArrayLike<number>,
  firstFlag: number,
  text: string,
  from: number,
  best: RegExpExecArray | null = null,
): RegExpExecArray | null {
  for (let index = 0; index < expressions.length; index += 1) {
    if (!isCandidate[firstFlag + index]) continue
    const expression = expressions[index]
    expression.lastIndex = from
    const match = expression.exec(text)
    // Strictly before: on a tie the earlier match (`best`, then the earlier pattern) wins.
    if (match && (!best || match.index < best.index)) best = match
  }
  return best
}
