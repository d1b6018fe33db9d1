import { compilePhraseBody, compileRules, validateRules } from './compile'
import { hasCitationMarker } from './citations'
import { distancingLiteralGates, isDistanced, isHedged, isNegated, isQuestion, isWeakEvidenceStatement } from './context'
import { isConditionDismissed, isFailureDenied } from './failureDenial'
import { isRedFlagDismissed } from './redFlagDismissal'
import { answerStance, asStatements, isKeepCareQuestion, isRiskQuestion, isSkippingAnswer, yesNoQuestionBody } from './faqPairs'
import { EVIDENCE_KINDS, KIND_ADVICE } from './kinds'
import { isThai } from './model/features'
import { likelyKind, modelName, riskProbability, riskThreshold } from './model/scoreSentence'
import { withNegatedObjects } from './model/negatedObjects'
import { buildPhraseScanner } from './model/phraseScanner'
import { buildListGates, forEachOpenGate } from './listGates'
import { deniesPrevious, isDeniedReport, isEndorsed, reportFrameEnd, reportFrameLiteralGates, withoutRebuttedQuotes } from './reportedClaims'
import { requiredLiteralLists } from './requiredLiterals'
import { leftmostMatch, splitPatterns } from './splitPatterns'
import { phraseLiteralLists } from './phraseLiterals'
import { phraseStartWords, ruleStartWords } from './ruleStarts'
import { stickyRunRanges, stickyRuns } from './stickyRuns'
import { buildWordTable, listAndWordScan, scanListsAndWords } from './wordTable'
import rulesData from './rules.json'
import { SentenceCues } from './sentenceCues'
import { SharedTests } from './sharedTests'
import { endsWithTerminator, normalizeText, splitSentences } from './sentences'
import { hasPieces } from './hasPieces'
import { cuePattern } from './cuePattern'
import discourseCues from './discourseCues.json'
import { toThreePlaces } from './threePlaces'
import {
  isThaiContactInvitation,
  isThaiDistanced,
  isThaiFailureDenied,
  isThaiNegatedSaying,
  isThaiQuestion,
  isThaiRhetoricalQuestion,
  matchThaiRules,
  withoutDeniedReports,
} from './thai'
import type {
  CheckClaimsOptions,
  CitationSpan,
  ClaimCategory,
  ClaimFinding,
  ClaimLanguage,
  CompiledRule,
  SentenceModel,
  SentenceSpan,
} from './types'
import vocabularyData from './vocabulary.json'

// Compiled once at module load: the checker runs on every CMS save.
const COMPILED_RULES: readonly CompiledRule[] = compileRules(validateRules(rulesData), vocabularyData)

export const claimRules = COMPILED_RULES.map(({ rule }) => rule)

// Rules whose phrases run on every sentence, and for the others the rules each start word can
// begin. A rule's raw patterns are run one by one, each only on sentences holding a literal of
// each of its required lists (requiredLiterals.ts), or on every sentence when none could be read from it:
// gating the rule's whole alternation by the union of its patterns' literals ran all 25 of a
// rule's patterns whenever one common literal of any of them was present.
const ALWAYS_RUN: number[] = []
const PATTERN_LITERALS: string[][] = []
// Each distinct literal list is one list of the scanner, shared by whatever it gates.
const LIST_BY_KEY = new Map<string, number>()
function scannerList(literals: string[]): number {
  const key = literals.join('\n')
  let list = LIST_BY_KEY.get(key)
  if (list === undefined) {
    list = PATTERN_LITERALS.length
    PATTERN_LITERALS.push(literals)
    LIST_BY_KEY.set(key, list)
  }
  return list
}
/**
 * Gated patterns: the pattern, and the scanner lists it needs, every one of them
 * (requiredLiteralLists: a literal of each part of a sequence, not only of its best part).
 */
const GATED_PATTERNS: number[] = []
const PATTERN_GATES: Int32Array[] = []
/** Per pattern: its expression (global, the rule's flags), and whether it runs on every sentence. */
const PATTERN_EXPRESSIONS: RegExp[] = []
const PATTERNS_ALWAYS_RUN: number[] = []
/** Per rule: its patterns, in the order of its raw patterns. */
const RULE_PATTERNS: number[][] = []
/** Per rule: the expressions of its patterns, in the same order. */
const RULE_EXPRESSIONS: RegExp[][] = []
const PATTERN_RULE: number[] = []
const START_WORDS = new Map<string, number[]>()
// An entry per rule and start word: the rule's phrases that can start with that word, in the
// rule's order, as one sticky expression (shared by a rule's words with the same phrases). At a
// position where that word starts, no other phrase of the rule can match, so this finds the match
// the whole phrase half finds there while trying a few alternatives instead of hundreds.
const ENTRY_RULE: number[] = []
// Per entry: its sticky expressions, its phrases in order split into runs (stickyRuns.ts), and
// per run the phrases of the entry it holds (ENTRY_RUN_PHRASES, positions in the entry's phrases).
const ENTRY_STICKY: RegExp[][] = []
const ENTRY_RUN_PHRASES: Array<Array<[number, number]>> = []
// Per entry: for each of its phrases, the literal lists (phraseLiterals.ts) it cannot match
// without, as literal lists of the scanner (numbered once all lists are known). An entry whose
// phrases each miss one of their lists in a sentence cannot match there and is not tried.
const ENTRY_PHRASE_LITERALS: string[][][][] = []
// A run of an entry's phrases is skipped where none of its phrases has its literal lists (each
// run's gate is read once per sentence). One sticky run of up to 16 kB was tried whole wherever its
// start word stood: a skip-care entry of 11 phrases ({care} in each, 21 kB) ran at every "the"
// and "pain" though the sentence held the lists of one phrase at most. Runs of this size keep
// several short phrases together (one exec for them), and long ones apart.
const MAX_GATED_RUN_SOURCE = 1_500

