import { isWhiteSpaceCode } from './sentences'

// Counted by character code: the model's gate asks this of every sentence, and a regular
// expression run per white-space run showed in profiles.
/** Whether text.split(/\s+/) has at least `count` pieces (one more than its runs of white space), without building them. */
export function hasPieces(text: string, count: number): boolean {
  let pieces = 1
  let isInRun = false
  for (let index = 0; index < text.length && pieces < count; index += 1) {
    const isSpace = isWhiteSpaceCode(text.charCodeAt(index))
    if (isSpace && !isInRun) pieces += 1
    isInRun = isSpace
  }
  return pieces >= count
}
