import { describe, expect, it } from 'vitest'

import { checkClaims } from '../../../src/medical/claims'
import { isThaiNegatedSaying, isThaiQuestion, isThaiRhetoricalQuestion } from '../../../src/medical/claims/thai'
import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences). The rule cases are read by the
// rules alone, so the test pins thaiRules.json, thaiCues.json and thai.ts whatever the model learns.

describe('Thai readings of the eighth round', () => {
  it('should flag treatment verbs beyond รักษา before "ให้หาย/ให้หมดไป", and "ชะงัด"/"อยู่หมัด", as cures', () => {
    expectRuleKinds([
      ['ศาสตร์นวดโบราณเยียวยาอาการปวดข้อให้หายไปจากชีวิตคุณ', 'cure'],
      ['ขูดเส้นกับเราขจัดอาการมึนหัวเรื้อรังให้หมดไป', 'cure'],
      ['น้ำมันสมุนไพรขวดนี้แก้ปวดเอวได้ชะงัดมาก', 'cure'],
      ['ปวดบ่ามานานแค่ไหน ร้านเราก็จัดการอยู่หมัด', 'cure'],
    ], 'th')
    expectNoRuleFindings(['การนวดไม่สามารถบำบัดโรคข้อเสื่อมให้หายได้'], 'th')
  })

  it('should flag "แค่/เพียง … หนึ่งครั้ง/นัดเดียว" with words between as one visit, but not when it may not be enough', () => {
    expectRuleKinds([
      ['เพียงการกดจุดหนึ่งครั้ง อาการปวดต้นคอจะหายไป', 'one-visit'],
      ['แค่มาหาหมอนวดของเรานัดเดียว คุณก็เดินตัวตรงได้', 'one-visit'],
    ], 'th')
    expectNoRuleFindings(['แค่นวดหนึ่งครั้งอาจยังไม่เห็นความต่าง', 'นวดเพียงรอบเดียวยังไม่พอสำหรับอาการเรื้อรัง'], 'th')
  })

  it('should flag an authority or research verb followed by particles before "ว่า", but not a denial or a hedge', () => {
    expectRuleKinds([
      ['หมอกระดูกเขายอมรับกันเลยนะว่านวดช่วยเรื่องปวดคอได้จริง', 'unreferenced-evidence'],
      ['เกาหลีเขาวิจัยกันมาหลายปีแล้วว่าการกดจุดช่วยให้หลับลึกขึ้น', 'unreferenced-evidence'],
    ], 'th')
    expectNoRuleFindings([
      'แพทย์หลายท่านยืนยันว่าการนวดไม่ได้ทำให้กระดูกสันหลังกลับเข้าที่',
      'นักวิจัยศึกษากันมาแล้วว่านวดอาจช่วยลดความเครียดได้บ้าง',
      'ยังต้องศึกษากันก่อนว่านวดช่วยเรื่องนี้ได้หรือไม่',
    ], 'th')
  })

  it('should flag cancelling care or coming to us "แทน", but not advice to keep the appointment', () => {
    expectRuleKinds([
      ['นัดผ่าตัดไหล่เดือนหน้า ยกเลิกไปเลยค่ะ มานวดกับเรา', 'skip-care'],
      ['ยาคลายกล้ามเนื้อกินไปก็เปลืองตับ มานวดที่ร้านเราแทนเถอะ', 'skip-care'],
      ['หมอให้ฉีดยาที่หลัง อย่าเพิ่งเชื่อนะคะ', 'skip-care'],
    ], 'th')
    expectNoRuleFindings(['ถ้ามีนัดผ่าตัดอยู่แล้ว อย่ายกเลิกนัดเองเด็ดขาด'], 'th')
  })

  it('should flag "ใครจะเชื่อว่า … กลับมาเดิน" and "อยากหาย … ไหม" hooks as rhetorical, but not a customer asking how', () => {
    expectRuleKinds([
      ['ใครจะไปคิดว่าคุณตาวัยแปดสิบจะกลับมาเดินได้หลังนวดไม่กี่ครั้ง?', 'rhetorical'],
      ['อยากหายปวดบ่าแบบไม่ต้องกินยาคลายกล้ามเนื้อไหมครับ?', 'rhetorical'],
      ['จะปล่อยให้ปวดหลังกวนใจไปอีกกี่ปีคะ?', 'rhetorical'],
    ], 'th')
    expectNoRuleFindings(['อยากหายปวดเร็วๆ ควรนวดสัปดาห์ละกี่ครั้งคะ?', 'อยากเลิกยาแก้ปวดทำได้ไหมคะ?'], 'th')
  })

  it('should leave a why-question about a cause to the rules, but let the model read "why put up with …"', () => {
    const why = 'ทำไมหลังขูดเส้นแล้วผิวถึงเป็นรอยแดงคะ?'
    expect(isThaiQuestion(why)).toBe(true)
    expect(isThaiRhetoricalQuestion(why)).toBe(false)
    expect(checkClaims(why, { locale: 'th' })).toEqual([])
    expect(isThaiRhetoricalQuestion('ทำไมต้องทนปวดหลังทุกเช้า?')).toBe(true)
    expect(isThaiRhetoricalQuestion('ปวดขนาดนี้จะทนไปทำไม?')).toBe(true)
  })

  it('should leave a negated verb of saying to the rules unless a turn follows it', () => {
    expect(isThaiNegatedSaying('ร้านเราไม่เคยบอกใครว่านวดแทนการผ่าตัดได้')).toBe(true)
    expect(isThaiNegatedSaying('เราไม่อยากให้ลูกค้าหยุดยาเอง')).toBe(true)
    expect(isThaiNegatedSaying('เราไม่ได้บอกว่านวดแทนยาได้ แต่นวดของเราหายขาดทุกราย')).toBe(false)
    expect(checkClaims('ร้านเราไม่เคยบอกใครว่านวดแทนการผ่าตัดได้', { locale: 'th' })).toEqual([])
  })
})
