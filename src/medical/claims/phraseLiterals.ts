/*
 * Literals a phrase cannot match without, beyond its start word. A phrase's tokens must all
 * appear in its match, in order; for each later token that is neither optional nor a gap, every
 * match of that token holds one of the literals read from it. A sentence missing the literals of
 * one such token cannot match the phrase, wherever its start word is: the checker then does not
 * try the phrase there. The start word alone let common words ("the", "this", "pain", "massage")
 * run a rule's phrases at nearly every sentence, and most found nothing.
 */
import { expandAlternative } from './compile'
import { MIN_LITERAL, withoutRedundant } from './requiredLiterals'
import type { Vocabulary } from './types'

const GAP = /^\*\d*$/
// Printable ASCII only: the checker's scanner folds ASCII case as the rules' `i` flag does, and
// nothing else.
const PRINTABLE_ASCII = /^[ -~]+$/

/**
 * The longest piece of an alternative that each of its matches holds as written (lower case), or
 * undefined. compile.ts joins an alternative's words with white space and the parts of a
 * hyphenated word with "hyphen, space or nothing", so each part is matched letter for letter.
 */
function alternativeLiteral(alternative: string): string | undefined {
  let best: string | undefined
  for (const word of alternative.trim().split(/[\s_]+/)) {
    for (const part of word.split('-')) {
      if (part.length < MIN_LITERAL || !PRINTABLE_ASCII.test(part)) continue
      if (!best || part.length > best.length) best = part.toLowerCase()
    }
  }
  return best
}

/** A literal of each alternative of the token, or undefined when one alternative has none. */
function tokenLiterals(token: string, vocabulary: Vocabulary): string[] | undefined {
  const literals = new Set<string>()
  for (const alternative of token.split('|').flatMap((part) => expandAlternative(part, vocabulary))) {
    const literal = alternativeLiteral(alternative)
    if (!literal) return undefined
    literals.add(literal)
  }
  return withoutRedundant([...literals])
}

/**
 * One list of literals per later required token of the phrase (lower case; the match holds one
 * literal of every list). Tokens without a literal in every alternative add no list, so an empty
 * answer means the phrase is tried wherever its start word is.
 */
export function phraseLiteralLists(phrase: string, vocabulary: Vocabulary): string[][] {
  const lists: string[][] = []
  const tokens = phrase.trim().split(/\s+/)
  for (const token of tokens.slice(1)) {
    if (GAP.test(token) || token.endsWith('?')) continue
    const literals = tokenLiterals(token, vocabulary)
    if (literals) lists.push(literals)
  }
  return lists
}
