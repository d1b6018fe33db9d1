/*
 * Which words a rule's match can start with. A phrase match starts at a word boundary with one of
 * the alternatives of its first token, and is followed by a space or a non-letter, so the run of
 * ASCII letters and digits where it starts is exactly that alternative's leading run (or starts
 * with it, when a hyphen that may be left out follows). A sentence holding none of those words
 * cannot match the rule, and the rule's regular expression is not run on it: that skips most of
 * the rules for most sentences, with the same matches.
 */
import { expandAlternative } from './compile'
import type { ClaimRule, Vocabulary } from './types'

export interface RuleStarts {
  /** Words (lower case) a match can start with. */
  words: Set<string>
  /** Prefixes of the word a match can start with ("x" of "x-ray", which also matches "xray"). */
  prefixes: string[]
}

const LEADING_RUN = /^[a-z0-9]*/

/** Undefined when the rule has raw patterns or a phrase starting with a non-ASCII character: it always runs. */
export function ruleStarts(rule: ClaimRule, vocabulary: Vocabulary): RuleStarts | undefined {
  if (rule.patterns?.length) return undefined
  const starts: RuleStarts = { words: new Set(), prefixes: [] }
  for (const phrase of rule.phrases ?? []) {
    const [firstToken] = phrase.trim().split(/\s+/)
    for (const alternative of firstToken.split('|').flatMap((part) => expandAlternative(part, vocabulary))) {
      const literal = alternative.trim().toLowerCase()
      const run = LEADING_RUN.exec(literal)?.[0] ?? ''
      if (!run) return undefined
      if (literal[run.length] === '-') starts.prefixes.push(run)
      else starts.words.add(run)
    }
  }
  return starts
}

/** The words of a sentence as the rules' boundaries see them: runs of ASCII letters and digits, lower-cased. */
export function sentenceWords(sentence: string): Set<string> {
  const words = new Set<string>()
  for (const word of sentence.match(/[A-Za-z0-9]+/g) ?? []) words.add(word.toLowerCase())
  return words
}

export function canStartIn(starts: RuleStarts | undefined, words: Set<string>): boolean {
  if (!starts) return true
  for (const word of words) {
    if (starts.words.has(word)) return true
    for (const prefix of starts.prefixes) if (word.startsWith(prefix)) return true
  }
  return false
}
