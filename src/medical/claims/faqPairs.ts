/*
 * A question and the answer that follows it, read together (FAQ pages, "Q: ... A: ..."). The
 * answer alone ("Absolutely.", "Yes, in most cases it does.") carries no claim; with the question
 * it affirms whatever the question asks. The checker reads the question as a statement and, when
 * that is a claim and the answer agrees without a hedge, flags the answer as that claim. A "do I
 * still need my doctor?" question answered "no" is advice to skip care. Cue words are data
 * (discourseCues.json).
 */
import { cuePattern } from './cuePattern'
import cues from './discourseCues.json'

const QUESTION_LABEL = new RegExp(`^\\s*${cuePattern(cues.questionLabels).source}\\s*[:.)-]\\s*`, 'i')
const ANSWER_LABEL = new RegExp(`^\\s*${cuePattern(cues.answerLabels).source}\\s*[:.)-]\\s*`, 'i')
const OPENER_QUOTES = /^["'(]*/
const AFFIRMATIVE_OPENER = cuePattern(cues.affirmativeOpeners, { anchor: 'start' })
const AFFIRMATIVE_CLOSER = new RegExp(`[,;:\\s]${cuePattern(cues.affirmativeClosers).source}\\s*[.!]*["')]*\\s*$`, 'i')
const NEGATIVE_OPENER = cuePattern(cues.negativeOpeners, { anchor: 'start' })
const NOT_AFTER = /^[\s,]*(?:not|never)\b/i
const ANSWER_HEDGE = cuePattern(cues.answerHedges)
const KEEP_CARE_VERB = cuePattern(cues.keepCareVerbs)
const CARE_NOUN = cuePattern(cues.careNouns)
const SKIP_CARE_VERB = cuePattern(cues.skipCareVerbs)
const RISK_NOUN = cuePattern(cues.riskNouns)
// A yes/no question: it opens with an auxiliary ("Will massage ...", "Is it ...", "Do I ...").
// A yes/no question: it opens with an auxiliary ("Will massage ...", "Is it ...", "Do I ..."), or
// drops it ("Worried about side effects?" for "Are you worried …").
const YES_NO_QUESTION =
  /^["'(]*(?:can|could|does|do|did|is|are|was|were|will|would|should|shall|has|have|must|may|might|worried|concerned|nervous|anxious|scared|afraid)\b(?!n't)/i
// "Most clients throw them away", "You won't need them": an answer that drops the care asked about.
const SKIPPING_ANSWER = new RegExp(`${cuePattern(cues.skipAnswerVerbs).source}\\s+(?:\\w+\\s+)?(?:them|it|those|theirs)\\b`, 'i')

/** The question without its "Q:" label, when it is a yes/no question; otherwise undefined. */
export function yesNoQuestionBody(question: string): string | undefined {
  const body = question.replace(QUESTION_LABEL, '')
  return YES_NO_QUESTION.test(body.replace(OPENER_QUOTES, '')) ? body : undefined
}

/**
 * The question read as the statements a "yes" makes of it, ending in a full stop instead of "?":
 * its words without the opening auxiliary ("Can massage heal a disc?" → "massage heal a disc."), so
 * a "can" asked is not read as a hedge once answered, then its words as asked ("Will massage heal
 * a disc."), for rules that need the auxiliary.
 */
export function asStatements(questionBody: string): [string, string] {
  const asked = questionBody.replace(/\?+(["')\]]*)\s*$/, '.$1')
  return [asked.replace(YES_NO_QUESTION, '').trimStart(), asked]
}

export type AnswerStance = 'yes' | 'no' | 'other'

/** Whether an answer agrees, disagrees, or does neither plainly (a hedged answer is "other"). */
export function answerStance(answer: string): AnswerStance {
  const body = answer.replace(ANSWER_LABEL, '').replace(OPENER_QUOTES, '').trim()
  if (ANSWER_HEDGE.test(body)) return 'other'
  if (NEGATIVE_OPENER.test(body)) return 'no'
  const opener = AFFIRMATIVE_OPENER.exec(body)
  // "Of course not", "Certainly not": the opener only strengthens the "no".
  if (opener) return NOT_AFTER.test(body.slice(opener[0].length)) ? 'no' : 'yes'
  if (AFFIRMATIVE_CLOSER.test(body)) return 'yes'
  return 'other'
}

/** "Do I still need surgery?", "Should I keep taking my pills?": a "no" to it is advice to skip care. */
export function isKeepCareQuestion(questionBody: string): boolean {
  return KEEP_CARE_VERB.test(questionBody) && CARE_NOUN.test(questionBody) && !SKIP_CARE_VERB.test(questionBody)
}

/** An unhedged answer that says the care its keep-care question names gets dropped ("Most clients bin them."). */
export function isSkippingAnswer(answer: string): boolean {
  return SKIPPING_ANSWER.test(answer) && !ANSWER_HEDGE.test(answer)
}

/** "Are there any side effects?", "Is there any risk?": a plain "no" to it is a safety claim. */
export function isRiskQuestion(questionBody: string): boolean {
  return RISK_NOUN.test(questionBody)
}