COMPILED_RULES.forEach(({ rule, phraseMatcher, patternMatcher }, ruleOrder) => {
  const patterns: number[] = []
  RULE_PATTERNS.push(patterns)
  RULE_EXPRESSIONS.push([])
  if (patternMatcher) {
    // Patterns that must stay one expression (a backreference) run as one, gated by the union of their literals.
    const expressions = splitPatterns(rule.patterns ?? [], patternMatcher.flags) ?? [patternMatcher]
    for (const expression of expressions) {
      const pattern = PATTERN_EXPRESSIONS.length
      PATTERN_EXPRESSIONS.push(expression)
      RULE_EXPRESSIONS[ruleOrder].push(expression)
      PATTERN_RULE.push(ruleOrder)
      patterns.push(pattern)
      // The scanner reads the whole sentence the pattern runs on: a positive look-around's literals count.
      const lists = requiredLiteralLists(expression.source, { isLookaroundRead: true })
      if (lists) {
        GATED_PATTERNS.push(pattern)
        PATTERN_GATES.push(Int32Array.from(lists.map(scannerList)))
      } else PATTERNS_ALWAYS_RUN.push(pattern)
    }
  }
  if (!phraseMatcher) return
  const words = ruleStartWords(rule, vocabularyData)
  if (!words) return void ALWAYS_RUN.push(ruleOrder)
  const phrases = rule.phrases ?? []
  const phrasesByWord = new Map<string, number[]>()
  phrases.forEach((phrase, phraseOrder) => {
    for (const word of phraseStartWords(phrase, vocabularyData)!) {
      const list = phrasesByWord.get(word) ?? []
      list.push(phraseOrder)
      phrasesByWord.set(word, list)
    }
  })
  const bodies = phrases.map((phrase) => compilePhraseBody(phrase, vocabularyData))
  const phraseLiterals = phrases.map((phrase) => phraseLiteralLists(phrase, vocabularyData))
  const stickyByPhrases = new Map<string, { sticky: RegExp[]; ranges: Array<[number, number]> }>()
  const flags = phraseMatcher.flags.replace('g', '') + 'y'
  for (const word of words) {
    const phraseOrders = phrasesByWord.get(word)!
    const key = phraseOrders.join(',')
    let runs = stickyByPhrases.get(key)
    if (!runs) {
      const entryBodies = phraseOrders.map((order) => bodies[order])
      runs = { sticky: stickyRuns(entryBodies, flags, MAX_GATED_RUN_SOURCE), ranges: stickyRunRanges(entryBodies, MAX_GATED_RUN_SOURCE) }
      stickyByPhrases.set(key, runs)
    }
    ENTRY_RULE.push(ruleOrder)
    ENTRY_STICKY.push(runs.sticky)
    ENTRY_RUN_PHRASES.push(runs.ranges)
    ENTRY_PHRASE_LITERALS.push(phraseOrders.map((order) => phraseLiterals[order]))
    const list = START_WORDS.get(word) ?? []
    list.push(ENTRY_RULE.length - 1)
    START_WORDS.set(word, list)
  }
})
// Each distinct exception expression is tested once per sentence, however many rules list it,
// and not at all when a literal it needs is absent: its literals join the same scanner's lists,
// after the patterns'. Only plain `i` expressions: the scanner folds ASCII case as `i` does
// without `u`.
const EXCEPTION_TESTS = new SharedTests()
const EXCEPTION_SLOTS = COMPILED_RULES.map(({ exceptions }) => EXCEPTION_TESTS.slots(exceptions))
const LITERAL_EXCEPTION_SLOTS: number[] = []
const EXCEPTION_GATES: Int32Array[] = []
for (let slot = 0; slot < EXCEPTION_TESTS.size; slot += 1) {
  const expression = EXCEPTION_TESTS.expression(slot)
  const lists = expression.flags === 'i' ? requiredLiteralLists(expression.source, { isLookaroundRead: true }) : undefined
  if (!lists) continue
  LITERAL_EXCEPTION_SLOTS.push(slot)
  EXCEPTION_GATES.push(Int32Array.from(lists.map(scannerList)))
  EXCEPTION_TESTS.gate(slot)
}
// V8 compiles a RegExp lazily on its first exec; paying that at load time keeps the first save
// after a deploy inside the latency budget. Only the expressions checkClaims runs: the sticky runs,
// the patterns, and the whole phrase half of a rule without start words. A rule's whole `matcher`
// and the phrase half of the others (13 of them over 16 kB, up to 139 kB) are never run here, and
// compiling them cost more load time than all the rest.
const ALWAYS_RUN_PHRASES = ALWAYS_RUN.map((ruleOrder) => COMPILED_RULES[ruleOrder].phraseMatcher!)
for (const expression of new Set([...ENTRY_STICKY.flat(), ...PATTERN_EXPRESSIONS, ...ALWAYS_RUN_PHRASES])) {
  expression.exec('warm up')
  expression.lastIndex = 0
}
// The two sentence-wide cues of distancing run on every English sentence; their alternatives'
// literal lists join the same scanner, so a sentence where no alternative has a literal of each
// of its lists skips that cue (an unreadable cue always runs). Gating each cue by the union of
// its literals ran them on most sentences: "some", "people", "that" and "who" are among them.
const DISTANCING_GATES = distancingLiteralGates()?.map((lists) => Int32Array.from(lists.map(scannerList)))
const REPORT_FRAME_GATES = reportFrameLiteralGates()?.map((lists) => Int32Array.from(lists.map(scannerList)))
// The phrases' literal lists last, each distinct list once. Per entry, ENTRY_GATES holds its
// phrases' lists as [count, list, list, ..., count, list, ...], or undefined when one of its
// phrases needs no list (the entry is then always tried).
const ENTRY_GATES: Array<Int32Array | undefined> = ENTRY_PHRASE_LITERALS.map((phrases) => {
  if (phrases.some((lists) => lists.length === 0)) return undefined
  const gate: number[] = []
  for (const lists of phrases) {
    gate.push(lists.length)
    for (const literals of lists) gate.push(scannerList(literals))
  }
  return Int32Array.from(gate)
})
// Per entry, the number of its first run (ENTRY_STICKY[entry][r] is run ENTRY_FIRST_RUN[entry] + r),
// and per run its phrases' lists as ENTRY_GATES holds an entry's, or undefined (always tried).
const ENTRY_FIRST_RUN = new Int32Array(ENTRY_RULE.length)
const RUN_GATES: Array<Int32Array | undefined> = []
ENTRY_PHRASE_LITERALS.forEach((phrases, entry) => {
  ENTRY_FIRST_RUN[entry] = RUN_GATES.length
  for (const [from, to] of ENTRY_RUN_PHRASES[entry]) {
    const runPhrases = phrases.slice(from, to)
    if (runPhrases.some((lists) => lists.length === 0)) {
      RUN_GATES.push(undefined)
      continue
    }
    const gate: number[] = []
    for (const lists of runPhrases) {
      gate.push(lists.length)
      for (const literals of lists) gate.push(scannerList(literals))
    }
    RUN_GATES.push(Int32Array.from(gate))
  }
})
const PATTERN_LITERAL_SCANNER = buildPhraseScanner(PATTERN_LITERALS, { isAsciiCaseFolded: true })
/** The current sentence's scanner lists (HAS_PATTERN_LITERAL, marked per list) and start words. */
const SENTENCE_SCAN = listAndWordScan(PATTERN_LITERAL_SCANNER)
const HAS_PATTERN_LITERAL = SENTENCE_SCAN.marks
// Every gate a sentence's lists open, read in one walk over its lists: the patterns', the
// exceptions', then the distancing cue's and the report frame's alternatives (numbered in that order).
const EXCEPTION_GATES_FROM = PATTERN_GATES.length
const DISTANCING_GATES_FROM = EXCEPTION_GATES_FROM + EXCEPTION_GATES.length
const REPORT_FRAME_GATES_FROM = DISTANCING_GATES_FROM + (DISTANCING_GATES?.length ?? 0)
const SENTENCE_GATES = buildListGates(
  [...PATTERN_GATES, ...EXCEPTION_GATES, ...(DISTANCING_GATES ?? []), ...(REPORT_FRAME_GATES ?? [])],
  PATTERN_LITERALS.map((literals) => literals.length),
)
let isDistancingOpen = false
let isReportFrameOpen = false

