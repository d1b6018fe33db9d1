import { describe, expect, it } from 'vitest'

import rules from '../../../src/medical/claims/rules.json'
import { phraseStartWords } from '../../../src/medical/claims/ruleStarts'
import vocabulary from '../../../src/medical/claims/vocabulary.json'
import type { Vocabulary } from '../../../src/medical/claims/types'

/*
 * A pattern that opens with a positive lookbehind makes V8 run the lookbehind at every position of
 * every sentence the rule's gate lets through: one such guarantee pattern (a health word up to 80
 * characters before "or it's free") made 400k characters of English take 0.5 s instead of 0.06 s.
 * Anchor on the literal first and look behind from there ("\bor(?<=… or)").
 */
describe('rule pattern shapes', () => {
  it('should start no pattern, exception or context pattern with a positive lookbehind', () => {
    const opening = rules.flatMap((rule) =>
      (['patterns', 'exceptions', 'contextPatterns'] as const).flatMap((key) =>
        ((rule as Record<string, unknown>)[key] as string[] | undefined ?? [])
          .filter((source) => source.startsWith('(?<='))
          .map((source) => `${rule.id} ${key}: ${source.slice(0, 60)}`),
      ),
    )
    expect(opening).toEqual([])
  })

  // A lookahead at the start runs at every position too: a superlative pattern that opened with
  // "(?=[^.;?!]*\b(?:pain|…)\b)" scanned to the sentence end from each one, and the rule's joined
  // patterns took minutes on a 60,000-character text (requiredLiterals.test.ts timed out).
  it('should start no pattern, exception or context pattern with a lookahead', () => {
    const opening = rules.flatMap((rule) =>
      (['patterns', 'exceptions', 'contextPatterns'] as const).flatMap((key) =>
        ((rule as Record<string, unknown>)[key] as string[] | undefined ?? [])
          .filter((source) => source.startsWith('(?=') || source.startsWith('(?!'))
          .map((source) => `${rule.id} ${key}: ${source.slice(0, 60)}`),
      ),
    )
    expect(opening).toEqual([])
  })

  // A phrase whose first alternatives do not all start with a letter or digit ("#1") has no start
  // words, so its whole rule loses the start-word index and runs on every sentence: one such
  // superlative phrase made every sentence about 1 µs slower (400k English +20%).
  it('should give every phrase start words, so each phrase rule runs only where it can match', () => {
    const unindexed = rules.flatMap((rule) =>
      ((rule as { phrases?: string[] }).phrases ?? [])
        .filter((phrase) => phraseStartWords(phrase, vocabulary as Vocabulary) === undefined)
        .map((phrase) => `${rule.id}: ${phrase.slice(0, 60)}`),
    )
    expect(unindexed).toEqual([])
  })
})
