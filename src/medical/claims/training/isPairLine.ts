import { isQuestion } from '../context'
import { yesNoQuestionBody } from '../faqPairs'
import { normalizeText, splitSentences } from '../sentences'

/**
 * A corpus line that is a yes/no question followed by its answer ("Will it cure me? Yes."). The
 * checker never shows the model such a pair: it reads the question as a statement and the answer
 * on its own (faqPairs.ts). Trained whole, the pair's label would fall on the answer's words
 * ("yes", "absolutely") and flag harmless answers, so the sentence model leaves these lines out;
 * they still test the checker (eval, calibration).
 */
export function isPairLine(text: string): boolean {
  const normalized = normalizeText(text)
  const [first, second] = splitSentences(normalized)
  if (!first || !second) return false
  const question = normalized.slice(first.start, first.end)
  return isQuestion(question) && yesNoQuestionBody(question) !== undefined
}
