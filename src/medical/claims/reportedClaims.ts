/*
 * A claim the text reports rather than makes: "Some websites say massage cures sciatica; the
 * evidence does not support that." A report frame (who says it) followed by a denial, in the same
 * sentence or at the start of the next, distances the claim. A report the text endorses ("People
 * call her a miracle worker, and honestly, she is.") stays a claim. Cue words are data
 * (discourseCues.json).
 */
import { cuePattern } from './cuePattern'
import { hasPieces } from './hasPieces'
import { alternativeLiteralLists } from './requiredLiterals'
import cues from './discourseCues.json'

const SUBJECTS = cuePattern(cues.reportSubjects).source
const VERBS = cuePattern(cues.reportVerbs).source
// "Some websites say", "online reviews often call", "friends may tell you", "posts that describe",
// "a school that taught", or a set frame
// ("you may read that", "according to some", "the idea that").
const REPORT_FRAME = new RegExp(
  `${SUBJECTS}\\s+(?:${cuePattern(cues.reportSubjectPlaces).source}\\s+)?(?:(?:that|which|who)\\s+)?(?:(?:often|sometimes|still|even|may|might|will|can|all|now|like\\s+to|once|always|also|repeatedly|here|online)\\s+){0,2}${VERBS}|${cuePattern(cues.reportFrames).source}`,
  'i',
)
const DENIAL = cuePattern(cues.denials)
const DENIAL_OPENER = new RegExp(`^["'(]*${cuePattern(cues.denialOpeners).source}`, 'i')
// An endorsement, unless it is itself negated ("and they are right" but not "and it is not", nor
// "isn't something we agree with").
const ENDORSEMENT = new RegExp(
  `(?<!(?:\\bnot|n't|\\bnever|\\bnothing)\\s+(?:[\\w'-]+\\s+){0,2})${cuePattern(cues.endorsements).source}(?!\\s+(?:not|never|no)\\b|n't)`,
  'i',
)

const ENDORSEMENTS = new RegExp(ENDORSEMENT.source, 'gi')

/** Where the report frame ends in the sentence, or -1 when it has none. */
export function reportFrameEnd(sentence: string): number {
  const match = REPORT_FRAME.exec(sentence)
  return match ? match.index + match[0].length : -1
}

// How far after an endorsement word a rebuttal turns it round ("which is exactly the sort of
// wording regulators warn about", "which the regulator rightly ruled misleading").
const ENDORSEMENT_REBUTTAL_REACH = 80

/** An endorsement of what the sentence reports, unless its own clause goes on to rebut it. */
export function isEndorsed(sentence: string): boolean {
  // Every endorsement is read: in "and honestly, they are not wrong" the first one ("and honestly")
  // is followed by "they are not", which reads as a rebuttal, but the second endorses.
  ENDORSEMENTS.lastIndex = 0
  for (let endorsement = ENDORSEMENTS.exec(sentence); endorsement; endorsement = ENDORSEMENTS.exec(sentence)) {
    const after = sentence.slice(endorsement.index + endorsement[0].length, endorsement.index + endorsement[0].length + ENDORSEMENT_REBUTTAL_REACH)
    if (!REBUTTAL.test(after.split(/[;:.!?]/)[0])) return true
  }
  return false
}

/**
 * Per alternative of the report frame ("who" + "says", or a set frame), the literal lists it needs
 * (alternativeLiteralLists), or undefined. A subject word alone ("some", "people") no longer runs it.
 */
export function reportFrameLiteralGates(): string[][][] | undefined {
  return REPORT_FRAME.flags === 'i' ? alternativeLiteralLists(REPORT_FRAME.source) : undefined
}

/**
 * A reported claim that the same sentence denies after the report. hasFrameLiteral false: the
 * caller knows the sentence opens none of reportFrameLiteralGates(), so it has no report frame.
 */
export function isDeniedReport(sentence: string, hasFrameLiteral = true): boolean {
  if (!hasFrameLiteral) return false
  const frameEnd = reportFrameEnd(sentence)
  if (frameEnd === -1 || isEndorsed(sentence)) return false
  return DENIAL.test(sentence.slice(frameEnd))
}

/** A sentence that opens by denying what the sentence before it reported ("That is not true."). */
export function deniesPrevious(sentence: string): boolean {
  return DENIAL_OPENER.test(sentence.trim())
}

