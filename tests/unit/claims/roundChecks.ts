import { expect } from 'vitest'

import { checkClaims } from '../../../src/medical/claims'

/*
 * The checks every English and Thai round's test makes: its new shapes are read by the rules
 * alone (so the test pins the rules whatever the model learns), each as its kind, and safe lines
 * of the same shapes give nothing.
 */
type Locale = 'en' | 'th'

export const rulesOnly = (text: string, locale: Locale = 'en') => checkClaims(text, { isModelDisabled: true, locale })

export const ruleKinds = (text: string, locale: Locale = 'en') => rulesOnly(text, locale).map((finding) => finding.kind)

/** Every sentence is flagged by the rules as (at least) its kind. */
export function expectRuleKinds(cases: ReadonlyArray<readonly [string, string]>, locale: Locale = 'en'): void {
  for (const [sentence, kind] of cases) expect(ruleKinds(sentence, locale), sentence).toContain(kind)
}

/** No sentence gets a rule finding. */
export function expectNoRuleFindings(sentences: readonly string[], locale: Locale = 'en'): void {
  for (const sentence of sentences) expect(rulesOnly(sentence, locale), sentence).toEqual([])
}