function openGate(gate: number): void {
  if (gate < EXCEPTION_GATES_FROM) {
    const pattern = GATED_PATTERNS[gate]
    IS_PATTERN_CANDIDATE[pattern] = 1
    OPENED_PATTERNS[openedPatternCount++] = pattern
    IS_CANDIDATE[PATTERN_RULE[pattern]] = PATTERN_CANDIDATE
  } else if (gate < DISTANCING_GATES_FROM) EXCEPTION_TESTS.open(LITERAL_EXCEPTION_SLOTS[gate - EXCEPTION_GATES_FROM])
  else if (gate < REPORT_FRAME_GATES_FROM) isDistancingOpen = true
  else isReportFrameOpen = true
}
/**
 * Per pattern, for the current sentence: whether it can match there. A pattern that always runs
 * is set once here; a gated one is set when its gate opens and listed in OPENED_PATTERNS, so the
 * next sentence clears only those (not every pattern's flag).
 */
const IS_PATTERN_CANDIDATE = new Uint8Array(PATTERN_EXPRESSIONS.length)
for (const pattern of PATTERNS_ALWAYS_RUN) IS_PATTERN_CANDIDATE[pattern] = 1
const RULES_WITH_PATTERNS_ALWAYS_RUN = [...new Set(PATTERNS_ALWAYS_RUN.map((pattern) => PATTERN_RULE[pattern]))]
const OPENED_PATTERNS = new Int32Array(PATTERN_EXPRESSIONS.length)
let openedPatternCount = 0
const START_WORD_TABLE = buildWordTable(START_WORDS)
// Bits of a rule's candidacy: its raw patterns can match, its phrases can match.
const PATTERN_CANDIDATE = 1
const PHRASE_CANDIDATE = 2

interface Candidates {
  /** Per rule in rule order: 0 none, else PATTERN_CANDIDATE and/or PHRASE_CANDIDATE. */
  isCandidate: Uint8Array
  /**
   * Per rule whose phrases have start words: where those words start in the sentence, in order,
   * each followed by its entry (ENTRY_STICKY): [start, entry, start, entry, ...], its first
   * START_COUNTS[rule] numbers only (the array is reused from sentence to sentence).
   */
  phraseStarts: Array<number[] | undefined>
}

/** Which rules can match somewhere in the sentence (ruleStarts.ts), and where their phrases can start. */
// Reused for every sentence (a sentence's rules are done before the next is read).
const IS_CANDIDATE = new Uint8Array(COMPILED_RULES.length)
// Per rule, its start list's array, reused for each sentence (fresh arrays per sentence and rule
// showed in profiles), and START_COUNTS how much of each is this sentence's (counted rather than
// cut with `length = 0`, which showed too).
const START_LISTS: number[][] = COMPILED_RULES.map(() => [])
const START_COUNTS = new Int32Array(COMPILED_RULES.length)
// Read only for a rule whose phrase bit is set: a rule with start words gets that bit from a
// start word, and its count is reset then; a rule whose phrases run everywhere has no list.
const PHRASE_STARTS: Array<number[] | undefined> = COMPILED_RULES.map((_, ruleOrder) =>
  ALWAYS_RUN.includes(ruleOrder) ? undefined : START_LISTS[ruleOrder],
)

