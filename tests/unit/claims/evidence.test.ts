import { describe, expect, it } from 'vitest'

import { checkClaims } from '../../../src/medical/claims'
import { lexicalToTextWithCitations } from '../../../src/medical/lexicalWithCitations'

const CLAIM = 'Deep tissue work is clinically proven to free a trapped nerve.'

const text = (value: string) => ({ type: 'text', text: value, version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, version: 1 })
const link = (label: string) => ({ type: 'link', fields: { url: 'https://example.org/trial', linkType: 'custom' }, children: [text(label)] })
const state = (...children: unknown[]) => ({ root: { type: 'root', children } })

const ruleIds = (value: string, options = {}) => checkClaims(value, options).map((finding) => finding.ruleId)

describe('evidence per claim (issue 13)', () => {
  it('should still flag an evidence claim when the caller says the document has an unrelated reference', () => {
    expect(ruleIds(CLAIM, { hasReferences: true })).toContain('clinically-proven')
  })

  it('should accept a citation marker in the same sentence or in the next one', () => {
    expect(ruleIds(`${CLAIM.slice(0, -1)} [3].`)).not.toContain('clinically-proven')
    expect(ruleIds(`${CLAIM} The trial is listed as [3].`)).not.toContain('clinically-proven')
  })

  it('should read an author-year citation in Buddhist Era years as a citation, in Thai and English', () => {
    const thaiClaim = 'งานวิจัยยืนยันว่าการนวดช่วยลดอาการปวดหลังส่วนล่าง'
    expect(ruleIds(thaiClaim, { locale: 'th' })).toContain('th-proven')
    expect(ruleIds(`${thaiClaim} (สมชาย และคณะ, 2563)`, { locale: 'th' })).not.toContain('th-proven')
    expect(ruleIds(`${CLAIM.slice(0, -1)} (Suwan, 2563).`)).not.toContain('clinically-proven')
    // A year outside the Common and Buddhist Era ranges is no citation.
    expect(ruleIds(`${CLAIM.slice(0, -1)} (Suwan, 2363).`)).toContain('clinically-proven')
  })

  it('should not let a citation two sentences later support the claim', () => {
    expect(ruleIds(`${CLAIM} Book online today. The trial is listed as [3].`)).toContain('clinically-proven')
  })

  it('should treat a link or reference node beside the claim as its citation, and only there', () => {
    const linked = lexicalToTextWithCitations(state(paragraph(text(`${CLAIM} See `), link('the trial'), text('.'))))
    expect(linked.text).toBe(`${CLAIM} See the trial.`)
    expect(linked.citations).toEqual([{ start: CLAIM.length + 5, end: CLAIM.length + 14 }])
    expect(ruleIds(linked.text, { citations: linked.citations })).not.toContain('clinically-proven')
    expect(ruleIds(linked.text)).toContain('clinically-proven')

    const far = lexicalToTextWithCitations(
      state(paragraph(text(CLAIM)), paragraph(text('Book a session.')), paragraph(text('Reading: '), link('a trial'))),
    )
    expect(ruleIds(far.text, { citations: far.citations })).toContain('clinically-proven')

    const node = lexicalToTextWithCitations(state(paragraph(text(CLAIM), { type: 'reference', version: 1 })))
    expect(node.citations).toHaveLength(1)
    expect(ruleIds(node.text, { citations: node.citations })).not.toContain('clinically-proven')
  })

  it('should keep a cure claim flagged even with a citation attached', () => {
    expect(ruleIds('Massage cures sciatica [2].')).toContain('cure-claim')
  })
})
