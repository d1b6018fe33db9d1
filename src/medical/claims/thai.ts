/*
 * Thai rules (thaiRules.json). Thai writes no spaces between words and puts a space between
 * clauses, so the context checks look at the clause (the text since the last space) rather than
 * at a count of words; negation, hedges and questions use their Thai markers.
 */
import { buildPhraseScanner, markListsFound } from './model/phraseScanner'
import { requiredLiterals } from './requiredLiterals'
import { leftmostMatch, splitPatterns } from './splitPatterns'
import type { ClaimCategory, ClaimSeverity } from './types'
import thaiCues from './thaiCues.json'
import thaiRulesData from './thaiRules.json'

interface ThaiRule {
  id: string
  category: ClaimCategory
  severity: ClaimSeverity
  patterns: string[]
  message: string
  suggestion: string
  requiresNoReference?: boolean
  isHedgeSensitive?: boolean
  isQuestionForm?: boolean
}

export interface ThaiMatch {
  rule: ThaiRule
  start: number
  end: number
}

const THAI_RULES = (thaiRulesData as ThaiRule[]).map((rule) => ({
  rule,
  matcher: new RegExp(rule.patterns.map((source) => `(?:${source})`).join('|'), 'g'),
}))

// A rule's patterns run one by one (splitPatterns.ts), each only on sentences holding one of the
// literals it cannot match without (requiredLiterals.ts), found for all patterns by one pass; a
// pattern none could be read from always runs. The leftmost of their matches, the earlier
// pattern's on a tie, is the match of the rule's whole alternation, which ran on every sentence
// holding a literal of any of its patterns (a set phrase such as "หายขาด" let all of them run).
/** Per rule: its patterns as expressions, or undefined when they must stay one (the matcher). */
const RULE_EXPRESSIONS = THAI_RULES.map(({ rule, matcher }) => splitPatterns(rule.patterns, matcher.flags))
/** Per rule: the number of its first pattern in PATTERN_LITERALS and IS_PATTERN_CANDIDATE. */
const RULE_FIRST_PATTERN: number[] = []
const PATTERN_LITERALS: Array<string[] | undefined> = []
THAI_RULES.forEach(({ matcher }, ruleOrder) => {
  RULE_FIRST_PATTERN.push(PATTERN_LITERALS.length)
  const expressions = RULE_EXPRESSIONS[ruleOrder] ?? [matcher]
  for (const expression of expressions) PATTERN_LITERALS.push(requiredLiterals(expression.source, { isCaseSensitive: true }))
})
// List p of the scanner is pattern p's literals, so the scan marks the patterns that can match
// straight into IS_PATTERN_CANDIDATE, after the patterns that always run (no literals, no list).
// After the patterns, list PATTERN_LITERALS.length + r is rule r's literals, all its patterns'
// (none when one of them always runs, which then marks the rule too): the same scan marks the
// rules that can match, instead of a pass over every rule's patterns per sentence.
const RULE_CANDIDATE_FROM = PATTERN_LITERALS.length
const ruleLiterals = (ruleOrder: number): string[] | undefined => {
  const end = ruleOrder + 1 < RULE_FIRST_PATTERN.length ? RULE_FIRST_PATTERN[ruleOrder + 1] : PATTERN_LITERALS.length
  const literals = PATTERN_LITERALS.slice(RULE_FIRST_PATTERN[ruleOrder], end)
  return literals.every(Boolean) ? [...new Set(literals.flatMap((list) => list!))] : undefined
}
const RULE_LITERALS = THAI_RULES.map((_, ruleOrder) => ruleLiterals(ruleOrder))
const LITERAL_SCANNER = buildPhraseScanner([...PATTERN_LITERALS, ...RULE_LITERALS].map((literals) => literals ?? []))
const IS_ALWAYS_RUN = Uint8Array.from([...PATTERN_LITERALS, ...RULE_LITERALS], (literals) => (literals ? 0 : 1))
const IS_PATTERN_CANDIDATE = new Uint8Array(IS_ALWAYS_RUN.length)
// Warmed at load, as the English rules' expressions are.
for (const expressions of RULE_EXPRESSIONS) for (const expression of expressions ?? []) expression.exec('warm up')

/** Reads which patterns can match in the sentence: before nextThaiMatch on it. */
export function scanThaiSentence(sentence: string): void {
  IS_PATTERN_CANDIDATE.set(IS_ALWAYS_RUN)
  markListsFound(LITERAL_SCANNER, sentence, IS_PATTERN_CANDIDATE, 1)
}

