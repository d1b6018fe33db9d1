/*
 * A question naming a treatment failure ("Still sore after the course?", "No progress after a
 * month?") answered by saying that never happens ("That never happens here.", "Not on our watch.")
 * is a guarantee, though neither sentence is one alone: the pair is read like a FAQ answer. Cue
 * words are data (dismissalCues.json).
 */
import cues from './dismissalCues.json'

const FAILURE_QUESTION = new RegExp(String.raw`^["'(]*(?:${cues.failureQuestions.join('|')})\b[^?]*\?["')]*\s*$`, 'i')

const NEVER_HAPPENS = new RegExp(String.raw`^["'(]*(?:${cues.neverHappensAnswers.join('|')})`, 'i')

/** Whether the answer says the failure its question names does not happen. */
export function isFailureDenied(question: string, answer: string): boolean {
  return FAILURE_QUESTION.test(question.trim()) && NEVER_HAPPENS.test(answer.trim())
}

/*
 * A bare condition as a question ("Sciatica?", "Bad back?") answered by dismissing it ("Not on our
 * watch.", "Consider it gone.") promises the condition will not last, in the shape of an ad's
 * question-and-answer pair.
 */
const CONDITION_QUESTION = new RegExp(
  String.raw`^["'(]*(?:[\w'-]+\s+){0,3}?(?:${cues.conditionQuestions.join('|')})\b[^?]{0,30}\?["')]*\s*$`,
  'i',
)

const CONDITION_DISMISSAL = new RegExp(String.raw`^["'(]*(?:${cues.conditionDismissals.join('|')})`, 'i')

/** Whether the answer dismisses the condition its short question names. */
export function isConditionDismissed(question: string, answer: string): boolean {
  return CONDITION_QUESTION.test(question.trim()) && CONDITION_DISMISSAL.test(answer.trim())
}
