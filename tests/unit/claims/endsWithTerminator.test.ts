/*
 * The model's sentence gate reads whether a sentence ends as one by code, backwards from its end:
 * it must answer what the expression it replaced answers, on every corpus and same-findings text
 * and on random mixes of terminators, closers, white space and letters.
 */
import { describe, expect, it } from 'vitest'
import { seededRandom as random } from './seededRandom'
import { loadCorpus } from '../../../src/medical/claims/corpus/corpus'
import { endsWithTerminator, normalizeText } from '../../../src/medical/claims/sentences'
import { findingsCases } from './sameFindingsCases'

const SENTENCE_END = /[.!?\u2026]["')\]]*\s*$/

describe('ends with a terminator', () => {
  it('should answer as the sentence-end expression on corpus and same-findings texts', () => {
    const texts = [...new Set([...loadCorpus().map((entry) => entry.text), ...findingsCases().map(({ text }) => normalizeText(text))])]
    let ending = 0
    for (const text of texts) {
      expect(endsWithTerminator(text), text).toBe(SENTENCE_END.test(text))
      if (SENTENCE_END.test(text)) ending += 1
    }
    expect(ending).toBeGreaterThan(100)
    expect(ending).toBeLessThan(texts.length)
  })

  it('should answer as it on random mixes of terminators, closers, white space and letters', () => {
    const next = random(21)
    const pieces = ['.', '!', '?', '\u2026', '"', "'", ')', ']', '(', ' ', '\n', '\u00a0', '\u2003', '\t', 'a', 'Z', '1', ',', ';', '\u201d']
    for (let round = 0; round < 20_000; round += 1) {
      const text = Array.from({ length: Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join('')
      expect(endsWithTerminator(text), JSON.stringify(text)).toBe(SENTENCE_END.test(text))
    }
  })
})