/** Whether one of the rule's patterns can match in the sentence last scanned. */
function isRuleCandidate(ruleOrder: number): boolean {
  return IS_PATTERN_CANDIDATE[RULE_CANDIDATE_FROM + ruleOrder] === 1
}

/**
 * The rule's next match at or after `from` in the sentence last scanned (scanThaiSentence): the
 * match its whole alternation, global, finds with lastIndex `from`.
 */
export function nextThaiMatch(ruleOrder: number, sentence: string, from: number): RegExpExecArray | null {
  const expressions = RULE_EXPRESSIONS[ruleOrder]
  if (expressions) return leftmostMatch(expressions, IS_PATTERN_CANDIDATE, RULE_FIRST_PATTERN[ruleOrder], sentence, from)
  if (!IS_PATTERN_CANDIDATE[RULE_FIRST_PATTERN[ruleOrder]]) return null
  const { matcher } = THAI_RULES[ruleOrder]
  matcher.lastIndex = from
  return matcher.exec(sentence)
}

export const thaiRules = THAI_RULES.map(({ rule }) => rule)

const NEGATOR = /(?:ไม่|มิได้|อย่า(?!ง)|ไม่ใช่|ไม่มี|ไม่ได้|ไม่สามารถ|ไม่เคย|ไร้|ห้าม|ปรึกษา(?:แพทย์|หมอ)ก่อน)/
const HEDGE = /(?:อาจ|บางคน|บางราย|บางการศึกษา|บางชิ้น|มัก|ในบางกรณี|แตกต่างกัน)/
// A polite particle or an emoji after the question word ("ได้ไหมคะ", "หรือเปล่าครับ 🤔") still ends a
// question, and so does a condition added after it ("เลื่อนไปก่อนได้ไหมคะ ถ้าอยากลองนวด"); a "which/what"
// clause followed by a request to answer asks too ("ร้านไหนดีที่สุดคะ แนะนำหน่อย").
const QUESTION = new RegExp(
  `(?:ไหม|มั้ย|หรือไม่|หรือเปล่า|จริงหรือ|หรือ|\\?)${thaiCues.questionParticles}(?:[\\s\\p{Extended_Pictographic}\\uFE0F\\u200D]*$|\\s+(?:${thaiCues.questionAfterthoughts.join('|')}))|${thaiCues.questionRequests}|^จริงหรือ(?:ที่|ไม่)`,
  'u',
)
// "แบบไหน" and "อย่างไร" ask, unless a telling verb before them embeds them ("บทความนี้จะเล่าว่า ... หายได้อย่างไร").
const WH_QUESTION = /แบบไหน|อย่างไร/
const EMBEDDED_WH = new RegExp(`${thaiCues.embeddedQuestionMarkers}[^?]*(?:แบบไหน|อย่างไร)(?!.*(?:แบบไหน|อย่างไร))[^?]*$`)

function asksQuestion(text: string): boolean {
  return QUESTION.test(text) || (WH_QUESTION.test(text) && !EMBEDDED_WH.test(text))
}
const DISTANCING = new RegExp(`(?:${thaiCues.distancing.join('|')})`)
// How far back a negator or hedge still governs a match, within the clause.
const CONTEXT_CHARS = 40
// "ไม่ว่า" ("no matter"), "ไม่กี่" ("a few"), "ไม่เกิน" ("at most"), "ไม่นาน" ("soon"): a ไม่ that
// negates nothing. Made once (a literal makes a RegExp per run).
const QUANTITY_NOT = new RegExp(`ไม่(?:${thaiCues.quantityNots.join('|')})`, 'g')
// "ไม่ว่า ... แบบไหน" and "แบบไหนมาก็" ("whatever kind ...") ask nothing.
const NO_MATTER_CLAUSE = /ไม่ว่า[^ ]*/g
const WHATEVER_CLAUSE = new RegExp(thaiCues.whateverClauses.join('|'), 'g')

// A question the model still reads: "why put up with ..." ("ทำไมต้องทน", "ทนไปทำไม"), "when ..." ("ในเมื่อ"),
// "how much longer" ("อีกนาน"). A why-question about a cause ("ทำไมนวดแล้วระบม") asks, and is left to the rules.
const RHETORICAL_QUESTION_CUE = new RegExp(thaiCues.rhetoricalQuestionCues.join('|'))

