import { describe, expect, it } from 'vitest'

import { checkClaims } from '../../../src/medical/claims'
import { tokenize } from '../../../src/medical/claims/model/features'

describe('Thai claims', () => {
  it('should segment Thai into words with Intl.Segmenter', () => {
    expect(tokenize('การนวดรักษาให้หายขาด')).toEqual(['การ', 'นวด', 'รักษา', 'ให้', 'หายขาด'])
  })

  it('should flag Thai cure, guarantee and skip-care wording and say the locale', () => {
    const findings = checkClaims('การนวดรักษาอาการปวดร้าวลงขาให้หายขาด\nไม่ต้องผ่าตัดอีกต่อไป', { locale: 'th' })
    expect(findings.map((finding) => finding.kind)).toEqual(['cure', 'skip-care'])
    for (const finding of findings) expect(finding.locale).toBe('th')
  })

  it('should not flag negated, hedged or questioned Thai wording', () => {
    for (const sentence of [
      'การนวดไม่สามารถรักษาให้หายขาดได้',
      'การนวดอาจช่วยให้กล้ามเนื้อคลายตัวได้ชั่วคราว',
      'การนวดรักษาให้หายขาดได้ไหม',
      'ระวังร้านที่โฆษณาว่านวดแล้วหายขาด',
    ]) {
      expect(checkClaims(sentence), sentence).toEqual([])
    }
  })

  it('should check Thai sentences inside English text with the Thai rules', () => {
    const text = 'Our clinic is open daily. รับประกันว่าหายปวดแน่นอน'
    const [finding] = checkClaims(text, { locale: 'en' })
    expect(finding.kind).toBe('guarantee')
    expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt)
  })
})
