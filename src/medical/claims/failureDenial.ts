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