export function isThaiRhetoricalQuestion(sentence: string): boolean {
  return RHETORICAL_QUESTION_CUE.test(sentence.trim())
}

export function isThaiQuestion(sentence: string): boolean {
  // "ไม่ว่า ... แบบไหน" is "whatever kind of ...", not a question: the no-matter clause is left out.
  const withoutNoMatter = sentence.trim().replace(NO_MATTER_CLAUSE, '')
  if (!asksQuestion(withoutNoMatter)) return false
  // Only a sentence read as a question pays for the whatever-clause test (a "ก็" in it at least).
  return !withoutNoMatter.includes('ก็') || asksQuestion(withoutNoMatter.replace(WHATEVER_CLAUSE, ''))
}

// "ไม่มีอะไรต้องระวัง" ("nothing to be careful of") negates the warning: it is a safety claim, not distance.
const NEGATED_DISTANCING = new RegExp(thaiCues.negatedDistancing.join('|'), 'g')

// "บอกเราทางไลน์ได้เลย", "พิมพ์อาการมาในแชทได้เลยครับ": a short request to write to us, often after a question,
// names no treatment or outcome; the model's reading of it is noise (it learned "ได้เลย" from promises).
const CONTACT_INVITATION = new RegExp(thaiCues.contactInvitation, 'u')

export function isThaiContactInvitation(sentence: string): boolean {
  return CONTACT_INVITATION.test(sentence.trim())
}

export function isThaiDistanced(sentence: string): boolean {
  return DISTANCING.test(sentence) && DISTANCING.test(sentence.replace(NEGATED_DISTANCING, ''))
}

