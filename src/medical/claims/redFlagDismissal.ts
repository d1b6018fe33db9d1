/*
 * A question naming a red-flag symptom ("Numbness in both legs?", "Bladder trouble with back
 * pain?") answered by sending the reader to more massage ("Just book a longer session.", "Simply
 * rest and come back to us.") tells them to skip the urgent care those symptoms need, though
 * neither sentence says so alone: the pair is read like a FAQ answer. An answer that names urgent
 * care ("Just call 999.", "Simply go to A&E.") is the safety advice it should be.
 */
const RED_FLAG_QUESTION =
  /^["'(]*(?:[\w'-]+\s+){0,4}(?:numb(?:ness)?|loss\s+of\s+(?:feeling|sensation|bladder|bowel|control)|bladder|bowel|incontinen\w*|foot\s+drop|(?:foot|feet|toes?)\s+(?:is\s+|are\s+)?(?:dropping|dragging|drags|flopping)|weak(?:ness)?\s+(?:in\s+)?(?:the\s+|your\s+|my\s+|one\s+|both\s+)?(?:legs?|foot|feet|ankles?)|(?:legs?|foot|feet)\s+(?:feels?\s+|going\s+|is\s+|are\s+|getting\s+)?weak|(?:leg|legs|knee|knees)\s+giving\s+way|fever|weight\s+loss|losing\s+weight|saddle|can't\s+(?:feel|lift|pee)|cannot\s+(?:feel|lift))\b[^?]{0,80}\?["')]*\s*$/i

const MORE_MASSAGE =
  /^["'(]*(?:(?:just|simply|only)\s+(?:\w+\s+){0,2}?(?:book|come|pop|rest|stretch|carry\s+on|keep|add|have|try|double|call\s+us|message\s+us|ring\s+us)\b|(?:book|come\s+in\s+for|add|try|have)\s+(?:an?\s+)?(?:another|extra|longer|second|deeper|double|more)\b|(?:nothing|that's\s+nothing|that\s+is\s+nothing)\s+(?:to\s+worry\s+about|(?:a|our|one)\s+(?:good\s+)?(?:massage|session|therapist)\s+can't|(?:we|our\s+\w+)\s+can't))/i

const URGENT_CARE = /\b(?:doctor|gp|hospital|a&e|emergency|urgent|999|911|112|111|ambulance|nurse|surgeon|specialist|medical)\b/i

/** Whether the answer sends the red-flag symptom its question names to more massage instead of care. */
export function isRedFlagDismissed(question: string, answer: string): boolean {
  return RED_FLAG_QUESTION.test(question.trim()) && MORE_MASSAGE.test(answer.trim()) && !URGENT_CARE.test(answer)
}
