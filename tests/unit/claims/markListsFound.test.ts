/*
 * markListsFound reads each state's distinct lists (precomputed) instead of unpacking every
 * phrase ending per character: it must mark exactly the lists one of whose phrases the text
 * holds (ASCII case folded when asked), as a plain search of each phrase does.
 */
import { describe, expect, it } from 'vitest'
import { buildPhraseScanner, markListsFound } from '../../../src/medical/claims/model/phraseScanner'
import { loadCorpus } from '../../../src/medical/claims/corpus/corpus'
import thaiRulesData from '../../../src/medical/claims/thaiRules.json'
import { requiredLiterals } from '../../../src/medical/claims/requiredLiterals'

function byIncludes(lists: string[][], text: string, isAsciiCaseFolded: boolean): number[] {
  const folded = isAsciiCaseFolded ? text.replace(/[A-Z]/g, (letter) => letter.toLowerCase()) : text
  return lists.map((phrases) => (phrases.some((phrase) => folded.includes(phrase)) ? 1 : 0))
}

describe('marking the lists a text holds a phrase of', () => {
  it('should mark exactly the lists with a phrase in the text, for overlapping and nested phrases', () => {
    const lists = [['she', 'he'], ['his', 'hers'], ['e'], ['ushers'], ['x']]
    const scanner = buildPhraseScanner(lists)
    for (const text of ['ushers', 'uSHers', 'his', 'h', '', 'xe', 'sshe']) {
      const marks = new Uint8Array(lists.length)
      markListsFound(scanner, text, marks, 1)
      expect([...marks], text).toEqual(byIncludes(lists, text, false))
    }
  })

  it('should mark what a search of each phrase marks on every corpus sentence, English folded and Thai', () => {
    const english = [['cure', 'cures'], ['guarantee'], ['pain free', 'pain-free'], ["n't", 'not'], ['the'], ['massage', 'ssa']]
    const thai = (thaiRulesData as Array<{ patterns: string[] }>)
      .map((rule) => requiredLiterals(rule.patterns.map((pattern) => `(?:${pattern})`).join('|'), { isCaseSensitive: true }))
      .filter((literals): literals is string[] => literals !== undefined)
    expect(thai.length).toBeGreaterThan(10)
    const texts = loadCorpus().map((entry) => entry.text)
    for (const [lists, isAsciiCaseFolded] of [
      [english, true],
      [thai, false],
    ] as const) {
      const scanner = buildPhraseScanner(lists, { isAsciiCaseFolded })
      const marks = new Uint8Array(lists.length)
      for (const text of [...texts, texts.join(' ').toUpperCase()]) {
        markListsFound(scanner, text, marks.fill(0), 1)
        expect([...marks], text).toEqual(byIncludes(lists, text, isAsciiCaseFolded))
      }
    }
  }, 60_000)
})
