/*
 * The checker skips the distancing cue and the report-frame cue on an English sentence where no
 * alternative of the cue has a literal of each of its lists (checkClaims.ts). Skipping must never
 * change an answer: on the corpus and every text of the same-findings cases, each text where a cue
 * matches opens one of its gates.
 */
import { describe, expect, it } from 'vitest'
import { distancingLiteralGates, isDistanced } from '../../../src/medical/claims/context'
import { isDeniedReport, reportFrameEnd, reportFrameLiteralGates } from '../../../src/medical/claims/reportedClaims'
import { normalizeText } from '../../../src/medical/claims/sentences'
import { findingsCases } from './sameFindingsCases'

const hasOneOf = (text: string, literals: readonly string[]) => {
  const lower = text.toLowerCase()
  return literals.some((literal) => lower.includes(literal))
}
const opensGate = (text: string, gates: readonly string[][][]) => gates.some((lists) => lists.every((literals) => hasOneOf(text, literals)))

describe('literals of the distancing cues', () => {
  const texts = [...new Set(findingsCases().map(({ text }) => normalizeText(text)))]

  it('should read a gate per alternative for both cues, some of them needing two lists', () => {
    for (const gates of [distancingLiteralGates(), reportFrameLiteralGates()]) {
      expect(gates?.length).toBeGreaterThan(1)
      expect(gates!.some((lists) => lists.length > 1)).toBe(true)
    }
  })

  it('should answer as the ungated cue does on every text, with the literals found as the checker finds them', () => {
    const distancing = distancingLiteralGates()!
    const frames = reportFrameLiteralGates()!
    const differing: string[] = []
    let distanced = 0
    let framed = 0
    for (const text of texts) {
      if (isDistanced(text)) distanced += 1
      if (reportFrameEnd(text) !== -1) {
        framed += 1
        if (!opensGate(text, frames)) differing.push(`report frame without a literal: ${text}`)
      }
      if (isDistanced(text, opensGate(text, distancing)) !== isDistanced(text)) differing.push(`distancing: ${text}`)
      if (isDeniedReport(text, opensGate(text, frames)) !== isDeniedReport(text)) differing.push(`denied report: ${text}`)
    }
    expect(differing).toEqual([])
    expect(distanced).toBeGreaterThan(100)
    expect(framed).toBeGreaterThan(50)
  }, 120_000)
})