// Per entry, the answer of canEntryMatch for the sentence numbered in ENTRY_ANSWERED_IN (a start
// word such as "the" comes back several times in a sentence, and its entries' gates are long).
let sentenceSerial = 0
const ENTRY_ANSWERED_IN = new Int32Array(ENTRY_RULE.length)
const ENTRY_CAN_MATCH = new Uint8Array(ENTRY_RULE.length)

const RUN_ANSWERED_IN = new Int32Array(RUN_GATES.length)
const RUN_CAN_MATCH = new Uint8Array(RUN_GATES.length)

/** Whether one of the run's phrases has every literal list it needs in the sentence (scanned already). */
function canRunMatch(run: number): boolean {
  return canGatesMatch(RUN_GATES, RUN_ANSWERED_IN, RUN_CAN_MATCH, run)
}

/** Whether one of the entry's phrases has every literal list it needs in the sentence (scanned already). */
function canEntryMatch(entry: number): boolean {
  return canGatesMatch(ENTRY_GATES, ENTRY_ANSWERED_IN, ENTRY_CAN_MATCH, entry)
}

/** canGateMatch of gates[index] (no gate: true), answered once per sentence (answeredIn, answers). */
function canGatesMatch(gates: Array<Int32Array | undefined>, answeredIn: Int32Array, answers: Uint8Array, index: number): boolean {
  const gate = gates[index]
  if (!gate) return true
  if (answeredIn[index] === sentenceSerial) return answers[index] === 1
  const canMatch = canGateMatch(gate)
  answeredIn[index] = sentenceSerial
  answers[index] = canMatch ? 1 : 0
  return canMatch
}

function canGateMatch(gate: Int32Array): boolean {
  let index = 0
  while (index < gate.length) {
    const end = index + 1 + gate[index]
    let isPossible = true
    for (let position = index + 1; position < end; position += 1) {
      if (!HAS_PATTERN_LITERAL[gate[position]]) {
        isPossible = false
        break
      }
    }
    if (isPossible) return true
    index = end
  }
  return false
}

// The same object for every sentence: its arrays are refilled in place.
const CANDIDATES: Candidates = { isCandidate: IS_CANDIDATE, phraseStarts: PHRASE_STARTS }

function candidateRules(sentence: string): Candidates {
  const isCandidate = IS_CANDIDATE.fill(0)
  for (let index = 0; index < openedPatternCount; index += 1) IS_PATTERN_CANDIDATE[OPENED_PATTERNS[index]] = 0
  openedPatternCount = 0
  // Indexed loops here and below: for...of made an iterator per loop and sentence (allocation profiles).
  for (let index = 0; index < RULES_WITH_PATTERNS_ALWAYS_RUN.length; index += 1) {
    isCandidate[RULES_WITH_PATTERNS_ALWAYS_RUN[index]] = PATTERN_CANDIDATE
  }
  // The literal scan and the start-word scan in one pass; the start words' entries are read
  // after it, since their gates need every list of the sentence.
  scanListsAndWords(PATTERN_LITERAL_SCANNER, START_WORD_TABLE, sentence, SENTENCE_SCAN)
  sentenceSerial += 1
  const { found, foundCount, hitSlots, hitStarts, hitCount } = SENTENCE_SCAN
  isDistancingOpen = false
  isReportFrameOpen = false
  forEachOpenGate(SENTENCE_GATES, found, foundCount, HAS_PATTERN_LITERAL, openGate)
  for (let index = 0; index < ALWAYS_RUN.length; index += 1) isCandidate[ALWAYS_RUN[index]] |= PHRASE_CANDIDATE
  const startEntries = START_WORD_TABLE.slotValues
  for (let hit = 0; hit < hitCount; hit += 1) {
    const entries = startEntries[hitSlots[hit]]!
    const start = hitStarts[hit]
    for (let position = 0; position < entries.length; position += 1) {
      const entry = entries[position]
      if (!canEntryMatch(entry)) continue
      const ruleOrder = ENTRY_RULE[entry]
      if (!(isCandidate[ruleOrder] & PHRASE_CANDIDATE)) {
        isCandidate[ruleOrder] |= PHRASE_CANDIDATE
        START_COUNTS[ruleOrder] = 0
      }
      const starts = START_LISTS[ruleOrder]
      const count = START_COUNTS[ruleOrder]
      starts[count] = start
      starts[count + 1] = entry
      START_COUNTS[ruleOrder] = count + 2
    }
  }
  return CANDIDATES
}

const SEVERITY_RANK = { block: 2, warn: 1 } as const
/** How sure a rule match alone is; the model's probability raises it when higher. */
const RULE_CONFIDENCE = { block: 0.9, warn: 0.75 } as const
// A model probability under this rounds (3 places) below every RULE_CONFIDENCE: it raises none.
const RAISES_CONFIDENCE_FROM = 0.74
/**
 * The model judges sentences of the length it was trained on. A longer "sentence" is text
 * without punctuation (a pasted list, a run-on caption); the rules still check all of it.
 */
export const MODEL_MAX_CHARS = 600
// Thai separates sentences with a space more often than with a full stop: a long Thai line is
// cut at spaces into parts of about this size so the model scores sentence-sized parts.
const THAI_PART_CHARS = 200

interface RankedFinding {
  finding: ClaimFinding
  category: string
  ruleOrder: number
}

