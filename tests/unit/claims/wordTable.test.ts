/*
 * The rules' start words are found by a hash table of whole words (wordTable.ts), which replaced
 * a trie: every whole run of ASCII letters and digits that is a known word, in either case, and
 * nothing else, in order of position.
 */
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../../src/medical/claims/corpus/corpus'
import { buildWordTable, forEachKnownWord, type WordTable } from '../../../src/medical/claims/wordTable'

function found(words: string[] | WordTable<string>, text: string): string[] {
  const table = Array.isArray(words) ? buildWordTable(new Map(words.map((word) => [word, word]))) : words
  const hits: string[] = []
  forEachKnownWord(table, text, (word, start) => hits.push(`${word}@${start}`))
  return hits
}

// What the trie reported: each maximal run of [A-Za-z0-9], lower-cased, when it is a known word.
function byRuns(words: string[] | Set<string>, text: string): string[] {
  const known = Array.isArray(words) ? new Set(words) : words
  return [...text.matchAll(/[A-Za-z0-9]+/g)]
    .filter((run) => known.has(run[0].toLowerCase()))
    .map((run) => `${run[0].toLowerCase()}@${run.index}`)
}

describe('word table', () => {
  it('should find whole words in either case and never part of a word', () => {
    // "é" is not an ASCII letter, so "écure" holds the run "cure", as the rules' boundaries read it.
    const text = 'CURES cure, Cure x-ray XRAY 100% 1000 écure'
    const expected = ['cure@6', 'cure@12', 'x@17', 'xray@23', '100@28', 'cure@39']
    expect(found(['cure', 'x', 'xray', '100'], text)).toEqual(expected)
    expect(byRuns(['cure', 'x', 'xray', '100'], text)).toEqual(expected)
    expect(() => buildWordTable(new Map([['Cure', 1]]))).toThrow(/lower-case/)
  })

  it('should report what a walk over the runs of letters and digits reports on every corpus sentence', () => {
    const sentences = loadCorpus().map((entry) => entry.text)
    const words = [...new Set(sentences.flatMap((sentence) => sentence.toLowerCase().match(/[a-z0-9]+/g) ?? []))].filter(
      (_, index) => index % 3 === 0,
    )
    // Built once for all sentences: rebuilding them per sentence took over 5 s on a busy machine.
    const table = buildWordTable(new Map(words.map((word) => [word, word])))
    const known = new Set(words)
    for (const sentence of sentences) expect(found(table, sentence), sentence).toEqual(byRuns(known, sentence))
    // A liveness bound: the corpus grows every round, and the machine is shared.
  }, 60_000)
})
