import { describe, expect, it } from 'vitest'

import { isThaiQuestion } from '../../../src/medical/claims/thai'
import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences). The rule cases are read by the
// rules alone, so the test pins thaiRules.json, thaiCues.json and thai.ts whatever the model learns.

describe('Thai readings of the ninth round', () => {
  it('should flag a testimonial cure after a stated duration, but not one still waiting to heal', () => {
    expectRuleKinds([
      ['พี่สาวเป็นเอ็นข้อมืออักเสบมาแปดเดือน ตอนนี้หายสนิทแล้วค่ะ', 'cure'],
      ['ปวดส้นเท้ามาเป็นปี พอได้ย่ำขางที่นี่ก็หายเลยครับ', 'cure'],
      ['ปวดสะบักทุกเช้า หายแล้วค่ะเพราะนวดกับร้านนี้', 'cure'],
    ], 'th')
    expectNoRuleFindings([
      'ปวดเอวมาสามเดือนแล้วยังไม่หาย ควรไปตรวจกับแพทย์ค่ะ',
      'เป็นมาหลายปี นวดแล้วอาจจะหายหรือไม่หายก็ได้',
    ], 'th')
  })

  it('should flag a promise frame and an outcome "แน่นอน", but not a refused promise', () => {
    expectRuleKinds([
      ['ป้ารับปากเลยจ้ะว่าหลานจะกลับไปเตะบอลได้ภายในเดือนนี้', 'guarantee'],
      ['นวดครบคอร์สแล้วข้อมือจะหมุนได้คล่องแน่นอนครับ', 'guarantee'],
    ], 'th')
    expectNoRuleFindings(['เราไม่สัญญาว่าข้อมือจะหายภายในคอร์สเดียว'], 'th')
  })

  it('should flag first-visit and single-session results, but not one visit that may fall short', () => {
    expectRuleKinds([
      ['แค่คิวแรก ข้อเท้าที่พลิกมาก็ลงน้ำหนักได้แล้วค่ะ', 'one-visit'],
      ['ประคบรอบเดียว ขาที่บวมก็ยุบลงหมดเลย', 'one-visit'],
    ], 'th')
    expectNoRuleFindings([
      'ประคบรอบเดียวอาจยังไม่เห็นความเปลี่ยนแปลงมากนัก',
      'แค่คิวแรกหมอนวดจะซักประวัติและวัดความดันก่อนค่ะ',
    ], 'th')
  })

  it('should flag a study reaching "พบว่า" or "ชี้ชัด ว่า" with an outcome, but not a small or hedged one', () => {
    expectRuleKinds([
      ['ผลการศึกษาในคนทำงานกะดึกพบว่าการนวดช่วยให้หลับลึกขึ้น', 'unreferenced-evidence'],
      ['ตามผลการวิจัยล่าสุด การนวดเท้าช่วยลดอาการบวมได้ทันที', 'unreferenced-evidence'],
    ], 'th')
    expectNoRuleFindings([
      'การศึกษาขนาดเล็กชิ้นหนึ่งพบว่านวดอาจช่วยเรื่องการนอน',
      'ผลการศึกษาพบว่าการนวดช่วยลดอาการบวมในระยะสั้น [4]',
    ], 'th')
  })

  it('should flag skipping scans, physio and hospital, but not a doctor deciding a scan is not needed', () => {
    expectRuleKinds([
      ['ไม่จำเป็นต้องเสียเงินทำ CT ค่ะ หมอนวดเราคลำก็รู้', 'skip-care'],
      ['เก็บเงินค่ากายภาพไว้ได้เลยครับ มานวดกับเราดีกว่า', 'skip-care'],
    ], 'th')
    expectNoRuleFindings(['ไม่จำเป็นต้องทำ MRI ทุกคน แพทย์จะประเมินจากอาการก่อน'], 'th')
  })

  it('should read "ไม่มี … ไหน/ใด … ดีกว่า" as a superlative, but not "none is better than another"', () => {
    expectRuleKinds([['ไม่มีน้ำมันนวดยี่ห้อไหนคลายปวดเข่าได้ดีเท่าน้ำมันของเรา', 'superlative']], 'th')
    expectNoRuleFindings(['ไม่มีน้ำมันนวดยี่ห้อใดดีกว่ากันอย่างชัดเจน'], 'th')
  })

  it('should flag prevention in a treatment context, but not lifestyle advice', () => {
    expectRuleKinds([['กดจุดหลังคอทุกสัปดาห์ จะได้ไม่เป็นไมเกรนอีก', 'prevention']], 'th')
    expectNoRuleFindings(['ลุกเดินบ้างทุกชั่วโมง จะได้ไม่เป็นออฟฟิศซินโดรม'], 'th')
  })

  it('should flag weary-sufferer and "พร้อมหรือยัง" questions as rhetorical, but not a plain question', () => {
    expect(isThaiQuestion('เหนื่อยไหมกับอาการชามือทุกเช้า?')).toBe(true)
    expectRuleKinds([
      ['เหนื่อยไหมกับอาการชามือทุกเช้า?', 'rhetorical'],
      ['พร้อมรึยังคะที่จะบอกลายาแก้ปวด?', 'rhetorical'],
    ], 'th')
    expectNoRuleFindings(['ชามือทุกเช้าควรทำอย่างไรดีคะ?'], 'th')
  })

  it('should not negate a claim by a symptom ("เดินไม่ไหว", "นอนไม่หลับ") before it', () => {
    expectRuleKinds([
      ['ขาชาจนยืนไม่ไหวก็ไม่ต้องตกใจ มานวดกับเราก่อนค่อยว่ากัน', 'skip-care'],
      ['นอนไม่หลับมาสองปี หายเป็นปกติแล้วหลังกดจุด', 'cure'],
    ], 'th')
  })

  it('should not report looking for a cause, a misbelief or a report we explain away', () => {
    expectNoRuleFindings([
      'อาการชาปลายนิ้วควรให้แพทย์ตรวจวินิจฉัยก่อน เพื่อหาต้นตอที่แท้จริง',
      'บางคนเข้าใจผิดว่า "ขูดกัวซาช่วยขับพิษ" แต่รอยแดงเป็นเพียงเส้นเลือดฝอยแตก',
      'ลูกค้าเล่าว่าญาติแนะนำให้เลิกยาเบาหวานแล้วมานวดแทน เราจึงอธิบายว่าห้ามหยุดยาเอง',
      'ผู้ที่ทานยาละลายลิ่มเลือดควรแจ้งหมอนวดก่อนทุกครั้ง',
      'มีคนโพสต์ว่า "ย่ำขางแล้วเลิกยาความดันได้เลย" คำแนะนำแบบนี้อันตรายมาก',
    ], 'th')
  })
})