interface Sentence {
  span: SentenceSpan
  text: string
  language: ClaimLanguage
  hasCitation: boolean
  /** English cues the rules and the model's gate both read, computed on first use. */
  isDistanced?: boolean
  /** Whether the sentence holds a literal of the distancing cue, of a report frame (unknown: run them). */
  hasDistancingLiteral?: boolean
  hasReportFrameLiteral?: boolean
  isQuestion?: boolean
}

// Every sentence is made with its cues unread but present, so it has all its fields from the
// start: added later, they gave each sentence a second object holding them (allocation profiles).
function newSentence(span: SentenceSpan, text: string, language: ClaimLanguage, hasCitation: boolean): Sentence {
  return {
    span,
    text,
    language,
    hasCitation,
    isDistanced: undefined,
    hasDistancingLiteral: undefined,
    hasReportFrameLiteral: undefined,
    isQuestion: undefined,
  }
}

// The same cues for Thai sentences.
function isThaiDistancedSentence(sentence: Sentence): boolean {
  sentence.isDistanced ??= isThaiDistanced(sentence.text)
  return sentence.isDistanced
}

function isThaiQuestionSentence(sentence: Sentence): boolean {
  sentence.isQuestion ??= isThaiQuestion(sentence.text)
  return sentence.isQuestion
}

// A report the sentence endorses ("people say ..., and they are right") is a claim again; one it
// denies after the report ("some sites say ...; no study has shown that") is distanced.
function isDistancedSentence(sentence: Sentence): boolean {
  sentence.isDistanced ??=
    (isDistanced(sentence.text, sentence.hasDistancingLiteral) && !isEndorsed(sentence.text)) ||
    isDeniedReport(sentence.text, sentence.hasReportFrameLiteral)
  return sentence.isDistanced
}

function isQuestionSentence(sentence: Sentence): boolean {
  sentence.isQuestion ??= isQuestion(sentence.text)
  return sentence.isQuestion
}

/** The phrase half's first match at or after `from`: tried at the rule's start words only, or everywhere when it has none. */
function nextPhraseMatch(ruleOrder: number, sentence: string, from: number, starts: number[] | undefined): RegExpExecArray | null {
  const compiled = COMPILED_RULES[ruleOrder]
  if (!compiled.phraseMatcher) return null
  if (!starts) {
    compiled.phraseMatcher.lastIndex = from
    return compiled.phraseMatcher.exec(sentence)
  }
  const count = START_COUNTS[ruleOrder]
  for (let index = 0; index < count; index += 2) {
    const start = starts[index]
    if (start < from) continue
    const entry = starts[index + 1]
    const runs = ENTRY_STICKY[entry]
    const firstRun = ENTRY_FIRST_RUN[entry]
    for (let run = 0; run < runs.length; run += 1) {
      if (!canRunMatch(firstRun + run)) continue
      const sticky = runs[run]
      sticky.lastIndex = start
      const match = sticky.exec(sentence)
      if (match) return match
    }
  }
  return null
}

/**
 * The rule's next match from `from`, as its combined `matcher` would find it: the leftmost of
 * the phrase half's and the pattern half's, the phrase's on a tie. A half is skipped when the
 * sentence holds none of its start words or required literals (it could not match).
 */
function nextMatch(ruleOrder: number, sentence: string, from: number, candidates: Candidates): RegExpExecArray | null {
  const isCandidate = candidates.isCandidate[ruleOrder]
  const phraseMatch =
    isCandidate & PHRASE_CANDIDATE ? nextPhraseMatch(ruleOrder, sentence, from, candidates.phraseStarts[ruleOrder]) : null
  if (!(isCandidate & PATTERN_CANDIDATE)) return phraseMatch
  // A rule's patterns have consecutive numbers, so their flags are consecutive too.
  return leftmostMatch(RULE_EXPRESSIONS[ruleOrder], IS_PATTERN_CANDIDATE, RULE_PATTERNS[ruleOrder][0], sentence, from, phraseMatch)
}

function firstClaimInSentence(
  ruleOrder: number,
  candidates: Candidates,
  cues: SentenceCues,
  sentenceSpan: SentenceSpan,
  text: string,
  locale: ClaimLanguage,
): ClaimFinding | undefined {
  const { rule } = COMPILED_RULES[ruleOrder]
  const sentence = cues.text
  for (
    let match = nextMatch(ruleOrder, sentence, 0, candidates);
    match;
    match = nextMatch(ruleOrder, sentence, match.index + match[0].length, candidates)
  ) {
    const start = match.index
    const end = start + match[0].length
    if (isNegated(cues, start, end)) continue
    const isUnderHedgedLeadIn = sentenceSpan.start + start < sentenceSpan.leadInHedgeEnd
    if (rule.isHedgeSensitive && (isUnderHedgedLeadIn || isHedged(cues, start, end))) continue
    return ruleFinding(rule, sentenceSpan.start + start, sentenceSpan.start + end, text, locale)
  }
  return undefined
}

function ruleFinding(
  rule: { id: string; category: ClaimCategory; severity: 'block' | 'warn'; message: string; suggestion: string },
  start: number,
  end: number,
  text: string,
  locale: ClaimLanguage,
): ClaimFinding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message: rule.message,
    excerpt: text.slice(start, end),
    start,
    end,
    suggestion: rule.suggestion,
    kind: rule.category,
    confidence: RULE_CONFIDENCE[rule.severity],
    source: `rule:${rule.id}`,
    locale,
  }
}

function overlaps(a: ClaimFinding, b: ClaimFinding): boolean {
  return a.start < b.end && b.start < a.end
}

