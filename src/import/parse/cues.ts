// Typed access to the cue data files. Heuristics live in code; the vocabulary they
// look for lives in JSON so editors can extend it without touching the logic.
import boilerplateCues from './boilerplateCues.json'
import disclaimerCues from './disclaimerCues.json'
import sectionCues from './sectionCues.json'
import strayLineCues from './strayLineCues.json'
import techniqueSynonyms from './techniqueSynonyms.json'
import { countWords, hasPhrase, normaliseForMatch, startsWithPhrase, stripTrailingPunctuation } from './text'

export interface DisclaimerCue {
  phrase: string
  weight: number
  isSentenceStart?: boolean
}

export const BOILERPLATE = boilerplateCues
export const DISCLAIMERS: {
  threshold: { minScore: number; minNoticeShare: number }
  headingBonus: number
  headings: string[]
  cues: DisclaimerCue[]
} = disclaimerCues
export const SECTIONS = sectionCues
export const STRAY_LINES = strayLineCues
export const TECHNIQUE_SYNONYMS: Record<string, string[]> = techniqueSynonyms

const strayPatterns = STRAY_LINES.patterns.map((pattern) => new RegExp(pattern, 'iu'))

/** Normalised text without trailing punctuation, the form all whole-line cues compare against. */
export const toCueText = (text: string): string => stripTrailingPunctuation(normaliseForMatch(text))

export const startsWithAny = (cueText: string, phrases: readonly string[]): string | undefined =>
  phrases.find((phrase) => startsWithPhrase(cueText, phrase))

export const isFaqHeading = (text: string): boolean => {
  const cueText = toCueText(text)
  return countWords(cueText) <= 8 && SECTIONS.faqHeadings.some((phrase) => hasPhrase(cueText, phrase))
}

export const isStrayCue = (text: string): boolean => {
  const cueText = normaliseForMatch(text)
  if (countWords(cueText) > STRAY_LINES.maxWords) return false
  return (
    startsWithAny(cueText, STRAY_LINES.prefixes) !== undefined ||
    strayPatterns.some((pattern) => pattern.test(cueText))
  )
}
