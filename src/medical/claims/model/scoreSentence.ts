import { collectWordFeatures, FEATURE_BITS, summedFeatureCount, weightedFeatureSum } from './features'
import type { ClaimLanguage } from '../types'
import type { ModelFile } from './types'
import modelData from './weights.json'

const model = modelData as unknown as ModelFile
if (model.featureBits !== FEATURE_BITS) throw new Error('claims model: feature space does not match features.ts')

// A flat array per language makes a feature lookup one indexed read; 4 MB each per process, built
// once at load.
const riskWeights = { en: new Float32Array(1 << FEATURE_BITS), th: new Float32Array(1 << FEATURE_BITS) }
// One bit per feature, set where its weight is not zero: 128 kB stay in cache where the 4 MB of
// weights do not, and most features of a sentence (most Thai character n-grams) weigh nothing.
// Skipping a zero leaves the sum bit for bit the same (the sum starts at +0, so it is never -0).
const hasWeight = { en: new Uint32Array((1 << FEATURE_BITS) >>> 5), th: new Uint32Array((1 << FEATURE_BITS) >>> 5) }
for (const language of ['en', 'th'] as const) {
  for (const [index, weight] of model.risk.weights[language]) riskWeights[language][index] = weight
  // Read from the file's weights, not from a scan of all 1M entries per language; a feature listed
  // twice keeps its last weight, as the array does, so its bit follows that weight.
  for (const [index] of model.risk.weights[language]) {
    if (riskWeights[language][index] !== 0) hasWeight[language][index >>> 5] |= 1 << (index & 31)
  }
}

const kindDenominators = model.kind.totals.map((total) => Math.log(total + model.kind.alpha * model.kind.vocabularySize))
// Each feature's log-likelihood term per class, computed once here instead of per sentence: the
// terms of the feature in row kindRows.get(index) of kindTerms, and a bit per feature that has a
// row (most word features of a sentence have none, and the bit is cheaper than the lookup).
const kindClassCount = model.kind.classes.length
const kindRows = new Map<number, number>()
// The row offset of each feature in kindTerms, read by index (a Map lookup per word feature showed in profiles).
const kindOffsets = new Int32Array(1 << FEATURE_BITS)
const kindTerms = new Float64Array(model.kind.counts.length * kindClassCount)
const hasKindTerms = new Uint32Array((1 << FEATURE_BITS) >>> 5)
for (const [index, perClass] of model.kind.counts) {
  const counts = new Float64Array(kindClassCount)
  for (const [classIndex, count] of perClass) counts[classIndex] = count
  // A feature listed twice keeps its last terms, as the map it replaces did.
  const row = kindRows.get(index) ?? kindRows.size
  kindRows.set(index, row)
  hasKindTerms[index >>> 5] |= 1 << (index & 31)
  kindOffsets[index] = row * kindClassCount
  for (let classIndex = 0; classIndex < kindClassCount; classIndex += 1) {
    kindTerms[row * kindClassCount + classIndex] = Math.log(counts[classIndex] + model.kind.alpha) - kindDenominators[classIndex]
  }
}

export const modelName = model.name

export function riskThreshold(language: ClaimLanguage): number {
  return model.risk.threshold[language]
}

/** Probability that the sentence, in the given language, is a risky health claim. */
export function riskProbability(sentence: string, language: ClaimLanguage): number {
  const sum = weightedFeatureSum(sentence, riskWeights[language], hasWeight[language])
  const count = summedFeatureCount
  const score = model.risk.bias[language] + (count ? sum / Math.sqrt(count) : 0)
  return 1 / (1 + Math.exp(-score))
}

const kindScores = new Float64Array(kindClassCount)

/** The most likely kind of claim (a ClaimCategory) for a sentence the model flagged. */
export function likelyKind(sentence: string): string {
  const { classes } = model.kind
  // Reused: one allocation per flagged sentence showed in profiles.
  const scores = kindScores.fill(0)
  const features = collectWordFeatures(sentence)
  for (let position = 0; position < features.length; position += 1) {
    const index = features[position]
    // A word no claim in the corpus used says nothing about the kind.
    if (!(hasKindTerms[index >>> 5] & (1 << (index & 31)))) continue
    const offset = kindOffsets[index]
    for (let classIndex = 0; classIndex < kindClassCount; classIndex += 1) scores[classIndex] += kindTerms[offset + classIndex]
  }
  let best = 0
  for (let classIndex = 1; classIndex < classes.length; classIndex += 1) {
    if (scores[classIndex] > scores[best]) best = classIndex
  }
  return classes[best]
}
