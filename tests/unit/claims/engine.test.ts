import { describe, expect, it } from 'vitest'
import {
  compilePhrase,
  compileRules,
  inflect,
  normalizeText,
  splitSentences,
  validateRules,
} from '../../../src/medical/claims'
import rules from '../../../src/medical/claims/rules.json'
import vocabulary from '../../../src/medical/claims/vocabulary.json'

describe('claims rule compiler', () => {
  it('should inflect regular and irregular verbs', () => {
    expect(inflect('cure')).toEqual(['cure', 'cures', 'cured', 'curing'])
    expect(inflect('stop')).toEqual(['stop', 'stops', 'stopped', 'stopping'])
    expect(inflect('fix', true)).toEqual(['fixes', 'fixed', 'fixing'])
    expect(inflect('prove')).toEqual(['prove', 'proves', 'proved', 'proven', 'proving'])
    expect(inflect('guarantee')).toEqual(['guarantee', 'guarantees', 'guaranteed', 'guaranteeing'])
  })

  it('should compile phrases with inflection, alternatives, optional words, vocabulary and gaps', () => {
    const matcher = new RegExp(
      compilePhrase('heal~ your? back|{part} *2 permanently', { part: ['lower back'] }),
      'i',
    )
    expect(matcher.test('it heals your back permanently')).toBe(true)
    expect(matcher.test('healing lower back pain permanently')).toBe(true)
    expect(matcher.test('heal back, permanently')).toBe(false)
    expect(matcher.test('healthy back permanently')).toBe(false)
    const hyphen = new RegExp(compilePhrase('pain-free', {}), 'i')
    expect(['pain-free', 'pain free', 'painfree'].every((text) => hyphen.test(text))).toBe(true)
    expect(new RegExp(compilePhrase('get~_rid_of sciatica', {}), 'i').test('got rid of sciatica')).toBe(true)
  })

  it('should respect word boundaries so "pedicure" is not "cure"', () => {
    const matcher = new RegExp(compilePhrase('cure~', {}), 'i')
    expect(matcher.test('a pedicure')).toBe(false)
    expect(matcher.test('secure')).toBe(false)
    expect(matcher.test('cured')).toBe(true)
  })

  it('should reject malformed rules and phrases', () => {
    expect(() => validateRules({})).toThrow(/array/)
    expect(() =>
      validateRules([
        { id: 'x', category: 'cure', severity: 'fatal', message: 'm', suggestion: 's', phrases: ['a'] },
      ]),
    ).toThrow(/severity/)
    expect(() =>
      validateRules([{ id: 'x', category: 'cure', severity: 'warn', message: 'm', suggestion: 's' }]),
    ).toThrow(/phrase/)
    expect(() => compilePhrase('{missing}', {})).toThrow(/Unknown vocabulary/)
    expect(() => compilePhrase('* cure', {})).toThrow(/Gap/)
  })

  it('should validate and compile the shipped rules.json', () => {
    const compiled = compileRules(validateRules(rules), vocabulary)
    expect(compiled.length).toBeGreaterThanOrEqual(8)
    const categories = new Set(compiled.map(({ rule }) => rule.category))
    for (const category of [
      'cure',
      'guarantee',
      'miracle',
      'absolute-relief',
      'unreferenced-evidence',
      'safety',
      'skip-care',
      'efficacy',
    ]) {
      expect(categories).toContain(category)
    }
  })
})

describe('claims text handling', () => {
  it('should normalise quotes without changing the text length', () => {
    const text = 'It\u2019s \u201Cfine\u201D\u00A0\uD83D\uDE0A'
    expect(normalizeText(text)).toBe('It\'s "fine" \uD83D\uDE0A')
    expect(normalizeText(text)).toHaveLength(text.length)
  })

  it('should split sentences on terminators and line breaks but not on abbreviations or decimals', () => {
    const text = 'Dr. Lee uses e.g. heat. It takes 2.5 hours! Does it help?\nHeading line\n\u2022 item one'
    const sentences = splitSentences(text).map((span) => text.slice(span.start, span.end))
    expect(sentences).toEqual([
      'Dr. Lee uses e.g. heat.',
      'It takes 2.5 hours!',
      'Does it help?',
      'Heading line',
      '\u2022 item one',
    ])
  })
})
