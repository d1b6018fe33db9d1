/*
 * Known lower-case ASCII words, found in a text as whole runs of ASCII letters and digits
 * (either case) without cutting the text into strings or lower-casing it. Each run is hashed as
 * it is read and looked up once at its end (open addressing, checked against the letters): one
 * probe per word instead of one step through a large trie per letter (the rule start words'
 * trie was most of the time spent choosing which rules to run on a sentence).
 */
import { FNV_OFFSET, FNV_PRIME, hashString } from './model/features'

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
