import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkClaims } from '../../../src/medical/claims'
import { LABELLED_SENTENCES } from './labelled'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const articlesDir = path.resolve(repoRoot, 'tests/fixtures/articles')

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

  it('should keep offsets correct on every fixture article, Thai included', () => {
    const files = fs.readdirSync(articlesDir).filter((name) => name.endsWith('.txt'))
    expect(files).toHaveLength(6)
    let findings = 0
    for (const file of files) {
      const text = fs.readFileSync(path.join(articlesDir, file), 'utf8')
      findings += checkClaims(text).length
      expectConsistentOffsets(text)
    }
    expect(findings).toBeGreaterThanOrEqual(8)
  })
})
