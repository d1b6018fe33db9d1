/*
 * Finds, for several lists of literal phrases at once, the matches one global regular expression
 * per list would find: for each list, scanning left to right, the longest phrase of the list at
 * the first position where one starts, then again after its end (matches of one list never
 * overlap; different lists are independent). An Aho–Corasick automaton of all phrases reads each
 * code unit of the text once, instead of one scan of the text per list: the Thai word classes of
 * the model (20 lists) were a quarter of the time spent on a Thai sentence.
 */

export interface PhraseScanner {
  /** Letter index + 1 of each UTF-16 code unit that occurs in a phrase, 0 for the others. */
  letters: Uint16Array
  letterCount: number
  /** The automaton: next state from state s under letter l at s * letterCount + l (failures folded in). */
  next: Int32Array
  /** Phrases ending at each state (its own and its suffixes'), as list * MAX_PHRASE + length pairs. */
  endings: Array<Int32Array | undefined>
  /** The distinct lists of each state's endings, for markListsFound (no unpacking per character). */
  endingLists: Array<Int32Array | undefined>
  listCount: number
}

// Phrase lengths are kept below this so a (list, length) pair packs into one number.
const MAX_PHRASE = 1024

/** Phrases must be non-empty (an empty one would match everywhere, as the regular expression does not stop). */
export function buildPhraseScanner(
  lists: readonly (readonly string[])[],
  { isAsciiCaseFolded = false }: { isAsciiCaseFolded?: boolean } = {},
): PhraseScanner {
  const letters = new Uint16Array(0x10000)
  let letterCount = 0
  let stateCount = 1
  for (const phrases of lists) {
    for (const phrase of phrases) {
      if (!phrase || phrase.length >= MAX_PHRASE) throw new Error(`phrase scanner: bad phrase length ${phrase.length}`)
      stateCount += phrase.length
      for (let index = 0; index < phrase.length; index += 1) {
        const code = phrase.charCodeAt(index)
        if (!letters[code]) letters[code] = ++letterCount
      }
    }
  }
  // The trie first (0: no child; the root is never a child).
  // Upper-case ASCII letters read as their lower case (phrases are then given in lower case).
  if (isAsciiCaseFolded) for (let code = 0x41; code <= 0x5a; code += 1) letters[code] = letters[code + 0x20]
  const next = new Int32Array(stateCount * letterCount)
  const own: number[][] = [[]]
  lists.forEach((phrases, list) => {
    for (const phrase of phrases) {
      let state = 0
      for (let index = 0; index < phrase.length; index += 1) {
        const slot = state * letterCount + letters[phrase.charCodeAt(index)] - 1
        if (!next[slot]) {
          next[slot] = own.length
          own.push([])
        }
        state = next[slot]
      }
      const pair = list * MAX_PHRASE + phrase.length
      if (!own[state].includes(pair)) own[state].push(pair)
    }
  })
  // Breadth first: failure links, missing moves filled from the failure state, endings inherited.
  const failure = new Int32Array(own.length)
  const endings: Array<Int32Array | undefined> = new Array(own.length)
  const all: number[][] = own.map((pairs) => [...pairs])
  const queue: number[] = []
  for (let letter = 0; letter < letterCount; letter += 1) {
    const child = next[letter]
    if (child) queue.push(child)
  }
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head]
    for (const pair of all[failure[state]]) if (!all[state].includes(pair)) all[state].push(pair)
    for (let letter = 0; letter < letterCount; letter += 1) {
      const slot = state * letterCount + letter
      const child = next[slot]
      const fallback = next[failure[state] * letterCount + letter]
      if (child) {
        failure[child] = fallback
        queue.push(child)
      } else next[slot] = fallback
    }
  }
  const endingLists: Array<Int32Array | undefined> = new Array(own.length)
  all.forEach((pairs, state) => {
    if (!pairs.length) return
    endings[state] = Int32Array.from(pairs)
    endingLists[state] = Int32Array.from(new Set(pairs.map((pair) => Math.floor(pair / MAX_PHRASE))))
  })
  return { letters, letterCount, next, endings, endingLists, listCount: lists.length }
}

// Reused between calls: allocating typed arrays per sentence cost more than the scan itself.
let occurrences = new Float64Array(256)
let freeFrom = new Int32Array(0)

/**
 * Calls `found(list, start)` for every match, in order of position (lists matching at one
 * position in list order). The same matches as `new RegExp(longestFirst(phrases).join('|'), 'g')`
 * per list, with the phrases escaped.
 */
export function scanPhrases(scanner: PhraseScanner, text: string, found: (list: number, start: number) => void): void {
  const { letters, letterCount, next, endings, listCount } = scanner
  // Every occurrence of every phrase, as (start, list, length) packed into one sortable number.
  let count = 0
  let state = 0
  for (let index = 0; index < text.length; index += 1) {
    const letter = letters[text.charCodeAt(index)]
    if (!letter) {
      state = 0
      continue
    }
    state = next[state * letterCount + letter - 1]
    const pairs = endings[state]
    if (!pairs) continue
    for (let pair = 0; pair < pairs.length; pair += 1) {
      const length = pairs[pair] % MAX_PHRASE
      if (count === occurrences.length) {
        const grown = new Float64Array(count * 2)
        grown.set(occurrences)
        occurrences = grown
      }
      occurrences[count++] = (index + 1 - length) * listCount * MAX_PHRASE + pairs[pair]
    }
  }
  if (!count) return
  // Occurrences come in order of their end, so nearly in order of their start: an insertion sort
  // moves each one back by at most a few places.
  const sorted = occurrences
  for (let position = 1; position < count; position += 1) {
    const key = sorted[position]
    let before = position - 1
    while (before >= 0 && sorted[before] > key) {
      sorted[before + 1] = sorted[before]
      before -= 1
    }
    sorted[before + 1] = key
  }
  // Where each list may match next (after the end of its last match).
  if (freeFrom.length < listCount) freeFrom = new Int32Array(listCount)
  else freeFrom.fill(0, 0, listCount)
  for (let position = 0; position < count; position += 1) {
    const key = sorted[position]
    const group = Math.floor(key / MAX_PHRASE)
    // The longest phrase of this list at this start is the last of its group.
    if (position + 1 < count && Math.floor(sorted[position + 1] / MAX_PHRASE) === group) continue
    const list = group % listCount
    const start = (group - list) / listCount
    if (start < freeFrom[list]) continue
    freeFrom[list] = start + (key % MAX_PHRASE)
    found(list, start)
  }
}

/** Sets `mark` in marks[list] for every list with a phrase somewhere in `text`. */
export function markListsFound(scanner: PhraseScanner, text: string, marks: Uint8Array, mark: number): void {
  const { letters, letterCount, next, endingLists } = scanner
  let state = 0
  for (let index = 0; index < text.length; index += 1) {
    const letter = letters[text.charCodeAt(index)]
    if (!letter) {
      state = 0
      continue
    }
    state = next[state * letterCount + letter - 1]
    const found = endingLists[state]
    if (!found) continue
    for (let index = 0; index < found.length; index += 1) marks[found[index]] |= mark
  }
}
