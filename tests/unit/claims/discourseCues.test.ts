/*
 * Cues that need more than one sentence or a reading of who makes a claim (issue 13, English
 * recall): FAQ answers read with their question (faqPairs.ts), reported claims the text denies or
 * endorses (reportedClaims.ts), and negation after the verb (context.ts, model/negatedObjects.ts).
 * Sentences written for this test, not corpus sentences.
 */
import { describe, expect, it } from 'vitest'

import { checkClaims } from '../../../src/medical/claims'
import { loadCorpus } from '../../../src/medical/claims/corpus/corpus'
import { answerStance, isKeepCareQuestion, isRiskQuestion } from '../../../src/medical/claims/faqPairs'
import { withNegatedObjects } from '../../../src/medical/claims/model/negatedObjects'
import { deniesPrevious, isDeniedReport, isEndorsed } from '../../../src/medical/claims/reportedClaims'
import { isPairLine } from '../../../src/medical/claims/training/isPairLine'

const rulesOnly = (text: string) => checkClaims(text, { isModelDisabled: true, locale: 'en' })
const kinds = (text: string) => checkClaims(text, { locale: 'en' }).map((finding) => finding.kind)

describe('FAQ answers read with their question', () => {
  it("should flag an answer that affirms its question's claim, as that claim, on the answer's own offsets", () => {
    const text = 'Is this the best treatment for a torn disc?\nWithout a doubt.'
    const findings = rulesOnly(text)
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding.kind).toBe('superlative')
    expect(finding.source).toBe('answer:rule:superlative-claim')
    expect(finding.ruleId).toBe('answer-superlative-claim')
    expect(text.slice(finding.start, finding.end)).toBe('Without a doubt.')
    expect(finding.excerpt).toBe('Without a doubt.')
    // The question alone is not a claim: it is the "yes" that makes one.
    expect(rulesOnly('Is this the best treatment for a torn disc?')).toEqual([])
    expect(rulesOnly('Without a doubt.')).toEqual([])
  })

  it('should read a "Q: ... A: ..." pair and a "can" asked without taking the "can" as a hedge', () => {
    const text = 'Q: Can our cupping cure a frozen shoulder? A: Yes, it can.'
    const [finding] = rulesOnly(text)
    expect(finding?.kind).toBe('cure')
    expect(text.slice(finding!.start, finding!.end)).toBe('A: Yes, it can.')
  })

  it('should not flag an answer that denies, hedges or doubts the claim, nor a yes to a harmless question', () => {
    for (const text of [
      'Is this the best treatment for a torn disc? No, there is no single best treatment.',
      'Can our cupping cure a frozen shoulder? Of course not.',
      'Can our cupping cure a frozen shoulder? It may ease the stiffness for some people.',
      'Can our cupping cure a frozen shoulder? The evidence is mixed.',
      'Do you open on Sundays? Yes, from ten until four.',
      'Can I pay by card? Absolutely.',
    ]) {
      expect(checkClaims(text, { locale: 'en' }), text).toEqual([])
    }
  })

  it('should flag "no" to "do I still need my care?" as skip-care, but not "no" to "can I stop my care?"', () => {
    const text = 'Do I still need my blood pressure tablets? No, not after a few sessions.'
    const [finding] = rulesOnly(text)
    expect(finding?.kind).toBe('skip-care')
    expect(text.slice(finding!.start, finding!.end)).toBe('No, not after a few sessions.')
    expect(isKeepCareQuestion('Do I still need my blood pressure tablets?')).toBe(true)
    expect(isKeepCareQuestion('Can I stop my tablets?')).toBe(false)
    expect(rulesOnly('Can I stop my tablets? No, keep taking them.')).toEqual([])
    expect(rulesOnly('Do I still need my tablets? Yes, unless your doctor changes them.')).toEqual([])
  })

  it('should flag "no" to a question about risks as a safety claim, but not an answer that names a risk', () => {
    expect(isRiskQuestion('Are there any side effects?')).toBe(true)
    expect(kinds('Are there any side effects? No, none.')).toEqual(['safety'])
    expect(checkClaims('Are there any side effects? Some people feel sore for a day.', { locale: 'en' })).toEqual([])
  })

  it('should tell a yes from a no from a hedged answer', () => {
    expect(answerStance('Yes, in nearly all cases.')).toBe('yes')
    expect(answerStance('A: Absolutely.')).toBe('yes')
    expect(answerStance('For almost everybody, yes.')).toBe('yes')
    expect(answerStance('Certainly not.')).toBe('no')
    expect(answerStance('No, not really.')).toBe('no')
    expect(answerStance('Yes, but only for some people.')).toBe('other')
    expect(answerStance('It depends on the cause.')).toBe('other')
  })

  it('should keep question-and-answer corpus lines out of the sentence model, and single sentences in', () => {
    expect(isPairLine('Will it work? Yes, always.')).toBe(true)
    expect(isPairLine('Q: Can it cure me? A: Yes.')).toBe(true)
    expect(isPairLine('Numb leg? Book another session.')).toBe(false)
    expect(isPairLine('Massage cures sciatica.')).toBe(false)
    expect(isPairLine('Will it work for me?')).toBe(false)
  })
})

