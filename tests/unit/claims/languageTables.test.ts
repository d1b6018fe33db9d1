/*
 * The risk model keeps one intercept and one weight table per language (model/types.ts), so that
 * training on Thai sentences never moves an English score near the threshold.
 */
import { describe, expect, it } from 'vitest'

import { loadCorpus } from '../../../src/medical/claims/corpus/corpus'
import { riskOf, trainRisk } from '../../../src/medical/claims/training/trainModel'

describe('claims risk model per language', () => {
  it('should give English sentences bit for bit the same probabilities whatever Thai sentences it is trained on', () => {
    const corpus = loadCorpus().filter((entry) => !entry.isGenerated)
    const english = corpus.filter((entry) => entry.lang === 'en').filter((_, index) => index % 40 === 0)
    const thai = corpus.filter((entry) => entry.lang === 'th').filter((_, index) => index % 20 === 0)
    const withThai = trainRisk([...english, ...thai])
    const withFewerThai = trainRisk([...english, ...thai.filter((_, index) => index % 2 === 0)])
    const probabilities = (model: ReturnType<typeof trainRisk>) => english.map((entry) => riskOf(model, entry.text, 'en'))
    expect(probabilities(withFewerThai)).toEqual(probabilities(withThai))
    expect(withFewerThai.bias.th).not.toBe(withThai.bias.th)
    expect(english.length).toBeGreaterThan(50)
    expect(thai.length).toBeGreaterThan(20)
  })
})