function isStronger(a: RankedFinding, b: RankedFinding): boolean {
  const severityDelta = SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity]
  if (severityDelta !== 0) return severityDelta > 0
  const lengthDelta = a.finding.end - a.finding.start - (b.finding.end - b.finding.start)
  if (lengthDelta !== 0) return lengthDelta > 0
  return a.ruleOrder < b.ruleOrder
}

/**
 * Two rules of one category flagging the same words are one problem for the reviewer.
 * Called per sentence (findings never span two), so the pairwise check stays small.
 */
function dropOverlapsWithinCategory(ranked: RankedFinding[]): RankedFinding[] {
  return ranked.filter(
    (candidate) =>
      !ranked.some(
        (other) =>
          other !== candidate &&
          other.category === candidate.category &&
          overlaps(other.finding, candidate.finding) &&
          isStronger(other, candidate),
      ),
  )
}

/** Cuts a long Thai sentence at spaces into parts of about THAI_PART_CHARS. */
function thaiParts(span: SentenceSpan, text: string): SentenceSpan[] {
  const parts: SentenceSpan[] = []
  let start = span.start
  while (span.end - start > THAI_PART_CHARS) {
    const cut = text.lastIndexOf(' ', start + THAI_PART_CHARS)
    if (cut <= start) break
    parts.push({ start, end: cut, leadInHedgeEnd: Math.min(Math.max(span.leadInHedgeEnd, start), cut) })
    start = cut + 1
  }
  parts.push({ start, end: span.end, leadInHedgeEnd: Math.max(span.leadInHedgeEnd, start) })
  return parts
}

/** Sentences with their language and whether a citation (marker, link or reference node) sits in them. */
function sentencesOf(normalized: string, citations: readonly CitationSpan[]): Sentence[] {
  const sorted = [...citations].sort((a, b) => a.start - b.start)
  let citation = 0
  const sentences: Sentence[] = []
  const add = (span: SentenceSpan, text: string, language: ClaimLanguage) => {
    while (citation < sorted.length && sorted[citation].end <= span.start) citation += 1
    // A reference node straight after the full stop still belongs to the sentence.
    const hasAttached = citation < sorted.length && sorted[citation].start <= span.end
    sentences.push(newSentence(span, text, language, hasAttached || hasCitationMarker(text)))
  }
  const wholes = splitSentences(normalized)
  for (let index = 0; index < wholes.length; index += 1) {
    const whole = wholes[index]
    const wholeText = normalized.slice(whole.start, whole.end)
    const isThaiSentence = isThai(wholeText)
    if (!(isThaiSentence && wholeText.length > THAI_PART_CHARS)) {
      add(whole, wholeText, isThaiSentence ? 'th' : 'en')
      continue
    }
    const parts = thaiParts(whole, normalized)
    for (let part = 0; part < parts.length; part += 1) add(parts[part], normalized.slice(parts[part].start, parts[part].end), 'th')
  }
  return sentences
}

function englishRuleFindings(
  sentence: Sentence,
  text: string,
  isReferenced: boolean,
  locale: ClaimLanguage,
): ClaimFinding[] {
  // Before the scan, which opens the gated exceptions the sentence's literals allow (a gated
  // exception not opened cannot match there).
  EXCEPTION_TESTS.startText(sentence.text)
  // Scanned first: the scan also tells whether the distancing cues can match.
  const candidates = candidateRules(sentence.text)
  if (DISTANCING_GATES) sentence.hasDistancingLiteral = isDistancingOpen
  if (REPORT_FRAME_GATES) sentence.hasReportFrameLiteral = isReportFrameOpen
  if (isDistancedSentence(sentence)) return []
  const isQuestionForm = isQuestionSentence(sentence)
  // Read only when a rule that needs no reference is reached (most sentences reach none).
  let isWeakEvidence: boolean | undefined
  const cues = new SentenceCues(sentence.text)
  const ranked: RankedFinding[] = []
  const { isCandidate } = candidates
  for (let ruleOrder = 0; ruleOrder < COMPILED_RULES.length; ruleOrder += 1) {
    if (!isCandidate[ruleOrder]) continue
    const compiled = COMPILED_RULES[ruleOrder]
    const { rule } = compiled
    if (isQuestionForm !== (rule.isQuestionForm === true)) continue
    if (rule.requiresNoReference && isReferenced) continue
    // The sentence-wide conditions are read only for a rule that found a claim: most candidate
    // rules find none, and each condition is a pure test of the sentence, so the order changes
    // no answer.
    const finding = firstClaimInSentence(ruleOrder, candidates, cues, sentence.span, text, locale)
    if (!finding) continue
    if (rule.requiresNoReference && (isWeakEvidence ??= isWeakEvidenceStatement(sentence.text))) continue
    if (compiled.contextPatterns.length && !compiled.contextPatterns.some((pattern) => pattern.test(sentence.text)))
      continue
    if (EXCEPTION_TESTS.some(EXCEPTION_SLOTS[ruleOrder])) continue
    ranked.push({ finding, category: rule.category, ruleOrder })
  }
  // One finding (most sentences with any) overlaps nothing.
  if (ranked.length < 2) return ranked.length ? [ranked[0].finding] : []
  return dropOverlapsWithinCategory(ranked).map(({ finding }) => finding)
}

function thaiRuleFindings(sentence: Sentence, text: string, isReferenced: boolean, locale: ClaimLanguage): ClaimFinding[] {
  if (isThaiDistancedSentence(sentence)) return []
  return matchThaiRules(sentence.text, { isQuestion: isThaiQuestionSentence(sentence), isReferenced }).map(
    ({ rule, start, end }) => ruleFinding(rule, sentence.span.start + start, sentence.span.start + end, text, locale),
  )
}

const SHIPPED_MODEL: SentenceModel = { probability: riskProbability, kind: likelyKind, threshold: riskThreshold }

