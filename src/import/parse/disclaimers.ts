// Medical/legal notices ("for informational purposes only", "not a substitute
// for professional advice") are stored once as Disclaimer documents, not as body copy.
//
// Scoring rule: every cue phrase found adds its weight; a paragraph is a notice when
//   score >= threshold.minScore (3) AND at least threshold.minNoticeShare (50%) of its
//   sentences contain a cue.
// Why 3: one strong legal phrase ("informational purposes only", weight 3) is enough,
// but a lone "consult a healthcare professional" (weight 1) — or two such mentions — is
// ordinary clinical advice inside a section and must stay in the body.
// Why 50%: real notices are made of notice sentences; a long content paragraph that
// contains one hedge sentence is still content.
import { DISCLAIMERS, type DisclaimerCue, startsWithAny, toCueText } from './cues'
import type { Block } from './markdownBlocks'
import { countWords, normaliseForMatch, phraseRegExp, splitSentences, startsWithPhrase } from './text'

export interface DisclaimerResult {
  blocks: Block[]
  disclaimers: string[]
}

const LEAD_IN_WORDS = /^(?:please|always|important|note|notice)[:,]?\s+/
const HEADING_MAX_WORDS = 4

const hasCue = (sentence: string, cue: DisclaimerCue): boolean => {
  if (!cue.isSentenceStart) return phraseRegExp(cue.phrase).test(sentence)
  return startsWithPhrase(sentence, cue.phrase) || startsWithPhrase(sentence.replace(LEAD_IN_WORDS, ''), cue.phrase)
}

const scoreSentence = (sentence: string): number => {
  const cueText = normaliseForMatch(sentence)
  return DISCLAIMERS.cues.reduce((sum, cue) => (hasCue(cueText, cue) ? sum + cue.weight : sum), 0)
}

export const scoreNotice = (text: string): { score: number; noticeShare: number } => {
  const scores = splitSentences(text).map(scoreSentence)
  if (scores.length === 0) return { score: 0, noticeShare: 0 }
  const score = scores.reduce((sum, value) => sum + value, 0)
  return { score, noticeShare: scores.filter((value) => value > 0).length / scores.length }
}

export const isNotice = (text: string, isUnderNoticeHeading = false): boolean => {
  const { score, noticeShare } = scoreNotice(text)
  const { minScore, minNoticeShare } = DISCLAIMERS.threshold
  if (isUnderNoticeHeading) return score + DISCLAIMERS.headingBonus >= minScore
  return score >= minScore && noticeShare >= minNoticeShare
}

/** "## Disclaimer" or a bare "**Medical disclaimer**" line announcing the notice below it. */
const isNoticeHeading = (block: Block): boolean => {
  if (block.kind !== 'heading' && block.kind !== 'paragraph') return false
  const cueText = toCueText(block.text)
  return countWords(cueText) <= HEADING_MAX_WORDS && startsWithAny(cueText, DISCLAIMERS.headings) !== undefined
}

const noticeMarkdown = (block: Block): string =>
  block.kind === 'quote' ? block.raw.replace(/^ {0,3}> ?/gm, '') : block.raw

export function extractDisclaimers(blocks: readonly Block[]): DisclaimerResult {
  const kept: Block[] = []
  const disclaimers: string[] = []
  // Level of the notice heading we are under; 7 marks a pseudo-heading paragraph that covers one block.
  let noticeLevel = 0
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level <= noticeLevel) noticeLevel = 0
    if (isNoticeHeading(block)) {
      noticeLevel = block.kind === 'heading' ? block.level : 7
      continue
    }
    const isProse = block.kind === 'paragraph' || block.kind === 'quote'
    if (isProse && isNotice(block.text, noticeLevel > 0)) {
      disclaimers.push(noticeMarkdown(block))
      if (noticeLevel === 7) noticeLevel = 0
      continue
    }
    if (noticeLevel === 7) noticeLevel = 0
    kept.push(block)
  }
  return { blocks: kept, disclaimers }
}
