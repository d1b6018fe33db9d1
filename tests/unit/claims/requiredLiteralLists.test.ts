/*
 * A rule's patterns and exceptions run only on sentences holding a literal of every list read
 * from them (requiredLiteralLists), one list per part of a sequence. The gate must never drop a
 * match: every match of every pattern, and every text an exception matches, on the corpus and the
 * same-findings texts, holds one literal of each list.
 */
import { describe, expect, it } from 'vitest'
import { requiredLiteralLists, requiredLiterals } from '../../../src/medical/claims/requiredLiterals'
import { normalizeText, splitSentences } from '../../../src/medical/claims/sentences'
import rulesData from '../../../src/medical/claims/rules.json'
import { findingsCases } from './sameFindingsCases'

const rules = rulesData as Array<{ id: string; patterns?: string[]; exceptions?: string[] }>

describe('literal lists a pattern needs, one per part', () => {
  it('should read a list from each part of a sequence, and only what requiredLiterals reads where there is no sequence', () => {
    expect(requiredLiteralLists("\\b(?:doctors?|physio\\w*)\\b[^.]{0,40}\\b(?:don't|do\\s+not)\\s+need")).toEqual([
      ['doctor', 'physio'],
      ["don't", 'not'],
      ['need'],
    ])
    // The best list comes first; an alternation at the top gives only requiredLiterals' list.
    expect(requiredLiteralLists('guarantee\\w*|pain\\s+free')).toEqual([requiredLiterals('guarantee\\w*|pain\\s+free')])
    expect(requiredLiteralLists('(?:cure)?\\s+\\w+')).toBeUndefined()
    expect(requiredLiteralLists('(cure)\\1')).toBeUndefined()
    // A look-ahead holds no literal of the match; an optional part none either.
    expect(requiredLiteralLists('relief(?=\\s+forever)(?:\\s+today)?')).toEqual([['relief']])
  })

  it('should find a literal of every list in every match of every pattern, and in every text an exception matches', () => {
    const texts = [...new Set(findingsCases().map(({ text }) => normalizeText(text)))]
    const missed: string[] = []
    let matches = 0
    let sharper = 0
    const check = (source: string, matched: string) => {
      const lists = requiredLiteralLists(source)!
      matches += 1
      for (const literals of lists) if (!literals.some((literal) => matched.includes(literal))) missed.push(`${source}: ${matched}`)
    }
    for (const rule of rules) {
      for (const source of (rule.patterns ?? []).map((pattern) => `(?:${pattern})`)) {
        const lists = requiredLiteralLists(source)
        if (!lists) continue
        if (lists.length > 1) sharper += 1
        const pattern = new RegExp(source, 'gi')
        for (const text of texts) for (const match of text.matchAll(pattern)) check(source, match[0].toLowerCase())
      }
    }
    for (const source of new Set(rules.flatMap((rule) => rule.exceptions ?? []))) {
      if (!requiredLiteralLists(source)) continue
      const exception = new RegExp(source, 'i')
      for (const text of texts) if (exception.test(text)) check(source, text.toLowerCase())
    }
    expect(missed).toEqual([])
    expect(sharper).toBeGreaterThan(50)
    expect(matches).toBeGreaterThan(500)
  }, 300_000)

  it('should read a positive look-around\'s literals only when asked to, for a gate on the whole sentence', () => {
    const source = '\\bor(?<=\\b(?:pain|back)\\b[^.]{0,80}or)\\s+(?:a\\s+)?refund'
    expect(requiredLiteralLists(source)).toEqual([['refund']])
    expect(requiredLiteralLists(source, { isLookaroundRead: true })).toEqual([['refund'], ['back', 'pain']])
    // A negative look-around never adds one: its text is absent.
    expect(requiredLiteralLists('(?<!\\bno\\s+)cure(?!\\s+rates)', { isLookaroundRead: true })).toEqual([['cure']])
  })

  it('should find a literal of every list, look-arounds read, in every sentence where a pattern or an exception matches', () => {
    const sentences = [
      ...new Set(
        findingsCases().flatMap(({ text }) => {
          const normalized = normalizeText(text)
          return splitSentences(normalized).map(({ start, end }) => normalized.slice(start, end))
        }),
      ),
    ]
    const missed: string[] = []
    let matches = 0
    let sharper = 0
    const sources = [
      ...rules.flatMap((rule) => (rule.patterns ?? []).map((pattern) => `(?:${pattern})`)),
      ...new Set(rules.flatMap((rule) => rule.exceptions ?? [])),
    ]
    for (const source of sources) {
      const lists = requiredLiteralLists(source, { isLookaroundRead: true })
      if (!lists) continue
      if (JSON.stringify(lists) !== JSON.stringify(requiredLiteralLists(source))) sharper += 1
      const expression = new RegExp(source, 'i')
      for (const sentence of sentences) {
        if (!expression.test(sentence)) continue
        matches += 1
        const lower = sentence.toLowerCase()
        for (const literals of lists) if (!literals.some((literal) => lower.includes(literal))) missed.push(`${source}: ${sentence}`)
      }
    }
    expect(missed).toEqual([])
    expect(sharper).toBeGreaterThan(0)
    expect(matches).toBeGreaterThan(500)
  }, 300_000)
})
