// Maps free-text technique names onto the canonical Technique documents the CMS seeds.
import { TECHNIQUE_SYNONYMS } from './cues'
import { normaliseForMatch, phraseRegExp } from './text'

const MATCHERS = Object.entries(TECHNIQUE_SYNONYMS).map(([canonical, synonyms]) => ({
  canonical,
  patterns: [canonical, ...synonyms].map((phrase) => phraseRegExp(phrase, false, true)),
}))

const firstMention = (text: string, patterns: readonly RegExp[]): number =>
  patterns.reduce((first, pattern) => {
    const index = pattern.exec(text)?.index ?? -1
    return index >= 0 && (first < 0 || index < first) ? index : first
  }, -1)

/** Canonical technique names found in `text`, ordered by first mention. */
export function findTechniqueMentions(text: string): string[] {
  const cueText = normaliseForMatch(text)
  return MATCHERS.map(({ canonical, patterns }) => ({ canonical, index: firstMention(cueText, patterns) }))
    .filter(({ index }) => index >= 0)
    .sort((a, b) => a.index - b.index)
    .map(({ canonical }) => canonical)
}
