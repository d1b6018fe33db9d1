import type { ClaimCategory, ClaimRule, ClaimSeverity, CompiledRule, Vocabulary } from './types'

/*
 * Phrase mini-language (see README.md):
 *   tokens are separated by spaces and must appear in order, separated by whitespace;
 *   a|b        alternatives;  `_` inside an alternative is a space;  `-` matches "-", " " or nothing
 *   {name}     every entry of vocabulary.json[name]
 *   word~      every verb form (cure, cures, cured, curing); in "get~_rid_of" the leading verb
 *   word~s     inflected forms only (cures, cured, curing): used where the bare form is
 *              usually governed by a hedge ("can reduce") or is an imperative heading.
 *              Suffixes belong to one alternative: "heal|reverse~" inflects only reverse.
 *   token?     optional token
 *   *  or *N   a gap of 0..N words (default 3) that never crosses , ; : . ! ?
 * Matching runs on text normalised by normalizeText, so apostrophes are always ASCII.
 */

const BOUNDARY_BEFORE = '(?<![A-Za-z0-9])'
const BOUNDARY_AFTER = '(?![A-Za-z0-9])'
const GAP_WORD = '[^\\s.!?;:,]+'
const DEFAULT_GAP = 3

export const CATEGORIES: readonly ClaimCategory[] = [
  'cure',
  'guarantee',
  'miracle',
  'absolute-relief',
  'unreferenced-evidence',
  'safety',
  'skip-care',
  'efficacy',
  'superlative',
  'prevention',
  'root-cause',
  'one-visit',
  'rhetorical',
]
const SEVERITIES: readonly ClaimSeverity[] = ['block', 'warn']

