/*
 * Thai rules run their patterns one by one, each only where a literal it needs is present
 * (thai.ts). Each rule must find the matches its whole alternation finds, in the same order, on
 * every Thai corpus sentence, the same-findings texts and random mixes of its own pieces.
 */
import { describe, expect, it } from 'vitest'
import { seededRandom as random } from './seededRandom'
import { loadCorpus } from '../../../src/medical/claims/corpus/corpus'
import { normalizeText } from '../../../src/medical/claims/sentences'
import { nextThaiMatch, scanThaiSentence, thaiRules } from '../../../src/medical/claims/thai'
import { findingsCases } from './sameFindingsCases'

const wholes = thaiRules.map((rule) => new RegExp(rule.patterns.map((source) => `(?:${source})`).join('|'), 'g'))

function differences(text: string): string[] {
  scanThaiSentence(text)
  const differing: string[] = []
  wholes.forEach((whole, ruleOrder) => {
    const expected: string[] = []
    whole.lastIndex = 0
    for (let match = whole.exec(text); match; match = whole.exec(text)) expected.push(`${match.index}:${match[0]}`)
    const found: string[] = []
    for (let match = nextThaiMatch(ruleOrder, text, 0); match; match = nextThaiMatch(ruleOrder, text, match.index + match[0].length)) {
      found.push(`${match.index}:${match[0]}`)
    }
    if (found.join('|') !== expected.join('|')) differing.push(`${thaiRules[ruleOrder].id}: ${text}`)
  })
  return differing
}

describe('Thai patterns one by one', () => {
  it('should find what each rule alternation finds on the corpus and the same-findings texts', () => {
    const texts = [
      ...new Set([
        ...loadCorpus().filter((entry) => entry.lang === 'th').map((entry) => entry.text),
        ...findingsCases().map(({ text }) => normalizeText(text)).filter((text) => /[\u0E00-\u0E7F]/.test(text)),
      ]),
    ]
    let matched = 0
    const differing: string[] = []
    for (const text of texts) {
      differing.push(...differences(text))
      matched += wholes.filter((whole) => new RegExp(whole.source).test(text)).length
    }
    expect(differing).toEqual([])
    expect(matched).toBeGreaterThan(300)
  }, 120_000)

  it('should find it on random mixes of the rules literal pieces, negators and spaces', () => {
    const pieces = [
      ...new Set(thaiRules.flatMap((rule) => rule.patterns.flatMap((source) => source.match(/[\u0E00-\u0E7F]{2,}/g) ?? []))),
      ' ', ' ', 'ไม่', 'อาจ', '?', 'ครับ',
    ]
    const next = random(17)
    const differing: string[] = []
    for (let round = 0; round < 3_000; round += 1) {
      const text = Array.from({ length: 1 + Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]).join('')
      differing.push(...differences(text))
    }
    expect(differing).toEqual([])
  }, 120_000)
})