// Questions are left to the rules unless they read as a rhetorical promise: an opener such as
// "who wouldn't", "what's stopping you" or "fancy" (after an optional "Caption:" label, as the
// rules read copy), or a "when" anywhere ("why …, when …?"). The cue words are data.
const RHETORICAL_CUE = new RegExp(
  `^(?:[A-Za-z][\\w'&-]*(?:\\s+[\\w'&-]+){0,3}\\s*:\\s+)?["'(]*${cuePattern(discourseCues.rhetoricalOpeners).source}|${cuePattern(discourseCues.rhetoricalCues).source}`,
  'i',
)

const BULLET_START = /^\s*[\u2022\u25E6\u25AA\u2023\u25CF\u2219*+-]\s/
const MODEL_MIN_WORDS = 4
const MODEL_MIN_THAI_CHARS = 12


/** Sentences the model is not asked about: the rules' reading of questions and distancing stands. */
function isLeftToRules(sentence: Sentence): boolean {
  if (sentence.text.length > MODEL_MAX_CHARS) return true
  // A heading or lead-in ending in a colon introduces what follows ("Why long sitting irritates
  // the nerve:"); it was never in the training sentences, and the rules still read it.
  if (sentence.text.trimEnd().endsWith(':')) return true
  // The model learned from whole sentences. A heading ("Trigger Point Therapy"), a list item or a
  // fragment without a full stop is left to the rules: on such text the model's reading is noise.
  if (BULLET_START.test(sentence.text)) return true
  if (sentence.language === 'th') {
    if (sentence.text.trim().length < MODEL_MIN_THAI_CHARS) return true
    if (isThaiContactInvitation(sentence.text) || isThaiNegatedSaying(sentence.text)) return true
    return isThaiDistancedSentence(sentence) || (isThaiQuestionSentence(sentence) && !isThaiRhetoricalQuestion(sentence.text))
  }
  if (!endsWithTerminator(sentence.text) || !hasPieces(sentence.text, MODEL_MIN_WORDS)) return true
  return isDistancedSentence(sentence) || (isQuestionSentence(sentence) && !RHETORICAL_CUE.test(sentence.text))
}

function modelFinding(
  sentence: Sentence,
  text: string,
  probability: number,
  locale: ClaimLanguage,
  model: SentenceModel,
): ClaimFinding {
  const kind = model.kind(sentence.text) as ClaimCategory
  const advice = KIND_ADVICE[kind] ?? KIND_ADVICE.efficacy
  return {
    ruleId: `model-${kind}`,
    // A statistical reading warns; only a rule match blocks publishing.
    severity: 'warn',
    message: advice.message,
    excerpt: text.slice(sentence.span.start, sentence.span.end),
    start: sentence.span.start,
    end: sentence.span.end,
    suggestion: advice.suggestion,
    kind,
    confidence: toThreePlaces(probability),
    source: `model:${model === SHIPPED_MODEL ? modelName : 'custom'}`,
    locale,
  }
}

/** A finding on the answer of a question-and-answer pair whose shape decides its kind: the kind's own advice. */
function shapeFinding(
  answer: Sentence,
  text: string,
  locale: ClaimLanguage,
  kind: 'guarantee' | 'safety' | 'skip-care',
  reason: string,
): ClaimFinding {
  const advice = KIND_ADVICE[kind]
  return {
    ruleId: `answer-${kind}`,
    severity: advice.severity,
    message: `${reason} ${advice.message}`,
    suggestion: advice.suggestion,
    kind,
    confidence: RULE_CONFIDENCE[advice.severity],
    source: `answer:${kind}`,
    excerpt: text.slice(answer.span.start, answer.span.end),
    start: answer.span.start,
    end: answer.span.end,
    locale,
  }
}

/**
 * An answer that affirms the claim its question asks ("Will massage fix the cause? Yes, in most
 * cases it does."), or says "no" to "do I still need my doctor?", flagged on the answer's own
 * offsets as the question's claim (faqPairs.ts). The question is read as a statement by the rules,
 * then by the model; a rhetorical question is judged on its own already.
 */
