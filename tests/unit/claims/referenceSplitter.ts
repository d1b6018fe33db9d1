/*
 * The sentence splitter as it was before it read characters by code (claims speed, sixth pass):
 * a reference that sentenceSplit.test.ts compares the checker's splitter with. Not used by the checker.
 * The abbreviation and bullet tests are the checker's own: what is compared is the cutting and trimming.
 */
import { containsHedge } from '../../../src/medical/claims/context'
import { BULLET, CLOSERS, isAbbreviation } from '../../../src/medical/claims/sentences'
import type { SentenceSpan } from '../../../src/medical/claims/types'

const FULL_STOP = 0x2e

const WHITESPACE = /\s/
const LOWER_ASCII = /[a-z]/

function isTerminator(code: number): boolean {
  return code === FULL_STOP || code === 0x21 || code === 0x3f || code === 0x2026
}

function visibleAfter(line: string, index: number): number {
  let visible = index
  while (visible < line.length && WHITESPACE.test(line[visible])) visible += 1
  return visible
}

/** Sentence boundaries inside one line, as [start, end) pairs relative to the line. */
function splitLine(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let sentenceStart = 0
  let index = 0
  while (index < line.length) {
    const code = line.charCodeAt(index)
    if (!isTerminator(code)) {
      index += 1
      continue
    }
    const terminatorIndex = index
    while (index < line.length && isTerminator(line.charCodeAt(index))) index += 1
    const closersStart = index
    while (index < line.length && CLOSERS.has(line[index])) index += 1
    // A quote that ends in a terminator and runs on in lower case ('"Gone!" says the ad.') stays one sentence.
    const isQuoteRunningOn = /["']/.test(line.slice(closersStart, index)) && LOWER_ASCII.test(line[visibleAfter(line, index)] ?? '')
    // The first visible character after the terminator, read in place rather than from a copy of the rest.
    let visible = index
    while (visible < line.length && WHITESPACE.test(line[visible])) visible += 1
    const isBoundary =
      visible === line.length ||
      (visible > index &&
        !isQuoteRunningOn &&
        !(code === FULL_STOP && (LOWER_ASCII.test(line[visible]) || isAbbreviation(line, terminatorIndex))))
    if (isBoundary) {
      spans.push([sentenceStart, index])
      sentenceStart = index
    }
  }
  spans.push([sentenceStart, line.length])
  return spans
    .map(([start, end]): [number, number] => {
      const text = line.slice(start, end)
      const leading = text.length - text.trimStart().length
      return [start + leading, start + text.trimEnd().length]
    })
    .filter(([start, end]) => end > start)
}

/**
 * Splits normalised text into sentences. Every line break ends a sentence because CMS
 * plain text puts headings, paragraphs and list items on their own lines. Bullet labels
 * under a hedged lead-in ("Massage may help by:") are marked as hedged.
 */
export function referenceSplitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = []
  let isLeadInHedged = false
  let lineStart = 0
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const line = text.slice(lineStart, lineEnd)
    if (line.trim() !== '') {
      const isBullet = BULLET.test(line)
      const spans = splitLine(line)
      const labelEnd = line.indexOf(':')
      const hedgeEnd = labelEnd === -1 ? line.length : labelEnd
      for (const [start, end] of spans) {
        const leadInHedgeEnd = isBullet && isLeadInHedged ? Math.min(Math.max(hedgeEnd, start), end) : start
        sentences.push({
          start: lineStart + start,
          end: lineStart + end,
          leadInHedgeEnd: lineStart + leadInHedgeEnd,
        })
      }
      if (!isBullet) {
        const lastSpan = spans.at(-1)
        const lastSentence = lastSpan ? line.slice(lastSpan[0], lastSpan[1]) : ''
        isLeadInHedged = lastSentence.endsWith(':') && containsHedge(lastSentence)
      }
    }
    if (newline === -1) break
    lineStart = newline + 1
  }
  return sentences
}