/*
 * A claim the sentence quotes in order to rebut, doubt or warn about it, without naming who says
 * it: 'The flyer promised "pain-free in one visit", which the evidence does not support.' The
 * rebuttal (quoteRebuttals) comes after the quotation, outside it, and is not negated itself ("is
 * not a myth"); or a warning opens the quote's clause ('Be wary of ads that say "…"', 'It is
 * false that "…"', 'so-called "…"': quoteWarningsBefore); or the quote labels a genre the sentence
 * talks about ('those "miracle cure" videos', quoteLabelNouns), unless it is our own ('our "…"
 * videos'). A single quoted word ("experts") is a scare quote, not a quoted claim, so a quote
 * needs 2 words.
 */
const QUOTATION = /"([^"]{3,160})"|(?<![A-Za-z0-9])'([^']{3,160})'(?![A-Za-z0-9])/g
const QUOTE_MIN_WORDS = 2
const QUOTE_MIN_LENGTH = 6
// A rebuttal or warning that is itself negated ("is not a myth", "no empty promises") is none.
const NOT_NEGATED = "(?<!(?:\\bnot|n't|\\bnever|\\bno|\\bhardly)\\s+(?:(?:a|an|at\\s+all|really|just|simply)\\s+)?)"
const REBUTTAL = new RegExp(`${NOT_NEGATED}${cuePattern(cues.quoteRebuttals).source}`, 'i')
const WARNING_BEFORE = new RegExp(`${NOT_NEGATED}${cuePattern(cues.quoteWarningsBefore).source}`, 'gi')
// The warning governs the quote only within its clause: no semicolon or colon between them
// ('Don't fall for imitations: "our oil cures arthritis"…' is our own claim), no word of our own
// voice or a turn ('Unlike the quacks, we promise "…"', quoteWarningBreaks), and not far off.
const WARNING_REACH = new RegExp(`[;:]|${cuePattern(cues.quoteWarningBreaks).source}`, 'i')
const WARNING_MAX_WORDS = 12
// '"miracle cure" videos', '"no side effects" in adverts'
const LABEL_NOUN = new RegExp(
  `^\\s*(?:(?:in|on)\\s+(?:(?:the|some|many|their|most)\\s+)?)?${cuePattern(cues.quoteLabelNouns).source}`,
  'i',
)
const LABEL_OWNER = new RegExp(`${cuePattern(cues.quoteLabelOwners).source}\\s*$`, 'i')
// The next sentence rebuts the quote only when it is short and opens with the rebuttal ("It
// doesn't.", "Nonsense, all of it."): further in, "wrong" or "false" is about something else.
// After the quote, a turn of our own voice that is negated rebuts it, whatever its words: '"…";
// it's a decent cushion, nothing more', '"…" — I won't make that promise', '"…", yet they are rarely
// able to…'. Not an emphatic "no" ('"…" — no exceptions', '"…", and no more pills'), which
// endorses, and only a few words into the turn.
const NEGATED_TURN = new RegExp(
  `(?:${cuePattern(cues.quoteTurnBreaks).source})\\s*(?:[\\w'-]+,?\\s+){0,8}?${cuePattern(cues.quoteTurnNegators).source}(?!\\s+${cuePattern(cues.quoteTurnNonNegating).source})`,
  'i',
)
const REBUTTING_SENTENCE_MAX_WORDS = 12
const REBUTTAL_OPENING_WORDS = 8

type Span = [number, number]

/**
 * The quotations as [start, end) of the whole quote: claims, of at least QUOTE_MIN_WORDS words,
 * and all of them, scare quotes too (a warning before them covers 'buzzwords like "detox"').
 */
function quotations(sentence: string): { claims: Span[]; all: Span[] } {
  const claims: Span[] = []
  const all: Span[] = []
  QUOTATION.lastIndex = 0
  for (let quote = QUOTATION.exec(sentence); quote; quote = QUOTATION.exec(sentence)) {
    const inner = (quote[1] ?? quote[2]).trim()
    const span: Span = [quote.index, quote.index + quote[0].length]
    all.push(span)
    if (inner.length >= QUOTE_MIN_LENGTH && hasPieces(inner, QUOTE_MIN_WORDS)) claims.push(span)
  }
  return { claims, all }
}

/** A warning or doubt in the quote's own clause before it, or the quote labels a genre ("… videos"). */
function isWarnedAbout(sentence: string, [start, end]: Span): boolean {
  const before = sentence.slice(0, start)
  let lastEnd = -1
  WARNING_BEFORE.lastIndex = 0
  for (let warning = WARNING_BEFORE.exec(before); warning; warning = WARNING_BEFORE.exec(before))
    lastEnd = warning.index + warning[0].length
  if (lastEnd !== -1) {
    const between = before.slice(lastEnd)
    if (!WARNING_REACH.test(between) && !hasPieces(between.trim(), WARNING_MAX_WORDS + 1)) return true
  }
  // '"It cured me," claims Ana' is a speaker, not a label: a label quote ends without punctuation.
  return !/[,.!?]$/.test(sentence.slice(start + 1, end - 1)) && LABEL_NOUN.test(sentence.slice(end)) && !LABEL_OWNER.test(before)
}

