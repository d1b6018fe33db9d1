/*
 * The context checks read a clause as its tokens: runs of ASCII letters, digits and apostrophes,
 * and commas (`/[A-Za-z0-9']+|,/g`). Negation looks at the last five words before each match, and
 * the list test only counts words; cutting every token of a 240-character window into strings for
 * that showed in profiles. These read the same tokens by character code.
 */

function isWordCode(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x27
  )
}

/** How many words (runs of [A-Za-z0-9']) the text holds: text.match(/[A-Za-z0-9']+|,/g) without its commas. */
export function countWords(text: string): number {
  let count = 0
  let isInWord = false
  for (let index = 0; index < text.length; index += 1) {
    const isWord = isWordCode(text.charCodeAt(index))
    if (isWord && !isInWord) count += 1
    isInWord = isWord
  }
  return count
}

/**
 * The end of text.match(/[A-Za-z0-9']+|,/g): its tokens from the `count`-th word from the end
 * (all of them when there are fewer words), in order.
 */
export function lastTokens(text: string, count: number): string[] {
  const tokens: string[] = []
  let words = 0
  let index = text.length - 1
  while (index >= 0 && words < count) {
    const code = text.charCodeAt(index)
    if (code === 0x2c) {
      tokens.push(',')
      index -= 1
      continue
    }
    if (!isWordCode(code)) {
      index -= 1
      continue
    }
    const end = index + 1
    while (index >= 0 && isWordCode(text.charCodeAt(index))) index -= 1
    tokens.push(text.slice(index + 1, end))
    words += 1
  }
  return tokens.reverse()
}
