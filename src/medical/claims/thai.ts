/*
 * Thai rules (thaiRules.json). Thai writes no spaces between words and puts a space between
 * clauses, so the context checks look at the clause (the text since the last space) rather than
 * at a count of words; negation, hedges and questions use their Thai markers.
 */
import { buildPhraseScanner, markListsFound } from './model/phraseScanner'
import { requiredLiterals } from './requiredLiterals'
import type { ClaimCategory, ClaimSeverity } from './types'
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

// A rule runs only on sentences holding one of the literals its patterns cannot match without
// (requiredLiterals.ts), found for all rules by one pass; a rule none could be read from always runs.
const RULE_LITERALS = THAI_RULES.map(({ matcher }) => requiredLiterals(matcher.source, { isCaseSensitive: true }))
const LITERAL_SCANNER = buildPhraseScanner(RULE_LITERALS.map((literals) => literals ?? []))
const HAS_LITERAL = new Uint8Array(THAI_RULES.length)

export const thaiRules = THAI_RULES.map(({ rule }) => rule)

const NEGATOR = /(?:ไม่|มิได้|อย่า|ไม่ใช่|ไม่มี|ไม่ได้|ไม่สามารถ|ไม่เคย|ไร้)/
const HEDGE = /(?:อาจ|บางคน|บางราย|บางการศึกษา|บางชิ้น|มัก|ในบางกรณี|แตกต่างกัน)/
const QUESTION = /(?:ไหม|มั้ย|หรือไม่|หรือเปล่า|จริงหรือ|หรือ|\?)\s*$|แบบไหน|อย่างไร|^จริงหรือ(?:ที่|ไม่)/
const DISTANCING =
  /(?:ระวัง|อ้างว่า|โฆษณาว่า|ความเชื่อ|อย่าเชื่อ|สัญญาณ(?:อันตราย|เตือน)|เกินจริง|หลีกเลี่ยงคำ|ข้อความที่ว่า|คำโฆษณา|คำว่า|ไม่เป็นความจริง|หลักฐาน[^ ]*(?:ยังขาด|ยังไม่|ไม่เพียงพอ|ยังอ่อน)|ยังไม่ชัดเจน|การศึกษาเพิ่มเติม|ทำให้เข้าใจผิด|ความเข้าใจผิด|ตั้งข้อสงสัย)/
// How far back a negator or hedge still governs a match, within the clause.
const CONTEXT_CHARS = 40

export function isThaiQuestion(sentence: string): boolean {
  // "ไม่ว่า ... แบบไหน" is "whatever kind of ...", not a question: the no-matter clause is left out.
  return QUESTION.test(sentence.trim().replace(/ไม่ว่า[^ ]*/g, ''))
}

export function isThaiDistanced(sentence: string): boolean {
  return DISTANCING.test(sentence)
}

// A phrase in quotation marks that the same sentence then denies ("... "มือวิเศษ" แต่การนวดไม่ใช่ปาฏิหาริย์")
// reports someone else's words.
const QUOTED = /["“”«»][^"“”«»]{1,80}["“”«»]/g

function isDeniedQuote(sentence: string, index: number): boolean {
  QUOTED.lastIndex = 0
  for (let quote = QUOTED.exec(sentence); quote; quote = QUOTED.exec(sentence)) {
    if (index >= quote.index && index < quote.index + quote[0].length) {
      return NEGATOR.test(sentence.slice(quote.index + quote[0].length))
    }
  }
  return false
}

function clauseBefore(sentence: string, start: number): string {
  const window = sentence.slice(Math.max(0, start - CONTEXT_CHARS), start)
  const space = window.lastIndexOf(' ')
  return space === -1 ? window : window.slice(space + 1)
}

/** Rule matches in one Thai sentence, at most one per rule. */
export function matchThaiRules(
  sentence: string,
  { isQuestion, isReferenced }: { isQuestion: boolean; isReferenced: boolean },
): ThaiMatch[] {
  const matches: ThaiMatch[] = []
  markListsFound(LITERAL_SCANNER, sentence, HAS_LITERAL.fill(0), 1)
  for (let ruleOrder = 0; ruleOrder < THAI_RULES.length; ruleOrder += 1) {
    if (RULE_LITERALS[ruleOrder] && !HAS_LITERAL[ruleOrder]) continue
    const { rule, matcher } = THAI_RULES[ruleOrder]
    if (isQuestion && !rule.isQuestionForm) continue
    if (rule.requiresNoReference && isReferenced) continue
    matcher.lastIndex = 0
    for (let match = matcher.exec(sentence); match; match = matcher.exec(sentence)) {
      const before = clauseBefore(sentence, match.index)
      // "ไม่ว่า" is "no matter", not a negation.
      if (NEGATOR.test(before.replace(/ไม่ว่า/g, ''))) continue
      if (rule.isHedgeSensitive && HEDGE.test(sentence.slice(0, match.index))) continue
      if (isDeniedQuote(sentence, match.index)) continue
      matches.push({ rule, start: match.index, end: match.index + match[0].length })
      break
    }
  }
  return matches
}
