import { describe, expect, it } from 'vitest'
import rulesData from '../../../src/medical/claims/rules.json'
import { leftmostMatch, splitPatterns } from '../../../src/medical/claims/splitPatterns'

const TEXTS = [
  'This cures all pain, and it cured my back pain for good.',
  'No pain, no gain: we guarantee results or your money back.',
  'Guaranteed relief, always.',
  'Studies prove it cures sciatica in one session, 100% of the time.',
  'Nothing works faster than our massage; why live with pain when it ends today?',
  'pain pain cure cures',
]

/** Every match of `expression` from each position of `text`, as [index, text] pairs. */
function matchesFromEachPosition(find: (from: number) => RegExpExecArray | null, text: string): Array<[number, string] | null> {
  return Array.from({ length: text.length + 1 }, (_, from) => {
    const match = find(from)
    return match ? [match.index, match[0]] : null
  })
}

describe('splitPatterns and leftmostMatch', () => {
  it('should find what the combined alternation finds, from every position, for overlapping patterns', () => {
    // "cure" and "cures? all" start at the same place: the earlier pattern wins the tie.
    const sources = ['cure\\w*', 'cures?\\s+all', '\\bno\\b.{0,20}pain', 'pain', '(?<![a-z])guarantee\\w*', ',\\s*always[.!]?\\s*$']
    const combined = new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'gi')
    const split = splitPatterns(sources, 'gi')!
    const all = new Uint8Array(split.length).fill(1)
    for (const text of TEXTS) {
      const expected = matchesFromEachPosition((from) => {
        combined.lastIndex = from
        return combined.exec(text)
      }, text)
      expect(matchesFromEachPosition((from) => leftmostMatch(split, all, 0, text, from), text)).toEqual(expected)
    }
  })

  it('should find what each rule of rules.json finds with its patterns combined', () => {
    for (const rule of rulesData as Array<{ patterns?: string[] }>) {
      if (!rule.patterns) continue
      const combined = new RegExp(rule.patterns.map((source) => `(?:${source})`).join('|'), 'gi')
      const split = splitPatterns(rule.patterns, 'gi')!
      const all = new Uint8Array(split.length).fill(1)
      for (const text of TEXTS) {
        combined.lastIndex = 0
        expect(leftmostMatch(split, all, 0, text, 0)?.[0]).toBe(combined.exec(text)?.[0])
      }
    }
  })

  it('should keep the earlier match it is given on a tie, and skip patterns not flagged', () => {
    const split = splitPatterns(['cure\\w*', 'pain'], 'gi')!
    const earlier = /cures/gy.exec('cures all pain')!
    expect(leftmostMatch(split, [1, 1], 0, 'cures all pain', 0, earlier)).toBe(earlier)
    expect(leftmostMatch(split, [0, 1], 0, 'cures all pain', 0)?.[0]).toBe('pain')
    expect(leftmostMatch(split, [0, 1, 0, 0], 1, 'cures all pain', 0)?.[0]).toBe('cures')
  })

  it('should leave patterns with a backreference as one expression', () => {
    expect(splitPatterns(['(cure)s?', 'no\\s+\\1'], 'gi')).toBeUndefined()
    expect(splitPatterns(['(?<verb>cure)s?', '\\k<verb>'], 'gi')).toBeUndefined()
  })
})
