/*
 * Known lower-case ASCII words, found in a text as whole runs of ASCII letters and digits
 * (either case) without cutting the text into strings or lower-casing it. Each run is hashed as
 * it is read and looked up once at its end (open addressing, checked against the letters): one
 * probe per word instead of one step through a large trie per letter (the rule start words'
 * trie was most of the time spent choosing which rules to run on a sentence).
 */
import { FNV_OFFSET, FNV_PRIME, hashString } from './model/features'
import type { PhraseScanner } from './model/phraseScanner'

export interface WordTable<T> {
  slotHashes: Uint32Array
  slotWords: Array<string | undefined>
  slotValues: Array<T | undefined>
  longest: number
}

/** The lower-case code of an ASCII letter or digit, or -1 for anything else. */
function foldedCode(code: number): number {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return code
  if (code >= 0x41 && code <= 0x5a) return code + 0x20
  return -1
}

export function buildWordTable<T>(words: ReadonlyMap<string, T>): WordTable<T> {
  let size = 16
  while (size < words.size * 2) size *= 2
  const table: WordTable<T> = {
    slotHashes: new Uint32Array(size),
    slotWords: new Array<string | undefined>(size).fill(undefined),
    slotValues: new Array<T | undefined>(size).fill(undefined),
    longest: 0,
  }
  for (const [word, value] of words) {
    for (let index = 0; index < word.length; index += 1) {
      const code = word.charCodeAt(index)
      if (foldedCode(code) !== code) throw new Error(`word table: "${word}" is not lower-case ASCII letters and digits`)
    }
    // The same FNV-1a the lookup computes incrementally over the folded letters of a run.
    const hash = hashString(word)
    let slot = hash & (size - 1)
    while (table.slotWords[slot] !== undefined && table.slotWords[slot] !== word) slot = (slot + 1) & (size - 1)
    table.slotHashes[slot] = hash
    table.slotWords[slot] = word
    table.slotValues[slot] = value
    table.longest = Math.max(table.longest, word.length)
  }
  return table
}

/** Whether text[start, start + word.length) is `word`, ASCII letters in either case. */
function isWordAt(text: string, start: number, word: string): boolean {
  for (let index = 0; index < word.length; index += 1) {
    if (foldedCode(text.charCodeAt(start + index)) !== word.charCodeAt(index)) return false
  }
  return true
}

/**
 * Calls `found` with the value and start of every known word that is a whole run of ASCII
 * letters and digits in `text`, in order of position.
 */
export function forEachKnownWord<T>(table: WordTable<T>, text: string, found: (value: T, start: number) => void): void {
  const { slotHashes, slotWords, slotValues, longest } = table
  const mask = slotHashes.length - 1
  let index = 0
  while (index < text.length) {
    let code = foldedCode(text.charCodeAt(index))
    if (code === -1) {
      index += 1
      continue
    }
    const start = index
    let hash = FNV_OFFSET
    while (code !== -1) {
      hash = Math.imul(hash ^ code, FNV_PRIME)
      index += 1
      code = index < text.length ? foldedCode(text.charCodeAt(index)) : -1
    }
    const length = index - start
    if (length > longest) continue
    hash >>>= 0
    for (let slot = hash & mask; slotWords[slot] !== undefined; slot = (slot + 1) & mask) {
      const word = slotWords[slot]!
      if (slotHashes[slot] === hash && word.length === length && isWordAt(text, start, word)) {
        found(slotValues[slot]!, start)
        break
      }
    }
  }
}

/** What scanListsAndWords found in one text; reused from text to text. */
export interface ListAndWordScan {
  /** Per scanner list: 1 when the text holds one of its phrases (cleared by the scan first). */
  marks: Uint8Array
  /** The marked lists, each once: found[0, foundCount). */
  found: Int32Array
  foundCount: number
  /** The known words, in order of position: table slot and start, hitCount of them. */
  hitSlots: Int32Array
  hitStarts: Int32Array
  hitCount: number
}

export function listAndWordScan(scanner: PhraseScanner): ListAndWordScan {
  return {
    marks: new Uint8Array(scanner.listCount),
    found: new Int32Array(scanner.listCount),
    foundCount: 0,
    hitSlots: new Int32Array(64),
    hitStarts: new Int32Array(64),
    hitCount: 0,
  }
}

/**
 * markListsFound (phraseScanner.ts, marks cleared first) and forEachKnownWord in one pass over
 * the text: the checker ran both on every English sentence, each reading every code unit. The
 * lists marked and the words found (in order, read back with `table.slotValues[hitSlots[i]]`)
 * are theirs; the marked lists are also listed once each in `found`, for listGates.ts.
 */
export function scanListsAndWords<T>(scanner: PhraseScanner, table: WordTable<T>, text: string, scan: ListAndWordScan): void {
  const { letters, letterCount, next, endingLists } = scanner
  const { slotHashes, slotWords, longest } = table
  const mask = slotHashes.length - 1
  const { marks, found } = scan
  for (let position = 0; position < scan.foundCount; position += 1) marks[found[position]] = 0
  let foundCount = 0
  let hitCount = 0
  // Room for a hit per word: a text of n code units has at most n / 2 + 1 runs.
  if (scan.hitSlots.length < (text.length >> 1) + 1) {
    const size = Math.max((text.length >> 1) + 1, scan.hitSlots.length * 2)
    scan.hitSlots = new Int32Array(size)
    scan.hitStarts = new Int32Array(size)
  }
  const { hitSlots, hitStarts } = scan
  let state = 0
  let start = -1
  let hash = FNV_OFFSET
  for (let index = 0; index <= text.length; index += 1) {
    // One past the end reads as a non-word code unit (NaN), closing a run at the end of the text.
    const code = text.charCodeAt(index)
    const folded = foldedCode(code)
    if (folded !== -1) {
      if (start === -1) {
        start = index
        hash = FNV_OFFSET
      }
      hash = Math.imul(hash ^ folded, FNV_PRIME)
    } else if (start !== -1) {
      const length = index - start
      if (length <= longest) {
        const wordHash = hash >>> 0
        for (let slot = wordHash & mask; slotWords[slot] !== undefined; slot = (slot + 1) & mask) {
          const word = slotWords[slot]!
          if (slotHashes[slot] === wordHash && word.length === length && isWordAt(text, start, word)) {
            hitSlots[hitCount] = slot
            hitStarts[hitCount] = start
            hitCount += 1
            break
          }
        }
      }
      start = -1
    }
    if (index === text.length) break
    const letter = letters[code]
    if (!letter) {
      state = 0
      continue
    }
    state = next[state * letterCount + letter - 1]
    const lists = endingLists[state]
    if (!lists) continue
    for (let position = 0; position < lists.length; position += 1) {
      const list = lists[position]
      if (marks[list]) continue
      marks[list] = 1
      found[foundCount++] = list
    }
  }
  scan.foundCount = foundCount
  scan.hitCount = hitCount
}