describe('reported claims', () => {
  it('should not flag a claim the same sentence reports and then denies', () => {
    const text = 'Online forums insist massage cures sciatica; no trial has shown it.'
    expect(isDeniedReport(text)).toBe(true)
    expect(checkClaims(text, { locale: 'en' })).toEqual([])
    // Without the denial the forums' claim is repeated, not distanced.
    expect(kinds('Online forums insist massage cures sciatica.')).toContain('cure')
  })

  it('should not flag a reported claim that the next sentence denies, and should flag it when the next sentence agrees', () => {
    expect(deniesPrevious('That is not true.')).toBe(true)
    expect(checkClaims('Some websites say massage cures sciatica. That is not true.', { locale: 'en' })).toEqual([])
    expect(kinds('Some websites say massage cures sciatica. We have seen it again and again.')).toContain('cure')
  })

  it('should flag a reported claim that the sentence endorses', () => {
    const text = 'Friends say massage cures sciatica, and they are right.'
    expect(isEndorsed(text)).toBe(true)
    expect(isEndorsed('Friends say massage cures sciatica, and it is not true.')).toBe(false)
    expect(kinds(text)).toContain('cure')
  })
})

describe('negation after the verb', () => {
  it('should not flag a claim verb whose object is negative, in the rules or the model', () => {
    for (const text of [
      'Cupping heals none of the damage in a worn joint.',
      'That cream cures absolutely nothing.',
      'We guarantee no particular result.',
    ]) {
      expect(checkClaims(text, { locale: 'en' }), text).toEqual([])
    }
  })

  it('should give the model a "not" before a claim verb with a negative object, and leave praise and other verbs alone', () => {
    expect(withNegatedObjects('Cupping heals none of it.')).toBe('Cupping not heals none of it.')
    expect(withNegatedObjects('It guarantees nothing.')).toBe('It not guarantees nothing.')
    expect(withNegatedObjects('The balm is nothing short of a miracle.')).toBe('The balm is nothing short of a miracle.')
    expect(withNegatedObjects('It does nothing for me.')).toBe('It does nothing for me.')
    expect(withNegatedObjects('Nothing beats a massage.')).toBe('Nothing beats a massage.')
  })

  it('should still flag a claim that a "not only" or "nothing short of" only strengthens', () => {
    expect(checkClaims('Not only does cupping relax you, it heals the damaged nerve.', { locale: 'en' }).length).toBeGreaterThan(0)
    expect(kinds('Our balm is nothing short of a miracle for stiff knees.')).toContain('miracle')
  })
})

describe('the seventh English probe', () => {
  it('should stay out of the corpus, so it is never trained or tuned on', () => {
    const texts = new Set(loadCorpus().map((entry) => entry.text))
    expect(texts.has('Will massage fix the cause of my sciatica? Yes, in nearly every case it does.')).toBe(false)
    expect(texts.has('Can reflexology clear up plantar fasciitis? Yes, it clears it for good.')).toBe(true)
  })
})
