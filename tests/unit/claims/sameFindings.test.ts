import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkClaims } from '../../../src/medical/claims'
import { findingsCases } from './sameFindingsCases'
import { compactFindings, snapshotPath } from './sameFindingsSnapshot'

/*
 * The speed work on the checker (issue 13 §5) must not change a single finding. The snapshot was
 * recorded (recordFindings.ts) from the checker before that work; every case must give the same
 * rule or model, offsets, kind, severity, confidence, locale, message, suggestion and excerpt.
 */
describe('claims checker findings', () => {
  it('should give exactly the recorded findings for every corpus sentence, document, fixture and bench text', () => {
    const snapshot = JSON.parse(fs.readFileSync(snapshotPath, 'utf8')) as Record<string, unknown>
    const cases = findingsCases()
    expect(cases.map(({ name }) => name)).toEqual(Object.keys(snapshot))
    const differing: string[] = []
    for (const { name, text, options } of cases) {
      const actual = compactFindings(text, checkClaims(text, options))
      if (JSON.stringify(actual) !== JSON.stringify(snapshot[name])) differing.push(name)
    }
    expect(differing.slice(0, 20), `${differing.length} of ${cases.length} cases differ`).toEqual([])
  }, 120_000)

  it('should give the same findings whichever order texts are checked in', () => {
    // The checker keeps per-call caches; checking a case after an unrelated one must not change it.
    const snapshot = JSON.parse(fs.readFileSync(snapshotPath, 'utf8')) as Record<string, unknown>
    const cases = findingsCases().filter((_, index) => index % 7 === 0).reverse()
    for (const { name, text, options } of cases) {
      expect(compactFindings(text, checkClaims(text, options)), name).toEqual(snapshot[name])
    }
  }, 120_000)
})