// Only verbs the rules actually use; regular spelling rules cover the rest.
const IRREGULAR_FORMS: Record<string, string[]> = {
  prove: ['proves', 'proved', 'proven', 'proving'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  get: ['gets', 'got', 'gotten', 'getting'],
  say: ['says', 'said', 'saying'],
  feel: ['feels', 'felt', 'feeling'],
  have: ['has', 'had', 'having'],
  fight: ['fights', 'fought', 'fighting'],
  give: ['gives', 'gave', 'given', 'giving'],
  throw: ['throws', 'threw', 'thrown', 'throwing'],
  come: ['comes', 'came', 'coming'],
  put: ['puts', 'putting'],
  quit: ['quits', 'quitting'],
  keep: ['keeps', 'kept', 'keeping'],
  tell: ['tells', 'told', 'telling'],
  bid: ['bids', 'bidding'],
  rid: ['rids', 'ridding'],
  cancel: ['cancels', 'canceled', 'cancelled', 'canceling', 'cancelling'],
  forget: ['forgets', 'forgot', 'forgotten', 'forgetting'],
  beat: ['beats', 'beaten', 'beating'],
  regrow: ['regrows', 'regrew', 'regrown', 'regrowing'],
  rebuild: ['rebuilds', 'rebuilt', 'rebuilding'],
  fail: ['fails', 'failed', 'failing'],
  expel: ['expels', 'expelled', 'expelling'],
  slide: ['slides', 'slid', 'sliding'],
}

const VOWEL = /[aeiou]/

function isShortCvc(word: string): boolean {
  // stop -> stopped, skip -> skipping; longer words (e.g. "combat") keep a single consonant
  return (
    word.length <= 4 &&
    /[^aeiou][aeiou][^aeiouwxy]$/.test(word) &&
    word.replace(/[^aeiou]+/g, '').length === 1
  )
}

function thirdPerson(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`
  return `${word}s`
}

function pastTense(word: string): string {
  if (word.endsWith('e')) return `${word}d`
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`
  if (isShortCvc(word)) return `${word}${word.at(-1)}ed`
  return `${word}ed`
}

function presentParticiple(word: string): string {
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`
  if (/(?:ee|ye|oe)$/.test(word)) return `${word}ing`
  if (word.endsWith('e') && VOWEL.test(word.slice(0, -1))) return `${word.slice(0, -1)}ing`
  if (isShortCvc(word)) return `${word}${word.at(-1)}ing`
  return `${word}ing`
}

/** Verb forms of `base`; with isInflectedOnly the bare form is left out. */
export function inflect(base: string, isInflectedOnly = false): string[] {
  const word = base.toLowerCase()
  const inflected = IRREGULAR_FORMS[word] ?? [thirdPerson(word), pastTense(word), presentParticiple(word)]
  const forms = isInflectedOnly ? inflected : [word, ...inflected]
  return [...new Set(forms)]
}

function escapeLiteral(literal: string): string {
  return literal
    .trim()
    .split(/[\s_]+/)
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .split('-')
        .join('[-\\s]?'),
    )
    .join('\\s+')
}

export function expandAlternative(alternative: string, vocabulary: Vocabulary): string[] {
  const vocabMatch = /^\{(\w+)\}$/.exec(alternative)
  if (vocabMatch) {
    const list = vocabulary[vocabMatch[1]]
    if (!list) throw new Error(`Unknown vocabulary list {${vocabMatch[1]}}`)
    return list
  }
  // The suffix sits on the leading verb: "cure~", "reduce~s", "get~_rid_of".
  const inflected = /^([^_~]+)(~s?)((?:_[^_~]+)*)$/.exec(alternative)
  if (!inflected) {
    if (alternative.includes('~')) throw new Error(`Misplaced ~ in "${alternative}"`)
    return [alternative]
  }
  const [, verb, suffix, tail] = inflected
  return inflect(verb, suffix === '~s').map((form) => `${form}${tail}`)
}

/** Compiles one phrase of the mini-language to a regular-expression source. */
export function compilePhrase(phrase: string, vocabulary: Vocabulary): string {
  return `${BOUNDARY_BEFORE}${compilePhraseBody(phrase, vocabulary)}${BOUNDARY_AFTER}`
}

/** A phrase without its word boundaries, so a rule's phrases can share one pair of them. */
export function compilePhraseBody(phrase: string, vocabulary: Vocabulary): string {
  const tokens = phrase.trim().split(/\s+/)
  let source = ''
  tokens.forEach((token, index) => {
    const gap = /^\*(\d*)$/.exec(token)
    if (gap) {
      if (index === 0 || index === tokens.length - 1)
        throw new Error(`Gap cannot start or end a phrase: "${phrase}"`)
      source += `(?:\\s+${GAP_WORD}){0,${gap[1] ? Number(gap[1]) : DEFAULT_GAP}}`
      return
    }
    const parts = /^(.+?)(\?)?$/.exec(token)
    if (!parts) throw new Error(`Bad token "${token}" in phrase "${phrase}"`)
    const [, body, optional] = parts
    const alternatives = body
      .split('|')
      .flatMap((alternative) => expandAlternative(alternative, vocabulary))
      .map(escapeLiteral)
      // Longest first so "back pain" wins over "back" at the same position.
      .sort((a, b) => b.length - a.length)
    const group = `(?:${[...new Set(alternatives)].join('|')})`
    if (index === 0) {
      if (optional) throw new Error(`First token cannot be optional: "${phrase}"`)
      source += group
    } else {
      source += optional ? `(?:\\s+${group})?` : `\\s+${group}`
    }
  })
  return source
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')
}

/** Validates untyped JSON so a bad edit to rules.json fails loudly at start-up, not silently at check time. */
export function validateRules(raw: unknown): ClaimRule[] {
  if (!Array.isArray(raw)) throw new Error('Claims rules must be an array')
  const seenIds = new Set<string>()
  return raw.map((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null) throw new Error(`Rule #${index} is not an object`)
    const rule = entry as Record<string, unknown>
    const label = typeof rule.id === 'string' ? rule.id : `#${index}`
    const fail = (reason: string): never => {
      throw new Error(`Claims rule ${label}: ${reason}`)
    }
    if (typeof rule.id !== 'string' || !/^[a-z][a-z0-9-]*$/.test(rule.id)) fail('id must be kebab-case')
    if (seenIds.has(rule.id as string)) fail('duplicate id')
    seenIds.add(rule.id as string)
    if (!CATEGORIES.includes(rule.category as ClaimCategory))
      fail(`unknown category ${String(rule.category)}`)
    if (!SEVERITIES.includes(rule.severity as ClaimSeverity))
      fail(`unknown severity ${String(rule.severity)}`)
    for (const key of ['message', 'suggestion']) {
      if (typeof rule[key] !== 'string' || (rule[key] as string).trim() === '') fail(`${key} is required`)
    }
    for (const key of ['phrases', 'patterns', 'exceptions', 'contextPatterns']) {
      if (rule[key] !== undefined && !isStringArray(rule[key]))
        fail(`${key} must be an array of non-empty strings`)
    }
    for (const key of ['requiresNoReference', 'isHedgeSensitive', 'isQuestionForm']) {
      if (rule[key] !== undefined && typeof rule[key] !== 'boolean') fail(`${key} must be a boolean`)
    }
    const phraseCount =
      ((rule.phrases as string[] | undefined)?.length ?? 0) +
      ((rule.patterns as string[] | undefined)?.length ?? 0)
    if (phraseCount === 0) fail('needs at least one phrase or pattern')
    return rule as unknown as ClaimRule
  })
}

