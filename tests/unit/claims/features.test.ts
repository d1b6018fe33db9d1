/*
 * Features of the claims model that carry a kind to wording the corpus never used: stems and the
 * word classes of model/wordClasses.json, with negation scope, in English and Thai.
 */
import { describe, expect, it } from 'vitest'

import { featureIndices, stem, wordClassesOf } from '../../../src/medical/claims/model/features'

describe('claims model features', () => {
  it('should meet the inflections of a verb at one stem', () => {
    expect(new Set(['heals', 'healed', 'healing', 'heal'].map(stem)).size).toBe(1)
    expect(new Set(['cures', 'cured', 'curing'].map(stem)).size).toBe(1)
    expect(stem('harmless')).toBe('harmless')
  })

  it('should give a promise and its hedged or negated form different word classes', () => {
    expect(wordClassesOf('Our massage banishes sciatica for good.')).toEqual(
      expect.arrayContaining(['CURE', 'ABSOLUTE', 'CONDITION']),
    )
    const negated = wordClassesOf('Massage does not cure sciatica.')
    expect(negated).toContain('neg:CURE')
    expect(negated).not.toContain('CURE')
    expect(wordClassesOf('Massage may ease sciatica for some people.')).toContain('HEDGE')
  })

  it('should read Thai word classes and Thai negation', () => {
    expect(wordClassesOf('การนวดรักษาอาการปวดหลังให้หายขาดอย่างถาวร')).toEqual(expect.arrayContaining(['CURE', 'ABSOLUTE']))
    expect(wordClassesOf('การนวดไม่สามารถรักษาให้หายขาดได้')).toContain('neg:CURE')
  })

  it('should share class features between two wordings of one claim that share no claim word', () => {
    const first = new Set(featureIndices('Our oil eradicates nerve pain permanently.'))
    const second = featureIndices('Our oil banishes nerve pain forever.')
    const unrelated = featureIndices('Our oil is sold at reception.')
    const shared = (indices: number[]) => indices.filter((index) => first.has(index)).length
    expect(shared(second)).toBeGreaterThan(shared(unrelated) + 3)
  })

  it('should read the order of class words, whatever words stand between them', () => {
    // CURE then CONDITION in the first two; the third has the same classes the other way round.
    const first = new Set(featureIndices('It wipes out the migraine.'))
    const sameOrder = featureIndices('It erases that nagging headache.')
    const otherOrder = featureIndices('The headache erases it.')
    const shared = (indices: number[]) => indices.filter((index) => first.has(index)).length
    expect(shared(sameOrder)).toBeGreaterThan(shared(otherOrder))
  })
})