// '"guaranteed", "miracle" and "cure"': quoted words in a list are words talked about, not used.
const LIST_JOIN = /^\s*,?\s*(?:(?:and|or|nor)\s+)?$|^\s*\/\s*$/i
const LISTED_WORD_MAX_WORDS = 3

/** The quotations that stand in a list of two or more short quotations ('"cure", "miracle" or "fix"'). */
function mentionedWords(sentence: string, spans: Span[]): Set<Span> {
  const listed = new Set<Span>()
  for (let index = 1; index < spans.length; index += 1) {
    const [previous, current] = [spans[index - 1], spans[index]]
    const isShort = (span: Span) => !hasPieces(sentence.slice(span[0] + 1, span[1] - 1).trim(), LISTED_WORD_MAX_WORDS + 1)
    if (!isShort(previous) || !isShort(current) || !LIST_JOIN.test(sentence.slice(previous[1], current[0]))) continue
    listed.add(previous)
    listed.add(current)
  }
  return listed
}

// 'Owner's answer to "…?":', 'people often ask "…?"', 'clients ask me, "…?"': the quote is a question someone asks. Not
// '"Why live with pain?" asks our banner', our own rhetorical question.
const ASKED_BEFORE = /\b(?:answers?|repl(?:y|ies)|responses?|questions?|ask|asks|asked|asking|wonder(?:s|ed|ing)?|to)(?:\s+(?:me|us|you|him|her|them))?\s*[:,]?\s*$/i

/** 'Owner's answer to "Is massage the best thing for sciatica?": …': a question asked of us claims nothing. */
function isQuotedQuestion(sentence: string, [start, end]: Span): boolean {
  if (!/\?\s*$/.test(sentence.slice(start + 1, end - 1))) return false
  return ASKED_BEFORE.test(sentence.slice(0, start)) || /^\s*:/.test(sentence.slice(end))
}

function blank(sentence: string, spans: Span[]): string {
  let text = sentence
  for (const [start, end] of spans) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end)
  return text
}

/**
 * A sentence's quoted claims that the text rebuts or warns about, blanked out (spaces, so offsets
 * stay valid): what is left is what the text says itself, so in "Massage cures sciatica, and
 * calling it "just a nice rub" is wrong." the claim stays. The rebuttal follows the quote in the
 * same sentence, or opens a short next sentence ("It doesn't.", "Nonsense, all of it."), which is
 * then no claim either (isNextRebutting); a warning before the quote covers that quote
 * (isWarnedAbout). A sentence that endorses what it quotes is read as written.
 */
export function withoutRebuttedQuotes(
  sentence: string,
  next?: string,
): { text: string; isNextRebutting: boolean } {
  const unchanged = { text: sentence, isNextRebutting: false }
  // Most sentences quote nothing: the cheap test spares them the rest.
  if (!sentence.includes('"') && !sentence.includes("'")) return unchanged
  const { claims, all } = quotations(sentence)
  if (!all.length || isEndorsed(sentence)) return unchanged
  const listed = mentionedWords(sentence, all)
  const warned = all.filter((span) => listed.has(span) || isQuotedQuestion(sentence, span) || isWarnedAbout(sentence, span))
  const warnedOnly = { text: warned.length ? blank(sentence, warned) : sentence, isNextRebutting: false }
  if (!claims.length) return warnedOnly
  const rebuttal = REBUTTAL.exec(sentence.slice(claims[0][1])) ?? NEGATED_TURN.exec(sentence.slice(claims[0][1]))
  if (rebuttal) {
    const rebuttalStart = claims[0][1] + rebuttal.index
    return { text: blank(sentence, [...warned, ...claims.filter(([, end]) => end <= rebuttalStart)]), isNextRebutting: false }
  }
  if (next === undefined) return warnedOnly
  const words = next.trim().split(/\s+/)
  if (words.length > REBUTTING_SENTENCE_MAX_WORDS || isEndorsed(next)) return warnedOnly
  if (!REBUTTAL.test(words.slice(0, REBUTTAL_OPENING_WORDS).join(' '))) return warnedOnly
  return { text: blank(sentence, [...warned, ...claims]), isNextRebutting: true }
}
