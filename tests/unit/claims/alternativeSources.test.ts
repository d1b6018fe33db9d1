/*
 * The distancing and report-frame cues are gated per alternative (alternativeLiteralLists): an
 * expression cut into alternatives must test true exactly where one of its alternatives does, and
 * groups that cannot be cut (quantified, lookarounds, backreferences) must stay whole.
 */
import { describe, expect, it } from 'vitest'
import { seededRandom as random } from './seededRandom'
import { alternativeSources } from '../../../src/medical/claims/requiredLiterals'

describe('alternatives of an expression', () => {
  it('should cut top-level alternatives, else the one unquantified group with alternatives', () => {
    expect(alternativeSources('a|b(?:c|d)')).toEqual(['a', 'b(?:c|d)'])
    expect(alternativeSources('\\b(?:a|b\\s+c)\\b')).toEqual(['\\b(?:a)\\b', '\\b(?:b\\s+c)\\b'])
    expect(alternativeSources('(?<![a|b])(?:c|d)')).toEqual(['(?<![a|b])(?:c)', '(?<![a|b])(?:d)'])
    expect(alternativeSources('x(?:a|b)+y')).toEqual(['x(?:a|b)+y'])
    expect(alternativeSources('x(?:a|b)y(?:c|d)')).toEqual(['x(?:a|b)y(?:c|d)'])
    expect(alternativeSources('(?=a|b)c')).toEqual(['(?=a|b)c'])
    expect(alternativeSources('(a|b)\\1')).toEqual(['(a|b)\\1'])
    expect(alternativeSources('[|]\\|c')).toEqual(['[|]\\|c'])
  })

  it('should test as the whole expression does on random texts', () => {
    const expressions = [
      'a|b(?:c|d)',
      '\\b(?:ab|b\\s+c|c(?:a|b)a)\\b',
      '(?<![a])(?:b|ca|a\\s+b)(?![c])',
      'x?(?:a|bc|)c',
      '(?:a(?:b|c)|c)\\s+(?:a|b)',
      '(a|b)c|(?:c|a)+b',
      '^(?:a|b c)|c$',
    ]
    const next = random(5)
    const alphabet = ['a', 'b', 'c', 'x', ' ', 'A', 'bc']
    for (const source of expressions) {
      const whole = new RegExp(source, 'i')
      const parts = alternativeSources(source).map((part) => new RegExp(part, 'i'))
      for (let round = 0; round < 3_000; round += 1) {
        const text = Array.from({ length: Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
        expect(parts.some((part) => part.test(text)), `${source} on "${text}"`).toBe(whole.test(text))
      }
    }
  })
})
