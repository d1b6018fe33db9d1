/*
 * A Thai sentence's token infos are read per segmented run (kept with the run's cached words)
 * instead of one string-keyed lookup per word: the tokens must be tokenize's and each info the one
 * features.ts computes for that token, on every Thai corpus sentence and on random Thai text.
 */
import { describe, expect, it } from 'vitest'
import { seededRandom as random } from './seededRandom'
import { loadCorpus } from '../../../src/medical/claims/corpus/corpus'
import { stripCitations } from '../../../src/medical/claims/citations'
import { freshThaiTokenInfo, thaiTokensAndInfos, tokenize } from '../../../src/medical/claims/model/features'

function expectSame(sentence: string): void {
  const { tokens, infos } = thaiTokensAndInfos(sentence)
  const expected = [...tokenize(stripCitations(sentence))]
  expect([...tokens], sentence).toEqual(expected)
  expect(infos.map((info) => ({ ...info })), sentence).toEqual(expected.map((token) => ({ ...freshThaiTokenInfo(token) })))
}

describe('Thai token infos', () => {
  it('should give tokenize tokens and fresh infos on every Thai corpus sentence, twice (cached the second time)', () => {
    const thai = loadCorpus().filter((entry) => entry.lang === 'th').map((entry) => entry.text)
    expect(thai.length).toBeGreaterThan(100)
    for (const round of [1, 2]) for (const sentence of thai) expectSame(round === 1 ? sentence : `${sentence} [2] Massage? ${sentence}`)
  }, 60_000)

  it('should give them on random mixes of Thai words, Latin words, digits, question marks and citations', () => {
    const next = random(3)
    const pieces = ['การนวด', 'ช่วย', 'ให้', 'หาย', 'ขาด', 'ไม่', 'ได้', ' ', ' ', 'Cure', "don't", '42', '?', '(Lee, 2019)', '[3]', 'ครับ', 'ๆ', '.']
    for (let round = 0; round < 2_000; round += 1) {
      expectSame(Array.from({ length: Math.floor(next() * 14) }, () => pieces[Math.floor(next() * pieces.length)]).join(''))
    }
  })
})
