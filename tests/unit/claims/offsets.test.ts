import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkClaims } from '../../../src/medical/claims'
import { LABELLED_SENTENCES } from './labelled'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const seedsDir = path.resolve(repoRoot, '../shared/seeds')

function expectConsistentOffsets(text: string): void {
  for (const finding of checkClaims(text)) {
    expect(finding.start).toBeGreaterThanOrEqual(0)
    expect(finding.end).toBeGreaterThan(finding.start)
    expect(finding.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt)
  }
}

describe('claims finding offsets', () => {
  it('should point at the matched words in text with curly quotes, emoji and non-breaking spaces', () => {
    const text =
      '\u201CRelax,\u201D she said \uD83D\uDE0A. Our therapist\u2019s\u00A0method cures sciatica \u2014 and it\u2019s 100%\u00A0effective!\r\nYou\u2019ll never feel back pain again.'
    const findings = checkClaims(text)
    expect(findings.map((f) => [f.ruleId, text.slice(f.start, f.end)])).toEqual([
      ['cure-claim', 'cures'],
      ['guarantee', '100%\u00A0effective'],
      ['permanent-relief', 'never feel back pain again'],
    ])
    for (const finding of findings) expect(finding.excerpt).toBe(text.slice(finding.start, finding.end))
  })

  it('should keep offsets correct across a long multi-paragraph document', () => {
    const text = LABELLED_SENTENCES.map((sentence) => sentence.text).join('\n\n\u2022 ')
    expect(checkClaims(text).length).toBeGreaterThan(40)
    expectConsistentOffsets(text)
  })

  it('should keep offsets correct on every seed article', () => {
    for (const file of fs.readdirSync(seedsDir).filter((name) => name.endsWith('.txt'))) {
      expectConsistentOffsets(fs.readFileSync(path.join(seedsDir, file), 'utf8'))
    }
  })
})