function answerFinding(
  question: Sentence,
  answer: Sentence,
  text: string,
  isReferenced: boolean,
  locale: ClaimLanguage,
  model: SentenceModel | undefined,
): ClaimFinding | undefined {
  if (!isQuestionSentence(question) || RHETORICAL_CUE.test(question.text)) return undefined
  const onAnswer = (claim: Omit<ClaimFinding, 'excerpt' | 'start' | 'end' | 'locale'>): ClaimFinding => ({
    ...claim,
    excerpt: text.slice(answer.span.start, answer.span.end),
    start: answer.span.start,
    end: answer.span.end,
    locale,
  })
  // A kind the pair's shape decides (no rule or model reading): the kind's own advice.
  const byShape = (kind: 'guarantee' | 'safety' | 'skip-care', reason: string) => shapeFinding(answer, text, locale, kind, reason)
  if (isFailureDenied(question.text, answer.text)) return byShape('guarantee', 'The answer says the failure its question names never happens.')
  if (isConditionDismissed(question.text, answer.text)) return byShape('guarantee', 'The answer promises the condition its question names will not last.')
  if (isRedFlagDismissed(question.text, answer.text)) return byShape('skip-care', 'The answer sends a red-flag symptom its question names to more massage.')
  const body = yesNoQuestionBody(question.text)
  if (body === undefined) return undefined
  if (isKeepCareQuestion(body) && isSkippingAnswer(answer.text))
    return byShape('skip-care', 'The answer says the medical care its question asks about gets dropped.')
  const stance = answerStance(answer.text)
  if (stance === 'no' && isRiskQuestion(body)) return byShape('safety', 'The answer says there is no risk the question asks about.')
  if (stance === 'no') {
    return isKeepCareQuestion(body)
      ? byShape('skip-care', 'The answer says no to keeping medical care the question asks about.')
      : undefined
  }
  if (stance !== 'yes') return undefined
  const statementTexts = asStatements(body)
  let claim: ClaimFinding | undefined
  for (const statementText of statementTexts) {
    const statement = newSentence({ start: 0, end: statementText.length, leadInHedgeEnd: 0 }, statementText, 'en', false)
    if (isDistancedSentence(statement)) return undefined
    claim ??= englishRuleFindings(statement, statementText, isReferenced, locale)[0]
  }
  const [statementText] = statementTexts
  if (claim) {
    return onAnswer({
      ruleId: `answer-${claim.ruleId}`,
      severity: claim.severity,
      message: `The answer affirms the claim its question asks. ${claim.message}`,
      suggestion: claim.suggestion,
      kind: claim.kind,
      confidence: claim.confidence,
      source: `answer:${claim.source}`,
    })
  }
  if (!model || model.threshold('en') >= 1) return undefined
  const probability = model.probability(withNegatedObjects(statementText), 'en')
  if (probability < model.threshold('en')) return undefined
  const kind = model.kind(statementText) as ClaimCategory
  if (EVIDENCE_KINDS.has(kind) && isReferenced) return undefined
  const advice = KIND_ADVICE[kind] ?? KIND_ADVICE.efficacy
  return onAnswer({
    ruleId: `answer-model-${kind}`,
    severity: 'warn',
    message: `The answer affirms the claim its question asks. ${advice.message}`,
    suggestion: advice.suggestion,
    kind,
    confidence: toThreePlaces(probability),
    source: `answer:model:${model === SHIPPED_MODEL ? modelName : 'custom'}`,
  })
}

/**
 * Finds risky health claims in English and Thai text: the rules (rules.json, thaiRules.json)
 * and a learned sentence model (model/weights.json). At most one finding per rule per
 * sentence, and a model finding only where no rule fired; each finding's excerpt is exactly
 * text.slice(start, end). An evidence-type claim counts as supported only by a citation in its
 * own sentence or the next one (docs/claims.md).
 */
export function checkClaims(text: string, options: CheckClaimsOptions = {}): ClaimFinding[] {
  if (!text) return []
  const normalized = normalizeText(text)
  const sentences = sentencesOf(normalized, options.citations ?? [])
  const findings: ClaimFinding[] = []
  const model = options.model ?? SHIPPED_MODEL
  sentences.forEach((sentence, index) => {
    const isReferenced = sentence.hasCitation || sentences[index + 1]?.hasCitation === true
    const locale = options.locale ?? sentence.language
    const next = sentences[index + 1]
    // "Some websites say massage cures sciatica. That is not true.": the next sentence denies the report.
    if (sentence.language === 'en' && next?.language === 'en' && deniesPrevious(next.text) && reportFrameEnd(sentence.text) !== -1)
      sentence.isDistanced = true
    // 'The flyer promised "pain-free in one visit", which the evidence does not support.'
    // A quoted claim the text rebuts is not ours: it is blanked (offsets kept) before the rules
    // and the model read the sentence. '"Cupping cures fibromyalgia," the ad says. It doesn't.':
    // the short rebutting sentence is no claim either.
    if (sentence.language === 'th') sentence.text = withoutDeniedReports(sentence.text)
    if (sentence.language === 'en') {
      const reading = withoutRebuttedQuotes(sentence.text, next?.language === 'en' ? next.text : undefined)
      sentence.text = reading.text
      if (reading.isNextRebutting && next) next.isDistanced = true
    }
    const fromRules: ClaimFinding[] = options.isRulesDisabled
      ? []
      : sentence.language === 'th'
        ? thaiRuleFindings(sentence, text, isReferenced, locale)
        : englishRuleFindings(sentence, text, isReferenced, locale)
    // A threshold of 1 means training found no level at which the model helps in this language
    // (Thai so far): scoring would only cost time.
    const threshold = model.threshold(sentence.language)
    if (!options.isModelDisabled && threshold < 1 && !isLeftToRules(sentence)) {
      const probability = model.probability(withNegatedObjects(sentence.text), sentence.language)
      // Rounded once per sentence, not once per finding (rounding showed in profiles), and only
      // when it can raise a rule's confidence (0.75 or 0.9): below 0.74 it rounds to at most 0.74.
      // Written as "not below" so a custom model's NaN still reaches Math.max, as it did before.
      if (fromRules.length && !(probability < RAISES_CONFIDENCE_FROM)) {
        const rounded = toThreePlaces(probability)
        for (const finding of fromRules) finding.confidence = Math.max(finding.confidence, rounded)
      }
      if (!fromRules.length && probability >= threshold) {
        const finding = modelFinding(sentence, text, probability, locale, model)
        if (!(EVIDENCE_KINDS.has(finding.kind) && isReferenced)) fromRules.push(finding)
      }
    }
    const previous = sentences[index - 1]
    if (options.isRulesDisabled) {
      findings.push(...fromRules)
      return
    }
    if (!fromRules.length && sentence.language === 'en' && previous?.language === 'en' && !isDistancedSentence(sentence)) {
      const finding = answerFinding(previous, sentence, text, isReferenced, locale, options.isModelDisabled ? undefined : model)
      if (finding) fromRules.push(finding)
    }
    if (!fromRules.length && sentence.language === 'th' && previous?.language === 'th' && isThaiFailureDenied(previous.text, sentence.text))
      fromRules.push(shapeFinding(sentence, text, locale, 'guarantee', 'The answer says the failure its question names never happens.'))
    findings.push(...fromRules)
  })
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
}
