/*
 * Literals a phrase cannot match without, beyond its start word. A phrase's tokens must all
 * appear in its match, in order; for each later token that is neither optional nor a gap, every
 * match of that token holds one of the literals read from it (requiredLiterals.ts). A sentence
 * missing the literals of one such token cannot match the phrase, wherever its start word is: the
 * checker then does not try the phrase there. The start word alone let common words ("the",
 * "this", "pain", "massage") run a rule's phrases at nearly every sentence, and most found nothing.
 */
import { compilePhraseBody } from './compile'
import { requiredLiterals } from './requiredLiterals'
import type { Vocabulary } from './types'

const GAP = /^\*\d*$/

/**
 * One list of literals per later required token of the phrase (lower case; the match holds one
 * literal of every list). Tokens without a readable literal add no list, so an empty answer means
 * the phrase is tried wherever its start word is.
 */
export function phraseLiteralLists(phrase: string, vocabulary: Vocabulary): string[][] {
  const lists: string[][] = []
  const tokens = phrase.trim().split(/\s+/)
  for (const token of tokens.slice(1)) {
    if (GAP.test(token) || token.endsWith('?')) continue
    // One token compiles as a one-token phrase: its group of alternatives, nothing around it.
    const literals = requiredLiterals(compilePhraseBody(token, vocabulary))
    if (literals) lists.push(literals)
  }
  return lists
}
