/*
 * A trie over lower-case ASCII words, walked along a text one character at a time: finds which
 * of the known words occur as whole runs of ASCII letters and digits without cutting the text
 * into strings or lower-casing it (the check runs on every sentence of every save).
 */

const ALPHABET = 36

export interface WordTrie<T> {
  /** next[node * ALPHABET + letter]: the child node, or -1. Node 0 is the root. */
  next: Int32Array
  /** What each node ending a known word carries. */
  values: Array<T | undefined>
}

/** 0–25 for a–z (either case), 26–35 for 0–9, -1 for anything else. */
function letterOf(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61
  if (code >= 0x41 && code <= 0x5a) return code - 0x41
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26
  return -1
}

export function buildWordTrie<T>(words: ReadonlyMap<string, T>): WordTrie<T> {
  let size = 1
  for (const word of words.keys()) size += word.length
  const next = new Int32Array(size * ALPHABET).fill(-1)
  const values: Array<T | undefined> = [undefined]
  let nodes = 1
  for (const [word, value] of words) {
    let node = 0
    for (let index = 0; index < word.length; index += 1) {
      const letter = letterOf(word.charCodeAt(index))
      if (letter === -1) throw new Error(`word trie: "${word}" is not lower-case ASCII letters and digits`)
      let child = next[node * ALPHABET + letter]
      if (child === -1) {
        child = nodes
        nodes += 1
        values.push(undefined)
        next[node * ALPHABET + letter] = child
      }
      node = child
    }
    values[node] = value
  }
  return { next, values }
}

/**
 * Calls `found` with the value and start of every known word that is a whole run of ASCII
 * letters and digits in `text`, in order of position.
 */
export function forEachKnownWord<T>(trie: WordTrie<T>, text: string, found: (value: T, start: number) => void): void {
  const { next, values } = trie
  // -1 while outside a word or once the word has left the trie.
  let node = -1
  let isInWord = false
  let wordStart = 0
  for (let index = 0; index <= text.length; index += 1) {
    const letter = index < text.length ? letterOf(text.charCodeAt(index)) : -1
    if (letter !== -1) {
      if (!isInWord) {
        isInWord = true
        wordStart = index
        node = 0
      }
      if (node !== -1) node = next[node * ALPHABET + letter]
      continue
    }
    if (isInWord && node !== -1) {
      const value = values[node]
      if (value !== undefined) found(value, wordStart)
    }
    isInWord = false
  }
}
