/*
 * The model's Thai word classes are found with one trie walk (model/phraseScanner.ts) instead of
 * one regular expression per class: the matches must be exactly those of the expressions.
 */
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../../src/medical/claims/corpus/corpus'
import wordClassesData from '../../../src/medical/claims/model/wordClasses.json'
import { buildPhraseScanner, type PhraseScanner, scanPhrases } from '../../../src/medical/claims/model/phraseScanner'

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// The expression features.ts built per class before the scanner.
const longestFirst = (phrases: readonly string[]) =>
  new RegExp([...phrases].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|'), 'g')

function byExpressions(lists: readonly (readonly string[])[], text: string): string[] {
  const found: string[] = []
  lists.forEach((phrases, list) => {
    const matcher = longestFirst(phrases)
    for (let match = matcher.exec(text); match; match = matcher.exec(text)) found.push(`${list}@${match.index}`)
  })
  return found.sort()
}

function byScanner(scanner: PhraseScanner, text: string): string[] {
  const found: string[] = []
  scanPhrases(scanner, text, (list, start) => found.push(`${list}@${start}`))
  return found.sort()
}

describe('phrase scanner', () => {
  it('should find what one longest-first expression per list finds, overlaps and nested phrases included', () => {
    const lists = [['ab', 'abc', 'b', 'bcd'], ['c', 'abcd', 'cd'], ['aa'], ['ไม่', 'ไม่หาย', 'หาย']]
    const scanner = buildPhraseScanner(lists)
    for (const text of ['abcd', 'aaaa', 'abcbcdabc', 'xx', '', 'ไม่หายหายไม่หาย', 'aabcdd abcd', 'abcdabcdabbcd']) {
      expect(byScanner(scanner, text), text).toEqual(byExpressions(lists, text))
    }
  })

  it('should find what the expressions find on random lists and texts over a small alphabet', () => {
    // A fixed linear congruential sequence: the same cases on every run.
    let seed = 12345
    const random = (below: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return seed % below
    }
    const word = (length: number) => Array.from({ length }, () => 'abcไม่'[random(6)]).join('')
    for (let trial = 0; trial < 300; trial += 1) {
      const lists = Array.from({ length: 1 + random(4) }, () => Array.from({ length: 1 + random(5) }, () => word(1 + random(4))))
      const text = word(random(40))
      expect(byScanner(buildPhraseScanner(lists), text), `${JSON.stringify(lists)} ${text}`).toEqual(byExpressions(lists, text))
    }
  })

  it('should find the model word classes exactly as the per-class expressions do on every corpus sentence', () => {
    const classes = wordClassesData as unknown as { en: Record<string, string[]>; th: Record<string, string[]> }
    const lists = Object.values(classes.th)
    const texts = loadCorpus().map((entry) => entry.text)
    // Sentences joined too, so matches meet across former sentence ends.
    const joined = texts.join('')
    const scanner = buildPhraseScanner(lists)
    let compared = 0
    for (const text of [...texts, joined, joined.toUpperCase()]) {
      expect(byScanner(scanner, text)).toEqual(byExpressions(lists, text))
      compared += 1
    }
    expect(compared).toBeGreaterThan(600)
  }, 60_000)
})
