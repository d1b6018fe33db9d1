import { compileRules, validateRules } from './compile'
import { hasCitation, isDistanced, isHedged, isNegated, isQuestion } from './context'
import rulesData from './rules.json'
import { SentenceCues } from './sentenceCues'
import { normalizeText, splitSentences } from './sentences'
import type { CheckClaimsOptions, ClaimFinding, CompiledRule, SentenceSpan } from './types'
import vocabularyData from './vocabulary.json'

// Compiled once at module load: the checker runs on every CMS save.
const COMPILED_RULES: readonly CompiledRule[] = compileRules(validateRules(rulesData), vocabularyData)

// V8 compiles a RegExp lazily on its first exec (~70 ms for these rules); paying that at
// load time keeps the first save after a deploy inside the latency budget.
for (const { matcher } of COMPILED_RULES) {
  matcher.exec('warm up')
  matcher.lastIndex = 0
}

export const claimRules = COMPILED_RULES.map(({ rule }) => rule)

const SEVERITY_RANK = { block: 2, warn: 1 } as const

interface RankedFinding {
  finding: ClaimFinding
  category: string
  ruleOrder: number
}

function firstClaimInSentence(
  compiled: CompiledRule,
  cues: SentenceCues,
  sentenceSpan: SentenceSpan,
  text: string,
): ClaimFinding | undefined {
  const { rule, matcher } = compiled
  const sentence = cues.text
  matcher.lastIndex = 0
  for (let match = matcher.exec(sentence); match; match = matcher.exec(sentence)) {
    const start = match.index
    const end = start + match[0].length
    if (isNegated(cues, start, end)) continue
    const isUnderHedgedLeadIn = sentenceSpan.start + start < sentenceSpan.leadInHedgeEnd
    if (rule.isHedgeSensitive && (isUnderHedgedLeadIn || isHedged(cues, start, end))) continue
    const absoluteStart = sentenceSpan.start + start
    const absoluteEnd = sentenceSpan.start + end
    return {
      ruleId: rule.id,
      severity: rule.severity,
      message: rule.message,
      excerpt: text.slice(absoluteStart, absoluteEnd),
      start: absoluteStart,
      end: absoluteEnd,
      suggestion: rule.suggestion,
    }
  }
  return undefined
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

/**
 * Finds risky health claims in plain text. At most one finding per rule per sentence;
 * each finding's excerpt is exactly text.slice(start, end).
 */
export function checkClaims(text: string, options: CheckClaimsOptions = {}): ClaimFinding[] {
  if (!text) return []
  const normalized = normalizeText(text)
  const kept: RankedFinding[] = []
  for (const span of splitSentences(normalized)) {
    const sentence = normalized.slice(span.start, span.end)
    if (isQuestion(sentence) || isDistanced(sentence)) continue
    const isReferenced = options.hasReferences === true || hasCitation(sentence)
    const cues = new SentenceCues(sentence)
    const ranked: RankedFinding[] = []
    COMPILED_RULES.forEach((compiled, ruleOrder) => {
      const { rule } = compiled
      if (rule.requiresNoReference && isReferenced) return
      if (
        compiled.contextPatterns.length &&
        !compiled.contextPatterns.some((pattern) => pattern.test(sentence))
      )
        return
      if (compiled.exceptions.some((pattern) => pattern.test(sentence))) return
      const finding = firstClaimInSentence(compiled, cues, span, text)
      if (finding) ranked.push({ finding, category: rule.category, ruleOrder })
    })
    kept.push(...dropOverlapsWithinCategory(ranked))
  }
  return kept
    .map(({ finding }) => finding)
    .sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
}
