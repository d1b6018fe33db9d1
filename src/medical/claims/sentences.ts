import abbreviations from './abbreviations.json'
import { containsHedge } from './context'
import type { SentenceSpan } from './types'

// Each maps one UTF-16 code unit to one, so offsets in the normalised text stay valid
// for the original string.
const CHARACTER_FOLDS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u2010': '-',
  '\u2011': '-',
}
const FOLDABLE = /[\u2018\u2019\u02BC\u2032\u201C\u201D\u00A0\u202F\u2009\u2010\u2011]/g

export function normalizeText(text: string): string {
  return text.replace(FOLDABLE, (character) => CHARACTER_FOLDS[character] ?? character)
}

const ABBREVIATIONS = new Set(abbreviations.abbreviations)
// They end no sentence before the number they introduce: "(ref. 4)", "pp. 40-48".
const CITATION_ABBREVIATIONS = new Set(abbreviations.citationAbbreviations)
export const BULLET = /^\s*(?:[\u2022\u25E6\u25AA\u2023\u25CF\u2219*+-]|\d{1,3}[.)])\s+/
export const CLOSERS = new Set(['"', "'", ')', ']'])

const FULL_STOP = 0x2e
// Longer than any abbreviation: reading only this much before a period keeps splitting linear.
const ABBREVIATION_WINDOW = 32

// The longest entry of ABBREVIATIONS: a longer word before the period is none of them.
const LONGEST_ABBREVIATION = Math.max(
  ...[...ABBREVIATIONS, ...CITATION_ABBREVIATIONS].map((abbreviation) => abbreviation.length),
)

function isAbbreviationCode(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === FULL_STOP
}

// Runs at nearly every full stop: the word before it is read by a backward scan of the window
// (the run of letters and periods that ends at the period, as /([A-Za-z.]+)$/ on the window
// finds it) instead of a copy of the window and two regular expressions.
export function isAbbreviation(line: string, periodIndex: number): boolean {
  const windowStart = Math.max(0, periodIndex - ABBREVIATION_WINDOW)
  let start = periodIndex
  while (start > windowStart && isAbbreviationCode(line.charCodeAt(start - 1))) start -= 1
  const length = periodIndex - start
  const first = line.charCodeAt(start)
  if (length === 1 && first >= 0x41 && first <= 0x5a) return true // initials: "J. Smith"
  if (length === 0 || length > LONGEST_ABBREVIATION) return false
  const word = line.slice(start, periodIndex).toLowerCase()
  return ABBREVIATIONS.has(word) || (CITATION_ABBREVIATIONS.has(word) && isDigitAfter(line, periodIndex + 1))
}

/** Whether the first character after the white space from `index` is a digit. */
function isDigitAfter(line: string, index: number): boolean {
  while (index < line.length && IS_SPACE[line.charCodeAt(index)]) index += 1
  const code = line.charCodeAt(index)
  return code >= 0x30 && code <= 0x39
}

// Whether each UTF-16 code unit is white space as /\s/ and String.prototype.trim read it (the same
// set), read from /\s/ itself at load: the splitter tests characters by code, cutting no strings.
const IS_SPACE = new Uint8Array(0x10000)
for (let code = 0; code < 0x10000; code += 1) IS_SPACE[code] = /\s/.test(String.fromCharCode(code)) ? 1 : 0

export function isWhiteSpaceCode(code: number): boolean {
  return IS_SPACE[code] === 1
}

function isTerminator(code: number): boolean {
  return code === FULL_STOP || code === 0x21 || code === 0x3f || code === 0x2026
}

function isQuoteMark(code: number): boolean {
  return code === 0x22 || code === 0x27
}

function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d
}

/**
 * Whether the text ends as a sentence does: a terminator, then closing quotes or brackets, then
 * white space; what /[.!?\u2026]["')\]]*\s*$/ tests (the three sets are disjoint, so reading back
 * from the end over each in turn finds its match), without running it over the whole text.
 */
export function endsWithTerminator(text: string): boolean {
  let index = text.length - 1
  while (index >= 0 && IS_SPACE[text.charCodeAt(index)]) index -= 1
  while (index >= 0 && isCloser(text.charCodeAt(index))) index -= 1
  return index >= 0 && isTerminator(text.charCodeAt(index))
}

/** Pushes [start, end) without its leading and trailing white space, unless nothing is left. */
function pushTrimmed(spans: Array<[number, number]>, line: string, start: number, end: number): void {
  while (start < end && IS_SPACE[line.charCodeAt(start)]) start += 1
  while (end > start && IS_SPACE[line.charCodeAt(end - 1)]) end -= 1
  if (end > start) spans.push([start, end])
}

function isBlank(line: string): boolean {
  for (let index = 0; index < line.length; index += 1) if (!IS_SPACE[line.charCodeAt(index)]) return false
  return true
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
    let isQuoteClosed = false
    while (index < line.length && isCloser(line.charCodeAt(index))) {
      isQuoteClosed ||= isQuoteMark(line.charCodeAt(index))
      index += 1
    }
    // The first visible character after the terminator, read in place rather than from a copy of the rest.
    let visible = index
    while (visible < line.length && IS_SPACE[line.charCodeAt(visible)]) visible += 1
    const visibleCode = line.charCodeAt(visible)
    const isLowerCase = visibleCode >= 0x61 && visibleCode <= 0x7a
    // '"Pain gone in one visit!" shouts the poster.': a quote that ends in ! or ? and runs on in
    // lower case is part of its sentence, so a rebuttal after it still reads it.
    const isQuoteRunningOn = isQuoteClosed && isLowerCase
    const isBoundary =
      visible === line.length ||
      (visible > index &&
        !isQuoteRunningOn &&
        !(code === FULL_STOP && (isLowerCase || isAbbreviation(line, terminatorIndex))))
    if (isBoundary) {
      pushTrimmed(spans, line, sentenceStart, index)
      sentenceStart = index
    }
  }
  pushTrimmed(spans, line, sentenceStart, line.length)
  return spans
}

/**
 * Splits normalised text into sentences. Every line break ends a sentence because CMS
 * plain text puts headings, paragraphs and list items on their own lines. Bullet labels
 * under a hedged lead-in ("Massage may help by:") are marked as hedged.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = []
  let isLeadInHedged = false
  let lineStart = 0
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const line = text.slice(lineStart, lineEnd)
    if (!isBlank(line)) {
      const isBullet = BULLET.test(line)
      const spans = splitLine(line)
      const labelEnd = line.indexOf(':')
      const hedgeEnd = labelEnd === -1 ? line.length : labelEnd
      for (let index = 0; index < spans.length; index += 1) {
        const start = spans[index][0]
        const end = spans[index][1]
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
