/*
 * Which words a rule's match can start with. A phrase match starts at a word boundary with one of
 * the alternatives of its first token and is followed by a space or a non-letter, so the run of
 * ASCII letters and digits where it starts is exactly that alternative's leading run, or, where a
 * hyphen follows (compiled as "hyphen, space or nothing"), that run joined to the next ones
 * ("x-ray" starts "x" or "xray"). A sentence holding none of those words cannot match the rule,
 * and the rule's regular expression is not run on it: the same matches, far fewer scans.
 */
import { expandAlternative } from './compile'
import type { ClaimRule, Vocabulary } from './types'

const RUN = /^[a-z0-9]*/

/** The words (lower case) an alternative's match can start with, or undefined when it does not start with one. */
function startWordsOf(alternative: string): string[] | undefined {
  let rest = alternative.trim().toLowerCase()
  let word = ''
  const words: string[] = []
  for (;;) {
    const run = RUN.exec(rest)?.[0] ?? ''
    if (!run) return word ? words : undefined
    word += run
    words.push(word)
    rest = rest.slice(run.length)
    if (!rest.startsWith('-')) return words
    rest = rest.slice(1)
  }
}

/** Start words of one phrase, or undefined when one of its first alternatives does not start with ASCII letters or digits. */
export function phraseStartWords(phrase: string, vocabulary: Vocabulary): Set<string> | undefined {
  const starts = new Set<string>()
  const [firstToken] = phrase.trim().split(/\s+/)
  for (const alternative of firstToken.split('|').flatMap((part) => expandAlternative(part, vocabulary))) {
    const words = startWordsOf(alternative)
    if (!words) return undefined
    for (const word of words) starts.add(word)
  }
  return starts
}

/**
 * Start words of the rule's phrases (its raw patterns are not read: they always run). Undefined
 * when a phrase does not start with ASCII letters or digits: then the phrases always run too.
 */
export function ruleStartWords(rule: ClaimRule, vocabulary: Vocabulary): Set<string> | undefined {
  const starts = new Set<string>()
  for (const phrase of rule.phrases ?? []) {
    const words = phraseStartWords(phrase, vocabulary)
    if (!words) return undefined
    for (const word of words) starts.add(word)
  }
  return starts
}
