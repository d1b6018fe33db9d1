/*
 * The evaluation's --model-only reading (isRulesDisabled): the model alone, rules off, so its reach
 * on wording no rule reads is measured apart from the rules (training/eval.ts).
 */
import { describe, expect, it } from 'vitest'

import { checkClaims } from '../../../src/medical/claims/checkClaims'
import { evaluate } from '../../../src/medical/claims/training/evaluate'
import type { SentenceModel } from '../../../src/medical/claims/types'

const text = 'Our massage cures sciatica for good. Book today.'
const silentModel: SentenceModel = { probability: () => 0, kind: () => 'cure', threshold: () => 0.7 }
const sureModel: SentenceModel = { probability: () => 0.99, kind: () => 'cure', threshold: () => 0.7 }

describe('claims model only (rules off)', () => {
  it('should report only model findings when the rules are off', () => {
    expect(checkClaims(text, { isModelDisabled: true }).length).toBeGreaterThan(0)
    const findings = checkClaims(text, { isRulesDisabled: true, model: sureModel })
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.every((finding) => finding.source === 'model:custom')).toBe(true)
  })

  it('should report nothing a rule alone would catch when the rules are off', () => {
    expect(checkClaims(text, { model: silentModel }).length).toBeGreaterThan(0)
    expect(checkClaims(text, { isRulesDisabled: true, model: silentModel })).toEqual([])
  })

  it('should score corpus entries with the model alone in the evaluation', () => {
    const entry = { id: 'x', lang: 'en' as const, kind: 'cure', isRisky: true, text: 'Our massage cures sciatica for good.' }
    expect(evaluate([entry], { isRulesDisabled: true, model: silentModel }).summary.en.recall).toBe(0)
    expect(evaluate([entry], { isModelDisabled: true }).summary.en.recall).toBe(1)
  })
})
