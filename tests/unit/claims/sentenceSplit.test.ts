/*
 * The splitter tests characters by code (white space from a table read from /\s/) instead of
 * cutting strings and trimming them: it must give exactly the spans the string-based splitter
 * gave (referenceSplitter.ts), on every text of the same-findings cases and on texts made of
 * every kind of white space, terminator, closer and abbreviation.
 */
import { describe, expect, it } from 'vitest'
import { normalizeText, splitSentences } from '../../../src/medical/claims/sentences'
import { referenceSplitSentences } from './referenceSplitter'
import { findingsCases } from './sameFindingsCases'

// Every code unit /\s/ matches, and a few it does not (zero-width space, U+180E, NEL).
const SPACES = [...Array(0x10000).keys()].map((code) => String.fromCharCode(code)).filter((character) => /\s/.test(character))
const PIECES = [
  ...SPACES,
  '\u200B',
  '\u180E',
  '\u0085',
  '.',
  '!',
  '?',
  '\u2026',
  '"',
  "'",
  ')',
  ']',
  '\n',
  'Dr.',
  'e.g.',
  'J.',
  'word',
  'Massage',
  'cures',
  'a',
  ':',
  '- ',
  '1. ',
  '\u2022 ',
  'may help',
]

function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

describe('sentence splitting by character code', () => {
  it('should treat as white space exactly what /\\s/ and trim treat as white space', () => {
    expect(SPACES.length).toBeGreaterThan(20)
    for (const space of SPACES) expect(`${space}a${space}`.trim()).toBe('a')
    for (const text of SPACES.map((space) => `One.${space}Two.${space}`)) {
      expect(splitSentences(text)).toEqual(referenceSplitSentences(text))
    }
  })

  it('should give the same spans as the string-based splitter on every same-findings text', () => {
    const texts = [...new Set(findingsCases().map(({ text }) => normalizeText(text)))]
    expect(texts.length).toBeGreaterThan(1000)
    for (const text of texts) expect(splitSentences(text)).toEqual(referenceSplitSentences(text))
  }, 120_000)

  it('should give the same spans as the string-based splitter on random mixes of spaces, terminators, closers and abbreviations', () => {
    const next = random(13)
    for (let round = 0; round < 3000; round += 1) {
      const count = 1 + Math.floor(next() * 30)
      let text = ''
      for (let piece = 0; piece < count; piece += 1) text += PIECES[Math.floor(next() * PIECES.length)]
      expect(splitSentences(text), JSON.stringify(text)).toEqual(referenceSplitSentences(text))
    }
  })
})
