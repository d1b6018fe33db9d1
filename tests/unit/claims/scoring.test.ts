/*
 * The speed work scores a sentence without reading the weights of features that weigh nothing
 * (model/scoreSentence.ts): the probability must stay bit for bit the plain sum over all features.
 */
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../../src/medical/claims/corpus/corpus'
import { featureIndices, wordFeatureIndices } from '../../../src/medical/claims/model/features'
import { likelyKind, riskProbability } from '../../../src/medical/claims/model/scoreSentence'
import type { ModelFile } from '../../../src/medical/claims/model/types'
import modelData from '../../../src/medical/claims/model/weights.json'

const model = modelData as unknown as ModelFile
const weights = { en: new Float32Array(1 << model.featureBits), th: new Float32Array(1 << model.featureBits) }
for (const language of ['en', 'th'] as const) for (const [index, weight] of model.risk.weights[language]) weights[language][index] = weight

function plainProbability(sentence: string, language: 'en' | 'th'): number {
  const indices = featureIndices(sentence)
  let sum = 0
  for (const index of indices) sum += weights[language][index]
  const score = model.risk.bias[language] + (indices.length ? sum / Math.sqrt(indices.length) : 0)
  return 1 / (1 + Math.exp(-score))
}

// The kind classifier as it was written before the speed work: a map of terms per feature.
const kindTerms = new Map<number, number[]>()
for (const [index, perClass] of model.kind.counts) {
  const counts = model.kind.classes.map(() => 0)
  for (const [classIndex, count] of perClass) counts[classIndex] = count
  kindTerms.set(
    index,
    counts.map(
      (count, classIndex) =>
        Math.log(count + model.kind.alpha) - Math.log(model.kind.totals[classIndex] + model.kind.alpha * model.kind.vocabularySize),
    ),
  )
}

function plainKind(sentence: string): string {
  const scores = model.kind.classes.map(() => 0)
  for (const index of wordFeatureIndices(sentence)) {
    const terms = kindTerms.get(index)
    if (terms) terms.forEach((term, classIndex) => (scores[classIndex] += term))
  }
  let best = 0
  scores.forEach((score, classIndex) => {
    if (score > scores[best]) best = classIndex
  })
  return model.kind.classes[best]
}

describe('claims model scoring', () => {
  it('should name the same kind as the plain per-feature sum on every corpus sentence', () => {
    const sentences = loadCorpus().map((entry) => entry.text)
    expect(sentences.filter((sentence) => likelyKind(sentence) !== plainKind(sentence))).toEqual([])
    expect(new Set(sentences.map(likelyKind)).size).toBeGreaterThan(3)
  })

  it('should give bit for bit the plain weighted sum on every corpus sentence, in English and Thai', () => {
    const entries = loadCorpus()
    const sentences = entries.map((entry) => entry.text)
    const joined = sentences.filter((_, index) => index % 50 === 0).join(' ')
    const extra = [joined, joined.toUpperCase(), '', '?', 'ไม่'].flatMap((text) => [
      { text, lang: 'en' as const },
      { text, lang: 'th' as const },
    ])
    const differing = [...entries, ...extra].filter(
      ({ text, lang }) => !Object.is(riskProbability(text, lang), plainProbability(text, lang)),
    )
    expect(differing).toEqual([])
    expect(sentences.length).toBeGreaterThan(600)
  })

  it('should score a sentence with the intercept of the language it is read in', () => {
    expect(model.risk.bias.en).not.toBe(model.risk.bias.th)
    expect(riskProbability('', 'en')).toBe(1 / (1 + Math.exp(-model.risk.bias.en)))
    expect(riskProbability('', 'th')).toBe(1 / (1 + Math.exp(-model.risk.bias.th)))
  })
})
