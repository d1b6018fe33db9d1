import { describe, expect, it } from 'vitest'

import { hasCitationMarker } from '../../../src/medical/claims/citations'
import { isThaiQuestion } from '../../../src/medical/claims/thai'
import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences). The rule cases are read by the
// rules alone, so the test pins thaiRules.json, thaiCues.json and thai.ts whatever the model learns.

describe('Thai readings of the sixth round', () => {
  it('should flag putting off surgery, an injection or prescribed medicine for massage as skip-care', () => {
    expectRuleKinds([
      ['คุณหมอนัดผ่าตัดไว้แล้วใช่ไหมคะ ขอให้พักไว้ก่อน มานวดกับเราดูสักเดือน', 'skip-care'],
      ['ยาที่แพทย์สั่งมาเก็บไว้ก่อนได้เลยครับ นวดกับเราก็พอ', 'skip-care'],
      ['ชะลอการฉีดยาออกไปก่อน แล้วลองกดจุดกับเรา', 'skip-care'],
      ['ยังไม่ต้องรีบหาหมอนะคะ นวดก่อนสักสองครั้ง', 'skip-care'],
    ], 'th')
    expectNoRuleFindings([
      'ถ้าแพทย์นัดผ่าตัดไว้ อย่าเลื่อนออกไปเองก่อนปรึกษาแพทย์',
      'เลื่อนนัดผ่าตัดออกไปก่อนได้ไหมคะ ถ้าอยากลองนวดดู',
    ], 'th')
  })

  it('should flag prevention of a named condition, and leave hedged, negated or asked ones alone', () => {
    expectRuleKinds([
      ['นวดสะโพกเป็นประจำช่วยป้องกันเส้นประสาทถูกกดทับ', 'prevention'],
      ['ประคบร้อนทุกเย็น ป้องกันข้อเข่าเสื่อมได้', 'prevention'],
    ], 'th')
    expectNoRuleFindings([
      'การนวดไม่ได้ป้องกันข้อเข่าเสื่อม',
      'การนวดช่วยป้องกันข้อเข่าเสื่อมได้ไหมคะ',
      'ควรสวมสนับเข่าเพื่อป้องกันเข่าขณะวิ่ง',
    ], 'th')
  })

  it('should flag treating what the sentence calls the root cause, but not naming a cause', () => {
    expectRuleKinds([['เรานวดคลายกล้ามเนื้อก้นที่เป็นตัวต้นตอของอาการชาขา', 'root-cause']], 'th')
    expectNoRuleFindings(['การนั่งไขว่ห้างนานๆ เป็นต้นเหตุหนึ่งของอาการปวดสะโพก'], 'th')
  })

  it('should flag a body measure that a session is said to change, unless hedged or cited', () => {
    expectRuleKinds([
      ['กดจุดเสร็จ ความดันโลหิตก็ลดลงทันตาเห็น', 'efficacy'],
      ['ระดับน้ำตาลกลับมาปกติหลังนวดทุกครั้ง', 'efficacy'],
      ['นวดฝ่าเท้าก่อนนอน หลับสนิทตลอดคืน', 'efficacy'],
    ], 'th')
    expectNoRuleFindings([
      'บางคนรู้สึกว่าความดันลดลงหลังนวด แต่ผลไม่แน่นอน',
      'วัดความดันก่อนนวดทุกครั้งเพื่อความปลอดภัย',
      'ความดันลดลงเล็กน้อยหลังนวดในการศึกษาขนาดเล็ก [2]',
    ], 'th')
  })

  it('should flag "how good would it be if" and "imagine" promises as rhetorical', () => {
    expectRuleKinds([
      ['จะดีแค่ไหนถ้าคุณเลิกกินยาแก้ปวดได้ แค่มานวดกับเรา?', 'rhetorical'],
      ['ลองจินตนาการว่าคุณไม่ต้องผ่าตัดหลังอีกต่อไป เพียงนวดสัปดาห์ละครั้ง', 'rhetorical'],
    ], 'th')
    expectNoRuleFindings(['คงดีไม่น้อยถ้าได้นวดสบายๆ หลังเลิกงานวันศุกร์'], 'th')
  })

  it('should read a particle, an emoji, a trailing condition or a request to answer after a question as a question', () => {
    expect(isThaiQuestion('ประคบสมุนไพรช่วยป้องกันข้อเสื่อมได้ไหมคะ')).toBe(true)
    expect(isThaiQuestion('นวดแล้วหยุดยาได้หรือเปล่าครับ 🤔')).toBe(true)
    expect(isThaiQuestion('งดยาได้ไหมครับ ถ้านวดครบคอร์สแล้ว')).toBe(true)
    expect(isThaiQuestion('ที่ไหนนวดหมอนรองกระดูกดีที่สุดคะ ช่วยแนะนำหน่อย')).toBe(true)
    // "how" embedded in a telling verb asks nothing: the claim inside it is read.
    expect(isThaiQuestion('วันนี้จะเล่าให้ฟังว่าคุณยายหายขาดจากปวดเข่าได้อย่างไร')).toBe(false)
    expect(isThaiQuestion('อยากรู้ว่านวดแบบไหนเหมาะกับคนปวดหลัง')).toBe(true)
    expectRuleKinds([['วันนี้จะเล่าให้ฟังว่าคุณยายหายขาดจากปวดเข่าได้อย่างไร', 'cure']], 'th')
  })

  it('should not read 100% of a product or a service, or a popularity rank, as a promise', () => {
    expectNoRuleFindings([
      'ผ้าห่มทุกผืนเป็นผ้าฝ้าย 100% ซักทุกวัน',
      'ลูกค้าพอใจ 100% กับความสะอาดของห้อง',
      'นวดน้ำมันเป็นเมนูขายดีอันดับ 1 ของร้าน',
      'ไม่มีร้านไหนทำให้หายได้ 100% ทุกคน',
    ], 'th')
    expectRuleKinds([
      ['หายปวดหลังแน่นอน 100%', 'guarantee'],
      ['No.1 ด้านนวดรักษาหมอนรองกระดูก', 'superlative'],
    ], 'th')
  })

  it('should flag a share of doctors said to recommend the treatment as unreferenced evidence', () => {
    expectRuleKinds([['ศัลยแพทย์ 8 ใน 10 ท่านแนะนำการนวดของเราก่อนผ่าตัด', 'unreferenced-evidence']], 'th')
    expectNoRuleFindings(['ศัลยแพทย์ 8 ใน 10 ท่านแนะนำการนวดก่อนผ่าตัดในแบบสำรวจนี้ [4]', 'หมอ 3 ใน 4 คนของคลินิกจบจากเชียงใหม่'], 'th')
  })

  it('should flag restoring the function of a nerve, drawing inflammation out, and "no such word as not cured"', () => {
    expectRuleKinds([
      ['ลูกประคบฟื้นฟูการทำงานของเส้นประสาทที่ถูกกดทับ', 'efficacy'],
      ['ครีมสมุนไพรขับการอักเสบออกจากข้อมือ', 'efficacy'],
      ['ร้านนี้ไม่มีคำว่าไม่ได้ผลครับ', 'guarantee'],
      ['เห็นผลกับทุกคนที่มานวด', 'guarantee'],
    ], 'th')
    expectNoRuleFindings(['การนวดไม่ได้ขับการอักเสบออกจากข้อ', 'ในการนวดไม่มีคำว่าหายขาด มีแต่ดูแลต่อเนื่อง'], 'th')
  })

  it('should read a Thai source label with a year as a citation', () => {
    expect(hasCitationMarker('นวดลดปวดคอได้ ที่มา: Somchai et al., 2019')).toBe(true)
    expect(hasCitationMarker('ข้อมูลจาก อ้างอิง: กรมการแพทย์แผนไทย 2563')).toBe(true)
    expect(hasCitationMarker('ที่มาของอาการปวดคือกล้ามเนื้อตึง')).toBe(false)
    expectNoRuleFindings(['งานวิจัยยืนยันว่านวดไทยลดปวดหลังได้ ที่มา: Somchai et al., 2019'], 'th')
  })
})
