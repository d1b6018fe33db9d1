/*
 * A rule's raw patterns run only on sentences holding one of the literals read from them
 * (requiredLiterals.ts). The filter must never drop a match: every match of every pattern in
 * rules.json, on the corpus and every text of the same-findings cases, holds one of its literals.
 */
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../../src/medical/claims/sentences'
import { requiredLiterals } from '../../../src/medical/claims/requiredLiterals'
import rulesData from '../../../src/medical/claims/rules.json'
import thaiRulesData from '../../../src/medical/claims/thaiRules.json'
import { findingsCases } from './sameFindingsCases'

const patternRules = (rulesData as Array<{ id: string; patterns?: string[] }>).filter((rule) => rule.patterns?.length)

describe('required literals of a pattern', () => {
  it('should read the literals every match needs, and none where a match can do without', () => {
    expect(requiredLiterals('endorphins?')).toEqual(['endorphin'])
    expect(requiredLiterals('(?<![A-Za-z])(?:Root|real)\\s+cause')).toEqual(['cause'])
    expect(requiredLiterals('\\bno\\s+case\\s+of\\b.{0,60}\\b(?:cannot|can\'t)')).toEqual(["can't", 'cannot'])
    expect(requiredLiterals('(?:pain|symptom)[- ]?free|(?:never|won\'t)\\s+wear')).toEqual(['free', 'never', "won't"])
    expect(requiredLiterals('(?:pain)?free')).toEqual(['free'])
    // An alternative without a literal, or one only optional, leaves the pattern without a filter.
    expect(requiredLiterals('guarantee|\\d+%')).toBeUndefined()
    expect(requiredLiterals('(?:cure)?\\s+\\w+')).toBeUndefined()
    expect(requiredLiterals('(?:cure)*')).toBeUndefined()
    // Syntax it does not read: no filter rather than a wrong one.
    expect(requiredLiterals('(cure)\\1')).toBeUndefined()
    expect(requiredLiterals('\\u0063ure')).toBeUndefined()
    // Without the i flag, Thai (and any) letters are literals, case kept.
    expect(requiredLiterals('(?:หาย|Cure)ขาด', { isCaseSensitive: true })).toEqual(['Cureขาด', 'หายขาด'])
  })

  it('should find a literal in every match of every Thai rule on the corpus and the same-findings texts', () => {
    const texts = [...new Set(findingsCases().map(({ text }) => normalizeText(text)))]
    const missed: string[] = []
    let matches = 0
    for (const rule of thaiRulesData as Array<{ id: string; patterns: string[] }>) {
      const source = rule.patterns.map((pattern) => `(?:${pattern})`).join('|')
      const literals = requiredLiterals(source, { isCaseSensitive: true })
      if (!literals) continue
      for (const text of texts) {
        for (const match of text.matchAll(new RegExp(source, 'g'))) {
          matches += 1
          if (!literals.some((literal) => match[0].includes(literal))) missed.push(`${rule.id}: ${match[0]}`)
        }
      }
    }
    expect(missed).toEqual([])
    expect(matches).toBeGreaterThan(200)
  }, 120_000)

  it('should find a literal of every exception in each text where that exception matches, on the corpus and the same-findings texts', () => {
    // The checker skips an exception on a sentence without one of its literals (checkClaims.ts).
    const texts = [...new Set(findingsCases().map(({ text }) => normalizeText(text)))]
    const sources = [...new Set((rulesData as Array<{ exceptions?: string[] }>).flatMap((rule) => rule.exceptions ?? []))]
    const missed: string[] = []
    let matches = 0
    for (const source of sources) {
      const literals = requiredLiterals(source)
      if (!literals) continue
      const exception = new RegExp(source, 'i')
      for (const text of texts) {
        if (!exception.test(text)) continue
        matches += 1
        const lower = text.toLowerCase()
        if (!literals.some((literal) => lower.includes(literal))) missed.push(`${source}: ${text}`)
      }
    }
    expect(missed).toEqual([])
    expect(matches).toBeGreaterThan(50)
  }, 120_000)

  it('should find a literal in every match of every rule pattern on the corpus and the same-findings texts', () => {
    const texts = [...new Set(findingsCases().map(({ text }) => normalizeText(text)))]
    const missed: string[] = []
    let matches = 0
    let filtered = 0
    for (const rule of patternRules) {
      const sources = [...rule.patterns!, rule.patterns!.map((source) => `(?:${source})`).join('|')]
      for (const source of sources) {
        const literals = requiredLiterals(source)
        if (!literals) continue
        filtered += 1
        const pattern = new RegExp(source, 'gi')
        for (const text of texts) {
          for (const match of text.matchAll(pattern)) {
            matches += 1
            const matched = match[0].toLowerCase()
            if (!literals.some((literal) => matched.includes(literal))) missed.push(`${rule.id}: ${match[0]}`)
          }
        }
      }
    }
    expect(missed).toEqual([])
    // The filter must actually be in use, and the check must have seen matches.
    expect(filtered).toBeGreaterThan(patternRules.length)
    expect(matches).toBeGreaterThan(500)
  }, 120_000)
})
