// Shared string helpers for the import parser. Everything here is pure and
// locale-independent so the same input always yields the same Markdown.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g
// Scraped pages mix NBSP, thin spaces and tabs into prose; they carry no meaning.
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
const TAB_WIDTH = 4

export const normaliseLine = (line: string): string =>
  line.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim()

/** Visual indentation of a raw line, used to rebuild nested lists. */
export const measureIndent = (line: string): number => {
  let width = 0
  for (const char of line.replace(ZERO_WIDTH, '')) {
    if (char === '\t') width += TAB_WIDTH
    else if (/\s/u.test(char)) width += 1
    else break
  }
  return width
}

/** Lower-cased, quote/dash-folded text so cue phrases match regardless of typography. */
export const normaliseForMatch = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const phraseCache = new Map<string, RegExp>()

/**
 * Word-bounded, case-insensitive regex for a cue phrase. Spaces and hyphens are
 * interchangeable so "deep tissue" also catches "deep-tissue".
 */
export const phraseRegExp = (phrase: string, isAnchored = false, isPluralAllowed = false): RegExp => {
  const key = `${isAnchored ? '^' : ''}${isPluralAllowed ? 's' : ''}${phrase}`
  const cached = phraseCache.get(key)
  if (cached) return cached
  const body = normaliseForMatch(phrase)
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join('[\\s-]+')
  const startsAfterWord = /^[\p{L}\p{N}]/u.test(phrase) ? '(?<![\\p{L}\\p{N}])' : ''
  const endsBeforeWord = /[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : ''
  const plural = isPluralAllowed ? '(?:e?s)?' : ''
  const regex = new RegExp(`${isAnchored ? '^' : startsAfterWord}${body}${plural}${endsBeforeWord}`, 'iu')
  phraseCache.set(key, regex)
  return regex
}

export const hasPhrase = (normalisedText: string, phrase: string): boolean =>
  phraseRegExp(phrase).test(normalisedText)

export const startsWithPhrase = (normalisedText: string, phrase: string): boolean =>
  phraseRegExp(phrase, true).test(normalisedText)

/** Sentence split good enough for scoring: breaks after . ! ? followed by a capital or quote. */
export const splitSentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean)

const SMALL_WORD_MAX_LENGTH = 3

/** Title Case check: most words longer than three letters start with a capital. */
export const isTitleCase = (text: string): boolean => {
  const significant = text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}]+/u, ''))
    .filter((word) => word.length > SMALL_WORD_MAX_LENGTH)
  if (significant.length === 0) return /^\p{Lu}/u.test(text)
  const capitalised = significant.filter((word) => /^\p{Lu}/u.test(word)).length
  return capitalised / significant.length >= 0.6
}

/** Trims to at most `max` characters, cutting on a word boundary and marking the cut. */
export const truncateOnWord = (text: string, max: number): string => {
  if (text.length <= max) return text
  const slice = text.slice(0, max - 1)
  const lastSpace = slice.lastIndexOf(' ')
  const cut = lastSpace > 0 ? slice.slice(0, lastSpace) : slice
  return `${cut.replace(/[\s,;:.\-–—(]+$/u, '')}…`
}

// Only * _ ` ~ are unescaped by Payload's Lexical importer, so those are escaped
// everywhere; other characters are escaped only when they would start a construct.
const INLINE_SPECIALS = /[*_`~]/g
const LINK_LOOKALIKE = /\[(?=[^\]]*\]\()/g
const HTML_LOOKALIKE = /<(?=[A-Za-z/!?])/g

export const escapeInline = (text: string): string =>
  text.replace(INLINE_SPECIALS, '\\$&').replace(LINK_LOOKALIKE, '\\[').replace(HTML_LOOKALIKE, '\\<')

const BLOCK_START_ESCAPES: ReadonlyArray<[RegExp, (line: string) => string]> = [
  [/^#{1,6}(\s|$)/, (line) => `\\${line}`],
  [/^>/, (line) => `\\${line}`],
  [/^[-+](\s|$)/, (line) => `\\${line}`],
  [/^[-=]{3,}\s*$/, (line) => `\\${line}`],
  [/^\|/, (line) => `\\${line}`],
  [/^\[[ xX]?\]\s/, (line) => `\\${line}`],
  [/^\d{1,9}[.)](\s|$)/, (line) => line.replace(/^(\d+)([.)])/, '$1\\$2')],
]

/** Keeps a paragraph that happens to start like a heading, list or quote from becoming one. */
export const escapeBlockStart = (line: string): string => {
  const match = BLOCK_START_ESCAPES.find(([pattern]) => pattern.test(line))
  return match ? match[1](line) : line
}

/** Escapes a line of prose so Markdown renders it literally. */
export const escapeText = (text: string): string => escapeBlockStart(escapeInline(text))

const MARKUP_TOKENS = /\\([!-/:-@[-`{-~])|(\*+|`+|~~)|(_+)/g

const isWordChar = (char: string | undefined): boolean => !!char && /[\p{L}\p{N}]/u.test(char)

/** Inline Markdown → plain text: drops emphasis/code markers, keeps link text, resolves escapes. */
export const inlineMarkdownToText = (markdown: string): string =>
  markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(
      MARKUP_TOKENS,
      (match, escaped: string | undefined, marker: string | undefined, underscores: string | undefined, offset: number, source: string) => {
        if (escaped !== undefined) return escaped
        if (marker !== undefined) return ''
        const isIntraword = isWordChar(source[offset - 1]) && isWordChar(source[offset + match.length])
        return isIntraword ? (underscores ?? '') : ''
      },
    )
    .replace(/\s+/g, ' ')
    .trim()

/** Strips a trailing run of punctuation/asterisks so "Name*" or "Leave a Reply:" match cues. */
export const stripTrailingPunctuation = (text: string): string => text.replace(/[\s*:.!?,;|–—-]+$/u, '')
