/*
 * The model's class features (every class label present, then every pair) are read from a list of
 * the labels present instead of a pass over all labels per present label: the same features in
 * the same order, since the risk score adds weights in the order features are emitted.
 */
import { describe, expect, it } from 'vitest'
import { seededRandom as random } from './seededRandom'
import { CLASS_LABEL_COUNT, classFeatureIndices, hashString } from '../../../src/medical/claims/model/features'
import wordClassesData from '../../../src/medical/claims/model/wordClasses.json'

// As features.ts wrote it before: a pass over every label after each present one.
const names = Object.keys(wordClassesData.en)
const seedClass = hashString('k:')
const seedPair = hashString('p:')
const classHashes = [...names, ...names.map((name) => `neg:${name}`)].map((name) => hashString(name, seedClass))
const mix = (a: number, b: number) => Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x01000193) >>> 0
function plainClassFeatures(present: Uint8Array): number[] {
  const features: number[] = []
  for (let label = 0; label < present.length; label += 1) {
    if (!present[label]) continue
    features.push(classHashes[label] & 0xfffff)
    for (let other = label + 1; other < present.length; other += 1) {
      if (present[other]) features.push(mix(classHashes[label] ^ seedPair, classHashes[other]) & 0xfffff)
    }
  }
  return features
}

describe('class features', () => {
  it('should give the features of the pass over all labels, in its order, for random label sets', () => {
    expect(CLASS_LABEL_COUNT).toBe(classHashes.length)
    const next = random(11)
    for (let round = 0; round < 5_000; round += 1) {
      const density = next()
      const present = Uint8Array.from({ length: CLASS_LABEL_COUNT }, () => (next() < density * 0.5 ? 1 : 0))
      expect(classFeatureIndices(present)).toEqual(plainClassFeatures(present))
    }
    expect(classFeatureIndices(new Uint8Array(CLASS_LABEL_COUNT).fill(1))).toEqual(plainClassFeatures(new Uint8Array(CLASS_LABEL_COUNT).fill(1)))
  })
})
