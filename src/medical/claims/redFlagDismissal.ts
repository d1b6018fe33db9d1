/*
 * A question naming a red-flag symptom ("Numbness in both legs?", "Bladder trouble with back
 * pain?") answered by sending the reader to more massage ("Just book a longer session.", "Simply
 * rest and come back to us.") tells them to skip the urgent care those symptoms need, though
 * neither sentence says so alone: the pair is read like a FAQ answer. An answer that names urgent
 * care ("Just call 999.", "Simply go to A&E.") is the safety advice it should be. Cue words are
 * data (dismissalCues.json).
 */
import cues from './dismissalCues.json'

const RED_FLAG_QUESTION = new RegExp(
  String.raw`^["'(]*(?:[\w'-]+\s+){0,4}(?:${cues.redFlagSymptoms.join('|')})\b[^?]{0,80}\?["')]*\s*$`,
  'i',
)

const MORE_MASSAGE = new RegExp(String.raw`^["'(]*(?:${cues.moreMassageAnswers.join('|')})`, 'i')

const URGENT_CARE = new RegExp(String.raw`\b(?:${cues.urgentCare.join('|')})\b`, 'i')

/** Whether the answer sends the red-flag symptom its question names to more massage instead of care. */
export function isRedFlagDismissed(question: string, answer: string): boolean {
  return RED_FLAG_QUESTION.test(question.trim()) && MORE_MASSAGE.test(answer.trim()) && !URGENT_CARE.test(answer)
}
