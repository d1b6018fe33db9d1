/*
 * A claim the text reports rather than makes: "Some websites say massage cures sciatica; the
 * evidence does not support that." A report frame (who says it) followed by a denial, in the same
 * sentence or at the start of the next, distances the claim. A report the text endorses ("People
 * call her a miracle worker, and honestly, she is.") stays a claim. Cue words are data
 * (discourseCues.json).
 */
import { cuePattern } from './cuePattern'
import { alternativeLiteralLists } from './requiredLiterals'
import cues from './discourseCues.json'

const SUBJECTS = cuePattern(cues.reportSubjects).source
const VERBS = cuePattern(cues.reportVerbs).source
// "Some websites say", "online reviews often call", "friends may tell you", or a set frame
// ("you may read that", "according to some", "the idea that").
const REPORT_FRAME = new RegExp(
  `${SUBJECTS}\\s+(?:(?:often|sometimes|still|even|may|might|will|can|all|now|like\\s+to)\\s+){0,2}${VERBS}|${cuePattern(cues.reportFrames).source}`,
  'i',
)
const DENIAL = cuePattern(cues.denials)
const DENIAL_OPENER = new RegExp(`^["'(]*${cuePattern(cues.denialOpeners).source}`, 'i')
// An endorsement, unless it is itself negated ("and they are right" but not "and it is not").
const ENDORSEMENT = new RegExp(`${cuePattern(cues.endorsements).source}(?!\\s+(?:not|never|no)\\b|n't)`, 'i')

/** Where the report frame ends in the sentence, or -1 when it has none. */
export function reportFrameEnd(sentence: string): number {
  const match = REPORT_FRAME.exec(sentence)
  return match ? match.index + match[0].length : -1
}

export function isEndorsed(sentence: string): boolean {
  return ENDORSEMENT.test(sentence)
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
