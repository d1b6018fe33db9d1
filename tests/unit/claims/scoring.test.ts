/*
 * The speed work scores a sentence without reading the weights of features that weigh nothing
 * (model/scoreSentence.ts): the probability must stay bit for bit the plain sum over all features.
 */
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../../src/medical/claims/corpus/corpus'
import { featureIndices } from '../../../src/medical/claims/model/features'
import { riskProbability } from '../../../src/medical/claims/model/scoreSentence'
import type { ModelFile } from '../../../src/medical/claims/model/types'
import modelData from '../../../src/medical/claims/model/weights.json'

const model = modelData as unknown as ModelFile
const weights = new Float32Array(1 << model.featureBits)
for (const [index, weight] of model.risk.weights) weights[index] = weight

function plainProbability(sentence: string): number {
  const indices = featureIndices(sentence)
  let sum = 0
  for (const index of indices) sum += weights[index]
  const score = model.risk.bias + (indices.length ? sum / Math.sqrt(indices.length) : 0)
  return 1 / (1 + Math.exp(-score))
}

describe('claims model scoring', () => {
  it('should give bit for bit the plain weighted sum on every corpus sentence, in English and Thai', () => {
    const sentences = loadCorpus().map((entry) => entry.text)
    const joined = sentences.filter((_, index) => index % 50 === 0).join(' ')
    const differing = [...sentences, joined, joined.toUpperCase(), '', '?', 'ไม่'].filter(
      (sentence) => !Object.is(riskProbability(sentence), plainProbability(sentence)),
    )
    expect(differing).toEqual([])
    expect(sentences.length).toBeGreaterThan(600)
  })
})
