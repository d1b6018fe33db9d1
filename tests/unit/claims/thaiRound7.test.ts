import { describe, expect, it } from 'vitest'

import { checkClaims } from '../../../src/medical/claims'
import { hasCitationMarker } from '../../../src/medical/claims/citations'
import { isThaiContactInvitation } from '../../../src/medical/claims/thai'
import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences). The rule cases are read by the
// rules alone, so the test pins thaiRules.json, thaiCues.json and thai.ts whatever the model learns.

describe('Thai readings of the seventh round', () => {
  it('should read a Thai mention of a numbered reference as a citation, for the rules and the model', () => {
    expect(hasCitationMarker('นวดช่วยลดปวดเข่าในผู้สูงอายุ (ดูเอกสารอ้างอิงที่ 3)')).toBe(true)
    expect(hasCitationMarker('ประคบร้อนลดปวดหลัง ดูเอกสารอ้างอิงหมายเลข 12 ท้ายบท')).toBe(true)
    expect(hasCitationMarker('กดจุดลดความเครียดได้ (อ้างอิง 2)')).toBe(true)
    expect(hasCitationMarker('บทความนี้อ้างอิงงานวิจัยหลายชิ้น')).toBe(false)
    // Whole checker, model included: a cited efficacy or prevention claim is not reported.
    expect(checkClaims('การนวดสม่ำเสมอช่วยป้องกันข้อไหล่ติดในผู้สูงอายุ ดูเอกสารอ้างอิงลำดับที่ 4')).toEqual([])
    expect(checkClaims('การนวดช่วยลดปวดศีรษะจากความเครียดในระยะสั้น รายละเอียดอยู่ในอ้างอิงที่ 6')).toEqual([])
  })

  it('should read an opening "ไม่มี…ใดที่" as negating its whole clause, but not a comparison or a negated failure', () => {
    expectNoRuleFindings([
      'ไม่มีท่ายืดแบบใดที่เหมาะกับผู้ป่วยหมอนรองกระดูกทุกรายโดยไม่มีข้อยกเว้น',
      'ไม่มีการนวดแบบไหนที่ทำให้คุณหายจากหมอนรองกระดูกทับเส้นได้ภายในครั้งเดียว',
    ], 'th')
    expectRuleKinds([['ไม่มีวิธีไหนที่ได้ผลเท่าการนวดไทยของเรา', 'superlative']], 'th')
  })

  it('should not read "อย่าง" (as in "อย่างสม่ำเสมอ") as the negator "อย่า"', () => {
    expectRuleKinds([['นวดคลายกล้ามเนื้อต้นขาอย่างสม่ำเสมอช่วยป้องกันเข่าเสื่อม', 'prevention']], 'th')
    expectNoRuleFindings(['อย่าเชื่อว่านวดป้องกันเข่าเสื่อมได้'], 'th')
  })

  it('should flag flushing lactic acid, easing nerve compression and releasing endorphins as efficacy, unless hedged', () => {
    expectRuleKinds([
      ['นวดหลังเล่นกีฬาช่วยล้างกรดแลคติกที่ค้างในต้นขาออกไป', 'efficacy'],
      ['ประคบร้อนช่วยคลายการกดทับรากประสาทที่เอว', 'efficacy'],
      ['กดจุดทำให้ร่างกายหลั่งเอนดอร์ฟินออกมาระงับปวดเอง', 'efficacy'],
    ], 'th')
    expectNoRuleFindings(['การนวดอาจกระตุ้นให้หลั่งเอนดอร์ฟินได้บ้างในบางคน'], 'th')
  })

  it('should flag top effectiveness, preventing a named syndrome and doctors agreeing without a source', () => {
    expectRuleKinds([
      ['ยาหม่องสูตรนี้มีประสิทธิภาพสูงสุดสำหรับปวดข้อ', 'superlative'],
      ['นวดฝ่ามือทุกสัปดาห์ป้องกันกลุ่มอาการนิ้วล็อกได้', 'prevention'],
      ['ออกกำลังกายคู่กับนวด ห่างไกลออฟฟิศซินโดรม', 'prevention'],
      ['แพทย์ส่วนมากเห็นพ้องกันว่าการนวดแก้ปวดคอได้ดี', 'unreferenced-evidence'],
    ], 'th')
    expectNoRuleFindings(['แพทย์ส่วนมากเห็นพ้องกันว่าการนวดแก้ปวดคอได้ดี [3]'], 'th')
  })

  it('should flag "want/ready to … without pain again?" as rhetorical, but not a plain booking question', () => {
    expectRuleKinds([
      ['อยากเดินขึ้นบันไดโดยไม่ปวดเข่าอีกเลยใช่ไหมคะ?', 'rhetorical'],
      ['พร้อมจะบอกลาอาการปวดไมเกรนเรื้อรังแล้วหรือยังครับ?', 'rhetorical'],
    ], 'th')
    expectNoRuleFindings(['พร้อมจะจองคิวนวดรอบหน้าหรือยังคะ?', 'อยากนวดน้ำมันหรือนวดแผนไทยดีคะ?'], 'th')
  })

  it('should leave a short request to write to us to the rules', () => {
    expect(isThaiContactInvitation('พิมพ์อาการมาในแชทได้เลยครับ')).toBe(true)
    expect(isThaiContactInvitation('บอกลาอาการปวดหลังได้เลยค่ะ')).toBe(false)
    expect(checkClaims('ปวดตรงไหนบ้างคะ? เล่าให้เราฟังทางไลน์ได้เลย')).toEqual([])
    expect(checkClaims('ทักแชทมาได้เลย หายปวดแน่นอนค่ะ').map((finding) => finding.kind)).toContain('guarantee')
  })
})
