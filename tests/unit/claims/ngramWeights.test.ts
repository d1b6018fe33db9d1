/*
 * weightedFeatureSum keeps, per segmented Thai run, the weights of the character n-grams within
 * the run and adds them when the run comes back. The sum must stay bit for bit the sum of the
 * weights of collectFeatures' indices in their order, with the same count, the first time a run
 * is read and after, and for another weights array.
 */
import { describe, expect, it } from 'vitest'
import { seededRandom as random } from './seededRandom'
import { loadCorpus } from '../../../src/medical/claims/corpus/corpus'
import { collectFeatures, FEATURE_BITS, summedFeatureCount, weightedFeatureSum } from '../../../src/medical/claims/model/features'

function randomWeights(seed: number): { weights: Float32Array; hasWeight: Uint32Array } {
  const next = random(seed)
  const weights = new Float32Array(1 << FEATURE_BITS)
  const hasWeight = new Uint32Array((1 << FEATURE_BITS) >>> 5)
  // About one feature in four weighs something, as in the trained model's n-grams.
  for (let index = 0; index < weights.length; index += 1) {
    if (next() < 0.25) {
      weights[index] = (next() - 0.5) * 3
      hasWeight[index >>> 5] |= 1 << (index & 31)
    }
  }
  return { weights, hasWeight }
}

function expectSameSum(sentence: string, { weights, hasWeight }: { weights: Float32Array; hasWeight: Uint32Array }): void {
  const features = Array.from(collectFeatures(sentence))
  let expected = 0
  for (const index of features) if (weights[index] !== 0) expected += weights[index]
  const sum = weightedFeatureSum(sentence, weights, hasWeight)
  expect(Object.is(sum, expected), sentence).toBe(true)
  expect(summedFeatureCount, sentence).toBe(features.length)
}

describe('weighted feature sum with kept run n-grams', () => {
  it('should add what collectFeatures gives on every Thai corpus sentence, first read and repeated, for two weight arrays', () => {
    const thai = loadCorpus().filter((entry) => entry.lang === 'th').map((entry) => entry.text)
    expect(thai.length).toBeGreaterThan(100)
    const first = randomWeights(1)
    const second = randomWeights(2)
    for (const weights of [first, second, first]) {
      for (const sentence of thai) {
        expectSameSum(sentence, weights)
        expectSameSum(`${sentence} Massage? ${sentence} [2] ${sentence.slice(0, 7)}`, weights)
      }
    }
  }, 60_000)

  it('should add it on random mixes of Thai words, Latin words, digits, question marks and citations', () => {
    const next = random(5)
    const weights = randomWeights(3)
    const pieces = ['การนวด', 'ช่วย', 'ให้', 'หาย', 'ขาด', 'ไม่', 'ได้', 'ๆ', ' ', ' ', 'Cure', "don't", '42', '?', '[3]', 'ครับ', '.', 'ก']
    for (let round = 0; round < 3_000; round += 1) {
      expectSameSum(Array.from({ length: Math.floor(next() * 16) }, () => pieces[Math.floor(next() * pieces.length)]).join(''), weights)
    }
  })
})
