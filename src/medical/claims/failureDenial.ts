/*
 * A question naming a treatment failure ("Still sore after the course?", "No progress after a
 * month?") answered by saying that never happens ("That never happens here.", "Not on our watch.")
 * is a guarantee, though neither sentence is one alone: the pair is read like a FAQ answer.
 */
const FAILURE_QUESTION =
  /^["'(]*(?:not\s+(?:better|improving|improved|any\s+better|feeling\s+better)|still\s+(?:in\s+pain|sore|hurting|aching|stiff|numb|not\s+(?:better|improving))|no\s+(?:progress|improvement|change|relief)|(?:leave|leaving|left|walk(?:ing)?\s+out)\s+(?:still\s+)?(?:without\s+(?:feeling\s+)?better|in\s+pain|hurting|sore)|worried\s+(?:it|this|massage)\s+(?:won't|will\s+not|might\s+not|may\s+not)\s+(?:work|help))\b[^?]*\?["')]*\s*$/i

const NEVER_HAPPENS =
  /^["'(]*(?:(?:that|this|it)\s+(?:simply\s+|just\s+)?(?:does\s+not|doesn't|never|won't|will\s+not)\s+happen|not\s+(?:on\s+our\s+watch|here|at\s+our\s+clinic|with\s+us)\b|(?:we|i)\s+(?:have\s+|'ve\s+)?never\s+(?:once\s+)?(?:seen|had)\s+(?:that|it|one)\b|(?:it|this|massage)\s+always\s+(?:does|works|helps)\b|not\s+(?:one|a\s+single)\s+(?:of\s+our\s+)?(?:clients?|patients?)\b)/i

/** Whether the answer says the failure its question names does not happen. */
export function isFailureDenied(question: string, answer: string): boolean {
  return FAILURE_QUESTION.test(question.trim()) && NEVER_HAPPENS.test(answer.trim())
}