function toRegExp(source: string, ruleId: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags)
  } catch (error) {
    throw new Error(`Claims rule ${ruleId}: invalid pattern ${source}: ${(error as Error).message}`)
  }
}

/** The phrase half of a rule for these phrases, in this order: one boundary pair around all of them. */
export function phraseAlternation(phrases: readonly string[], vocabulary: Vocabulary): string {
  return alternationOfBodies(phrases.map((phrase) => compilePhraseBody(phrase, vocabulary)))
}

/** phraseAlternation for phrases already compiled by compilePhraseBody. */
export function alternationOfBodies(bodies: readonly string[]): string {
  return `${BOUNDARY_BEFORE}(?:${bodies.map((body) => `(?:${body})`).join('|')})${BOUNDARY_AFTER}`
}

export function compileRules(rules: ClaimRule[], vocabulary: Vocabulary): CompiledRule[] {
  return rules.map((rule) => {
    // One boundary check around all phrases instead of one per phrase: the same matches in the
    // same order (an alternative whose end boundary fails backtracks into the next), but V8 no
    // longer re-runs the lookbehind for each of hundreds of alternatives at every position.
    const phrases = rule.phrases ?? []
    const sources = [
      ...(phrases.length ? [phraseAlternation(phrases, vocabulary)] : []),
      ...(rule.patterns ?? []),
    ]
    const patternSources = (rule.patterns ?? []).map((source) => `(?:${source})`)
    return {
      rule,
      matcher: toRegExp(sources.map((source) => `(?:${source})`).join('|'), rule.id, 'gi'),
      // The two halves of `matcher`: its leftmost match is the leftmost of theirs, the phrases'
      // on a tie (they come first in the alternation). The checker runs the phrase half only on
      // sentences holding one of its start words (ruleStarts.ts).
      phraseMatcher: phrases.length ? toRegExp(`(?:${sources[0]})`, rule.id, 'gi') : undefined,
      patternMatcher: patternSources.length ? toRegExp(patternSources.join('|'), rule.id, 'gi') : undefined,
      exceptions: (rule.exceptions ?? []).map((source) => toRegExp(source, rule.id, 'i')),
      contextPatterns: (rule.contextPatterns ?? []).map((source) => toRegExp(source, rule.id, 'i')),
    }
  })
}