// A phrase in quotation marks that the same sentence then denies ("... "มือวิเศษ" แต่การนวดไม่ใช่ปาฏิหาริย์",
// "... 'แค่นวดก็หาย' ข้อความนี้เป็นข่าวปลอม") reports someone else's words. Single quotes count too:
// Thai text seldom holds an apostrophe.
const QUOTED = /["'«»][^"'«»]{1,80}["'«»]/g
const QUOTE_MARK = /["'«»]/
const REBUTTAL = new RegExp(thaiCues.quoteRebuttals.join('|'), 'g')
// A rebuttal that is itself negated ("ไม่ใช่ข่าวปลอม", "ไม่ได้หลอกลวง") vouches for the words instead.
// Read before a match found, not as a leading lookbehind (which would run at every position).
const NEGATED_END = /(?:ไม่|ไม่ได้|ไม่ใช่)$/
const NEGATED_END_CHARS = 6
// What someone says or shares ("มีคนแชร์ว่า", "รีวิวที่เขียนว่า"), denied later in the sentence.
const REPORT_MARKER = new RegExp(thaiCues.reportMarkers.join('|'))

/** Where the first rebuttal at or after `from` starts, or -1. */
function rebuttalAt(text: string, from: number): number {
  REBUTTAL.lastIndex = from
  for (let found = REBUTTAL.exec(text); found; found = REBUTTAL.exec(text)) {
    if (!NEGATED_END.test(text.slice(Math.max(0, found.index - NEGATED_END_CHARS), found.index))) return found.index
  }
  return -1
}

function blank(sentence: string, start: number, end: number): string {
  return sentence.slice(0, start) + ' '.repeat(end - start) + sentence.slice(end)
}

/**
 * The sentence with the claims it reports and then denies blanked out (spaces, so offsets stay
 * valid), for the rules and the model alike: a quotation followed by a negator or a rebuttal
 * ("ข่าวปลอม", "ไม่ได้แปลว่า"), and the words after a report marker up to a later rebuttal.
 */
export function withoutDeniedReports(sentence: string): string {
  const hasQuote = QUOTE_MARK.test(sentence)
  // Most sentences neither quote nor report: the cheap tests spare them the rest.
  if (!hasQuote && !sentence.includes('ว่า')) return sentence
  let text = sentence
  QUOTED.lastIndex = hasQuote ? 0 : sentence.length
  for (let quote = QUOTED.exec(sentence); quote; quote = QUOTED.exec(sentence)) {
    const end = quote.index + quote[0].length
    if (NEGATOR.test(sentence.slice(end)) || rebuttalAt(sentence, end) !== -1) text = blank(text, quote.index, end)
  }
  // A rebuttal is rarer than a report marker ("บอกว่า" is everyday Thai): it is looked for first.
  const rebuttal = rebuttalAt(text, 0)
  if (rebuttal === -1) return text
  const report = REPORT_MARKER.exec(text.slice(0, rebuttal))
  if (report) {
    const from = report.index + report[0].length
    const end = rebuttalAt(text, from)
    if (end !== -1) text = blank(text, from, end)
  }
  return text
}

// A clause opened by "หรือ", "และ", ... continues the one before it: "ไม่ได้แนะนำให้หยุดยา หรือแทนการผ่าตัด"
// denies both. Its negator is read from the clause before, up to this many letters back.
const CONTINUER = new RegExp(`^(?:${thaiCues.clauseContinuers.join('|')})`)
const CONTINUED_CLAUSE_CHARS = 80
// "ไม่เหลืออาการปวด", "ไม่ปวด": the negator denies the symptom, which is the claim, not the claim
// after it ("ไม่เหลืออาการปวดแม้แต่นิดเดียว").
const SYMPTOM_NEGATION = new RegExp(thaiCues.symptomNegations.join('|'), 'g')

function clauseBefore(sentence: string, start: number): string {
  const window = sentence.slice(Math.max(0, start - CONTEXT_CHARS), start)
  const space = window.lastIndexOf(' ')
  if (space === -1) return window
  const clause = window.slice(space + 1)
  if (!CONTINUER.test(clause)) return clause
  const previousEnd = start - clause.length - 1
  const previous = sentence.slice(Math.max(0, previousEnd - CONTINUED_CLAUSE_CHARS), previousEnd).trimEnd()
  return `${previous.slice(previous.lastIndexOf(' ') + 1)} ${clause}`
}

// "ไม่มีเทคนิคใดที่…" ("there is no technique that …") negates its whole clause, however long: a match far
// past CONTEXT_CHARS is still under it. Not a comparison ("ไม่มีวิธีไหนที่ได้ผลเท่า…" is a superlative) nor a
// negated failure ("ไม่มีใครที่นวดแล้วไม่หาย" is a guarantee): `openingNegationBreakers`.
const OPENING_NEGATION = new RegExp(thaiCues.openingNegation)
const OPENING_NEGATION_BREAKER = new RegExp(thaiCues.openingNegationBreakers.join('|'))

function isUnderOpeningNegation(sentence: string, start: number): boolean {
  const opening = OPENING_NEGATION.exec(sentence)
  if (!opening || start < opening[0].length) return false
  const between = sentence.slice(opening[0].length, start)
  return !between.includes(' ') && !OPENING_NEGATION_BREAKER.test(sentence.slice(opening[0].length))
}

// "แพทย์หลายท่านยืนยันว่านวดไม่ได้ช่วย…": an authority or a study reported as denying the treatment vouches for no
// claim. Read after an evidence match, up to this many letters, not of a control group ("คนที่ไม่ได้นวด…").
const NEGATED_COMPLEMENT = new RegExp(thaiCues.negatedComplement)
const COMPLEMENT_CHARS = 40

// "ตรวจวินิจฉัยเพื่อหาสาเหตุที่แท้จริง": looking for the cause (advice to see a doctor) claims no fix of it.
const CAUSE_SEARCH = new RegExp(`(?:${thaiCues.causeSearches.join('|')})$`)
const CAUSE_SEARCH_CHARS = 12

// "นวดเพียงรอบเดียวยังไม่พอ", "แค่ครั้งเดียวอาจยังไม่เห็นผล": one visit said not to be enough promises nothing.
const INSUFFICIENT_VISIT = new RegExp(thaiCues.insufficientVisit)

// A negated verb of saying or advising ("เราไม่ได้บอกว่า…", "ไม่เคยแนะนำให้…") governs the claim it introduces
// however far it runs; a turn after it ("…แต่…") may make a claim of its own.
const NEGATED_SAYING = new RegExp(thaiCues.negatedSayings)

/** Whether a negated verb of saying introduces the sentence's claim, with no turn after it: the rules' reading stands. */
export function isThaiNegatedSaying(sentence: string): boolean {
  const saying = NEGATED_SAYING.exec(sentence)
  return saying !== null && !sentence.includes('แต่', saying.index)
}

// A symptom negation may end inside the match ("ไม่ต้องรู้จักคำว่า" + "ปวดเอวอีกแล้ว"): this many of
// its letters are read with the clause before it.
const SYMPTOM_CHARS = 6
const mask = (found: string) => '_'.repeat(found.length)

/** Whether a negator in the clause before a match governs it; `following` is the match's opening. */
function isNegated(before: string, following: string): boolean {
  if (!NEGATOR.test(before)) return false
  // Masked to the same length, so the clause before keeps its letters' places.
  const masked = `${before}${following}`.replace(QUANTITY_NOT, mask).replace(SYMPTOM_NEGATION, mask)
  return NEGATOR.test(masked.slice(0, before.length))
}

// "สมุนไพรแท้ 100%", "ลูกค้าพึงพอใจ 100%": the figure measures the product or the service, not an
// outcome; "ยอดนิยมอันดับ 1" ranks popularity, not a treatment. Neither promises anything.
const QUALIFIED_FIGURES = [
  { figure: /^(?:100\s?%|ร้อยเปอร์เซ็นต์)/, before: new RegExp(`(?:${thaiCues.productPercents.join('|')})\\s?$`) },
  { figure: /^(?:อันดับ|เบอร์)/, before: new RegExp(`(?:${thaiCues.popularityRanks.join('|')})\\s?$`) },
]
const QUALIFIER_CHARS = 12

function isQualifiedFigure(sentence: string, start: number, found: string): boolean {
  return QUALIFIED_FIGURES.some(
    ({ figure, before }) => figure.test(found) && before.test(sentence.slice(Math.max(0, start - QUALIFIER_CHARS), start)),
  )
}

// Thai sets a figure off with spaces ("ป้องกันได้ 100%"): a match opening with a digit right after a
// space belongs to the clause before that space, whose negator governs it.
const FIGURE_START = /^\d/

/**
 * Rule matches in one Thai sentence, at most one per rule. The caller blanks the claims the
 * sentence reports and denies first (withoutDeniedReports), as the model reads it too.
 */
export function matchThaiRules(
  sentence: string,
  { isQuestion, isReferenced }: { isQuestion: boolean; isReferenced: boolean },
): ThaiMatch[] {
  const matches: ThaiMatch[] = []
  scanThaiSentence(sentence)
  for (let ruleOrder = 0; ruleOrder < THAI_RULES.length; ruleOrder += 1) {
    if (!isRuleCandidate(ruleOrder)) continue
    const { rule } = THAI_RULES[ruleOrder]
    if (isQuestion && !rule.isQuestionForm) continue
    if (rule.requiresNoReference && isReferenced) continue
    for (
      let match = nextThaiMatch(ruleOrder, sentence, 0);
      match;
      match = nextThaiMatch(ruleOrder, sentence, match.index + match[0].length)
    ) {
      if (isNegated(clauseBefore(sentence, match.index), sentence.slice(match.index, match.index + SYMPTOM_CHARS))) continue
      if (isUnderOpeningNegation(sentence, match.index)) continue
      if (FIGURE_START.test(match[0]) && sentence[match.index - 1] === ' ' && isNegated(clauseBefore(sentence, match.index - 1), '')) continue
      if (rule.isHedgeSensitive && HEDGE.test(sentence.slice(0, match.index))) continue
      if (isQualifiedFigure(sentence, match.index, match[0])) continue
      const end = match.index + match[0].length
      if (rule.category === 'unreferenced-evidence' && NEGATED_COMPLEMENT.test(sentence.slice(end, end + COMPLEMENT_CHARS))) continue
      if (rule.category === 'root-cause' && CAUSE_SEARCH.test(sentence.slice(Math.max(0, match.index - CAUSE_SEARCH_CHARS), match.index))) continue
      if (rule.category === 'one-visit' && INSUFFICIENT_VISIT.test(sentence.slice(end, end + COMPLEMENT_CHARS))) continue
      matches.push({ rule, start: match.index, end })
      break
    }
  }
  return matches
}

// "เคยเห็นใครนวดแล้วไม่ดีขึ้นไหมคะ?" "ไม่มีค่ะ": a question ending on a treatment failure, answered by
// its writer that it never happens, is a guarantee, though neither sentence is one alone.
const FAILURE_QUESTION = new RegExp(`(?:${thaiCues.failureQuestions.join('|')})${thaiCues.questionTail}\\s*\\?*\\s*$`)
const NEVER_HAPPENS = new RegExp(`^(?:${thaiCues.neverHappensAnswers.join('|')})`)

/** Whether a Thai answer says the failure its question names does not happen. */
export function isThaiFailureDenied(question: string, answer: string): boolean {
  // The answer's test first: it is anchored and seldom passes.
  return NEVER_HAPPENS.test(answer.trim()) && FAILURE_QUESTION.test(question.trim()) && isThaiQuestion(question)
}
