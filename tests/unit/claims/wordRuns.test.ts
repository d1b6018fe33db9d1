/*
 * Negation and the list test read a clause's words by character code (wordRuns.ts) instead of
 * cutting every token out with /[A-Za-z0-9']+|,/g: the word count and the last tokens must be the
 * expression's, on every corpus and same-findings text and on random mixes of word and other code units.
 */
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../../src/medical/claims/corpus/corpus'
import { normalizeText } from '../../../src/medical/claims/sentences'
import { countWords, lastTokens } from '../../../src/medical/claims/wordRuns'
import { seededRandom as random } from './seededRandom'
import { findingsCases } from './sameFindingsCases'

const tokensOf = (text: string) => text.match(/[A-Za-z0-9']+|,/g) ?? []

/** As the regex reads it: the tokens from the count-th word from the end (all when fewer). */
function plainLastTokens(text: string, count: number): string[] {
  const tokens = tokensOf(text)
  let words = 0
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    if (tokens[index] !== ',') words += 1
    if (words === count) return tokens.slice(index)
  }
  return tokens
}

function differences(text: string): string[] {
  const differing: string[] = []
  if (countWords(text) !== tokensOf(text).filter((token) => token !== ',').length) differing.push(`count: ${text}`)
  for (const count of [1, 2, 5]) {
    if (lastTokens(text, count).join('|') !== plainLastTokens(text, count).join('|')) differing.push(`last ${count}: ${text}`)
  }
  return differing
}

describe('words by character code', () => {
  it('should count and cut as the expression does on every corpus and same-findings text, and on their clauses', () => {
    const texts = [...new Set([...loadCorpus().map((entry) => entry.text), ...findingsCases().map(({ text }) => normalizeText(text))])]
    const differing: string[] = []
    for (const text of texts) {
      differing.push(...differences(text))
      // Windows ending inside words and at commas, as clauseBefore cuts them.
      for (let end = 7; end < Math.min(text.length, 400); end += 23) differing.push(...differences(text.slice(Math.max(0, end - 60), end)))
    }
    expect(differing).toEqual([])
  }, 120_000)

  it('should count and cut as the expression does on random texts', () => {
    const next = random(23)
    const pieces = ['a', 'B', '7', "'", "n't", ',', ', ', ' ', '-', '.', 'é', 'ก', '\u2019', 'not', 'Cure']
    for (let round = 0; round < 5_000; round += 1) {
      const text = Array.from({ length: Math.floor(next() * 20) }, () => pieces[Math.floor(next() * pieces.length)]).join('')
      expect(differences(text)).toEqual([])
    }
  })
})
