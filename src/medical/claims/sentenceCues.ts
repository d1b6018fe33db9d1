/*
 * Positions of the cue words in one sentence, found in one pass each and then looked up by
 * binary search. The context rules ask "is there a hedge before this match?" for every match;
 * answering from the prefix text instead made one long unpunctuated text quadratic.
 */

// Clause breaks that end a negation's scope. "yet" is left out: "has not yet been proven".
export const STRONG_BOUNDARY =
  /[;:()[\]\u2014\u2013]|\s-\s|(?<![A-Za-z0-9'])(?:but|however|although|though|whereas|except|because|unlike)(?![A-Za-z0-9'])/gi

// "can" but not "can't"/"cannot": a negated modal is not a hedge. Nor is "can" before a verb of
// saying ("I can say plainly that …", "we can promise you …"): it vouches for the claim.
export const HEDGE =
  /\b(?:can(?!'t|not)(?!\s+(?:(?:honestly|confidently|safely|plainly|truthfully|genuinely|categorically|happily|proudly)\s+)?(?:say|tell\s+(?:you|anyone|everyone|our|my)|promise|assure|guarantee|confirm|vouch|state)\b)|could(?!n't)|may|might|possibly|potentially|perhaps|likely|tends?|appears?|seems?|thought|believed|suggests?|some|sometimes|often|aims?|designed|intended|hopes?|hoped|generally|typically|usually)\b/gi

// "... in some people", anywhere after the match up to the sentence's next terminator.
const HEDGE_AFTER_PHRASE = /\b(?:in|for)\s+(?:some|many|certain)\s+(?:people|patients|cases|individuals|clients)\b/gi
const TERMINATOR = /[.!?]/g

type Span = readonly [start: number, end: number]

function spansOf(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    spans.push([match.index, match.index + match[0].length])
    if (match[0].length === 0) pattern.lastIndex += 1
  }
  return spans
}

/** Index of the last span whose end is at or before `position`, or -1. Spans are sorted and disjoint. */
function lastEndingBy(spans: readonly Span[], position: number): number {
  let low = 0
  let high = spans.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (spans[middle][1] <= position) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found
}

/** Index of the first span starting at or after `position`, or spans.length. */
function firstStartingFrom(spans: readonly Span[], position: number): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (spans[middle][0] < position) low = middle + 1
    else high = middle
  }
  return low
}

/** Cue positions of one sentence, each list computed on first use. */
export class SentenceCues {
  readonly text: string
  private boundaries?: Span[]
  private commas?: Span[]
  private hedges?: Span[]
  private hedgeAfterPhrases?: Span[]
  private terminators?: Span[]

  constructor(text: string) {
    this.text = text
  }

  /** End of the last strong clause break that lies wholly before `position` (0 when none). */
  boundaryEndBefore(position: number): number {
    this.boundaries ??= spansOf(STRONG_BOUNDARY, this.text)
    const index = lastEndingBy(this.boundaries, position)
    return index === -1 ? 0 : this.boundaries[index][1]
  }

  /** Start of the clause holding `position`: after the last strong break or comma before it. */
  clauseStartBefore(position: number): number {
    this.commas ??= spansOf(/,/g, this.text)
    const comma = lastEndingBy(this.commas, position)
    return Math.max(this.boundaryEndBefore(position), comma === -1 ? 0 : this.commas[comma][1])
  }

  /** Whether a hedge word lies wholly inside [from, to). */
  hasHedgeBetween(from: number, to: number): boolean {
    this.hedges ??= spansOf(HEDGE, this.text)
    const index = lastEndingBy(this.hedges, to)
    return index !== -1 && this.hedges[index][0] >= from
  }

  /** Whether "in some people" (or the like) follows `position` before the next . ! or ?. */
  hasHedgePhraseAfter(position: number): boolean {
    this.hedgeAfterPhrases ??= spansOf(HEDGE_AFTER_PHRASE, this.text)
    this.terminators ??= spansOf(TERMINATOR, this.text)
    const phrase = this.hedgeAfterPhrases[firstStartingFrom(this.hedgeAfterPhrases, position)]
    if (!phrase) return false
    const terminator = this.terminators[firstStartingFrom(this.terminators, position)]
    return !terminator || phrase[0] < terminator[0]
  }
}
