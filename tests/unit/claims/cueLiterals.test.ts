/*
 * The checker skips the distancing cue and the report-frame cue on an English sentence that holds
 * none of their required literals (checkClaims.ts). Skipping must never change an answer: on the
 * corpus and every text of the same-findings cases, each text where a cue matches holds one of its literals.
 */
import { describe, expect, it } from 'vitest'
import { distancingLiterals, isDistanced } from '../../../src/medical/claims/context'
import { isDeniedReport, reportFrameEnd, reportFrameLiterals } from '../../../src/medical/claims/reportedClaims'
import { normalizeText } from '../../../src/medical/claims/sentences'
import { findingsCases } from './sameFindingsCases'

const hasOneOf = (text: string, literals: readonly string[]) => {
  const lower = text.toLowerCase()
  return literals.some((literal) => lower.includes(literal))
}

describe('literals of the distancing cues', () => {
  const texts = [...new Set(findingsCases().map(({ text }) => normalizeText(text)))]

  it('should read literals for both cues', () => {
    expect(distancingLiterals()?.length).toBeGreaterThan(10)
    expect(reportFrameLiterals()?.length).toBeGreaterThan(10)
  })

  it('should answer as the ungated cue does on every text, with the literals found as the checker finds them', () => {
    const distancing = distancingLiterals()!
    const frames = reportFrameLiterals()!
    const differing: string[] = []
    let distanced = 0
    let framed = 0
    for (const text of texts) {
      if (isDistanced(text)) distanced += 1
      if (reportFrameEnd(text) !== -1) {
        framed += 1
        if (!hasOneOf(text, frames)) differing.push(`report frame without a literal: ${text}`)
      }
      if (isDistanced(text, hasOneOf(text, distancing)) !== isDistanced(text)) differing.push(`distancing: ${text}`)
      if (isDeniedReport(text, hasOneOf(text, frames)) !== isDeniedReport(text)) differing.push(`denied report: ${text}`)
    }
    expect(differing).toEqual([])
    expect(distanced).toBeGreaterThan(100)
    expect(framed).toBeGreaterThan(50)
  }, 120_000)
})
