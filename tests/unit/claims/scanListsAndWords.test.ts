/*
 * The checker reads a sentence's scanner lists and its rules' start words in one pass
 * (scanListsAndWords), and opens the gates waiting on the lists it found (listGates.ts) instead of
 * testing every gate. Both must give what the straightforward versions give: markListsFound plus
 * forEachKnownWord, and `gates.filter(every list marked)`.
 */
import { describe, expect, it } from 'vitest'
import { seededRandom as random } from './seededRandom'
import { loadCorpus } from '../../../src/medical/claims/corpus/corpus'
import { buildListGates, forEachOpenGate } from '../../../src/medical/claims/listGates'
import { buildPhraseScanner, markListsFound, type PhraseScanner } from '../../../src/medical/claims/model/phraseScanner'
import { normalizeText } from '../../../src/medical/claims/sentences'
import {
  buildWordTable,
  forEachKnownWord,
  listAndWordScan,
  scanListsAndWords,
  type ListAndWordScan,
  type WordTable,
} from '../../../src/medical/claims/wordTable'
import { findingsCases } from './sameFindingsCases'

const texts = () => [
  ...new Set([
    ...loadCorpus().map((entry) => entry.text),
    ...findingsCases().map(({ text }) => normalizeText(text)),
  ]),
]

/**
 * The marks, the marked lists (each once, in order of number) and the words, from the one pass
 * (found) and from markListsFound and forEachKnownWord (expected).
 */
function scannedBothWays(
  scanner: PhraseScanner,
  table: WordTable<string>,
  scan: ListAndWordScan,
  text: string,
): { found: unknown; expected: unknown } {
  const marks = new Uint8Array(scanner.listCount)
  markListsFound(scanner, text, marks, 1)
  const expectedWords: string[] = []
  forEachKnownWord(table, text, (word, start) => expectedWords.push(`${word}@${start}`))
  scanListsAndWords(scanner, table, text, scan)
  const foundWords: string[] = []
  for (let hit = 0; hit < scan.hitCount; hit += 1) foundWords.push(`${table.slotValues[scan.hitSlots[hit]]}@${scan.hitStarts[hit]}`)
  return {
    found: { marks: [...scan.marks], lists: [...scan.found.subarray(0, scan.foundCount)].sort((a, b) => a - b), words: foundWords },
    expected: { marks: [...marks], lists: [...marks.keys()].filter((list) => marks[list]), words: expectedWords },
  }
}

describe('one pass for literal lists and start words', () => {
  it('should mark the lists markListsFound marks and find the words forEachKnownWord finds, on every text', () => {
    const all = texts()
    const words = [...new Set(all.flatMap((text) => text.toLowerCase().match(/[a-z0-9]+/g) ?? []))]
    const table = buildWordTable(new Map(words.filter((_, index) => index % 4 === 0).map((word) => [word, word])))
    const lists = [['cure', 'cures'], ['guarantee'], ['pain free', 'pain-free'], ["n't", 'not'], ['the'], ['massage', 'ssa'], ['x']]
    const scanner = buildPhraseScanner(lists, { isAsciiCaseFolded: true })
    const scan = listAndWordScan(scanner)
    let hits = 0
    const differing: string[] = []
    // Texts in turn through the same scan state, as the checker reuses it, with a long one and an empty one among them.
    for (const text of [...all, all.slice(0, 400).join(' ').toUpperCase(), '', 'cure']) {
      const both = scannedBothWays(scanner, table, scan, text)
      if (JSON.stringify(both.found) !== JSON.stringify(both.expected)) differing.push(text)
      hits += scan.hitCount
    }
    expect(differing).toEqual([])
    expect(hits).toBeGreaterThan(10_000)
  }, 120_000)

  it('should agree with both on random texts of letters, digits, punctuation and other code units', () => {
    const next = random(7)
    const alphabet = ['a', 'b', 'c', 'A', 'B', '1', "'", '-', ' ', '.', 'é', 'ก', '\n', 'ab', 'abc', 'ca']
    const table = buildWordTable(new Map(['a', 'ab', 'abc', 'b1', 'ca', 'bab', '1'].map((word) => [word, word])))
    const lists = [['ab'], ['b', 'ca'], ['abc', 'c-a'], ["a'b"], ['bé']]
    const scanner = buildPhraseScanner(lists, { isAsciiCaseFolded: true })
    const scan = listAndWordScan(scanner)
    for (let round = 0; round < 3_000; round += 1) {
      const text = Array.from({ length: Math.floor(next() * 60) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('')
      const both = scannedBothWays(scanner, table, scan, text)
      expect(both.found, text).toEqual(both.expected)
    }
  })
})

describe('list gates', () => {
  it('should open exactly the gates all of whose lists are marked, on random gates and marks', () => {
    const next = random(13)
    for (let round = 0; round < 2_000; round += 1) {
      const listCount = 1 + Math.floor(next() * 30)
      const sizes = Array.from({ length: listCount }, () => 1 + Math.floor(next() * 5))
      const gates = Array.from({ length: Math.floor(next() * 40) }, () =>
        Int32Array.from({ length: 1 + Math.floor(next() * 4) }, () => Math.floor(next() * listCount)),
      )
      const has = Uint8Array.from({ length: listCount }, () => (next() < 0.4 ? 1 : 0))
      const found = Int32Array.from([...has.keys()].filter((list) => has[list]).sort(() => next() - 0.5))
      const listGates = buildListGates(gates, sizes)
      const opened: number[] = []
      forEachOpenGate(listGates, found, found.length, has, (gate) => opened.push(gate))
      const expected = gates.flatMap((lists, gate) => ([...lists].every((list) => has[list]) ? [gate] : []))
      expect(opened.sort((a, b) => a - b)).toEqual(expected)
    }
  })
})
