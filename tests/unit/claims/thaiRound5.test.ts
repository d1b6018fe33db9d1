import { describe, expect, it } from 'vitest'

import { checkClaims } from '../../../src/medical/claims'
import { isThaiDistanced, isThaiFailureDenied, isThaiQuestion, withoutDeniedReports } from '../../../src/medical/claims/thai'
import { expectNoRuleFindings, expectRuleKinds, rulesOnly } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences). The rule cases are read by the
// rules alone, so the test pins thaiRules.json, thaiCues.json and thai.ts whatever the model learns.

describe('Thai readings of the fifth round', () => {
  it('should carry a negation over a clause opened by "หรือ", "และ" or "รวมถึง"', () => {
    expectNoRuleFindings([
      'เราไม่ได้ชวนให้ใครเลิกกินยาความดัน หรือแทนการผ่าตัดที่หมอนัดไว้',
      'การนวดไม่ควรใช้แทนยา และแทนการไปหาหมอเมื่อขาอ่อนแรง',
      'คลินิกไม่เคยสัญญาว่าจะหายสนิท รวมถึงหายขาดในครั้งเดียว',
    ], 'th')
    // Without the negated clause before it, the same clause is a claim.
    expectRuleKinds([['นวดที่ร้านแทนการผ่าตัดได้เลย', 'skip-care']], 'th')
  })

  it('should read a negated symptom as the claim rather than as a negation of it', () => {
    expectRuleKinds([
      ['นวดจบแล้วไม่มีอาการตึงที่บ่าเหลืออยู่เลยสักนิด', 'absolute-relief'],
      ['ไม่ปวดเข่าอีกเลยตลอดชีวิตหลังจบคอร์ส', 'absolute-relief'],
      ['ต่อจากนี้ไม่ต้องรู้จักคำว่าปวดเอวอีกแล้ว', 'absolute-relief'],
    ], 'th')
    // A negator that denies the claim itself still governs it.
    expectNoRuleFindings(['นวดแล้วไม่ปวดแล้ว แต่ไม่ได้หายขาด'], 'th')
  })

  it('should not take "ไม่กี่", "ไม่เกิน" or "ไม่นาน" for a negation, but should take "ไม่ถึงกับ"', () => {
    expectRuleKinds([
      ['มานวดไม่กี่ครั้ง ปวดคอเรื้อรังก็หายขาด', 'cure'],
      ['ไม่เกินสองสัปดาห์ อาการชาที่มือจะหายสนิท', 'cure'],
    ], 'th')
    expectNoRuleFindings(['นวดมาหลายรอบแล้วไม่ถึงกับหายขาด'], 'th')
  })

  it('should blank a quotation or a report that the sentence rebuts, for the rules and the model alike', () => {
    const sentence = "เพื่อนส่งต่อกันมาว่า 'กดจุดแล้วหายขาด' ข้อมูลนี้ไม่เป็นความจริง"
    const blanked = withoutDeniedReports(sentence)
    expect(blanked).toHaveLength(sentence.length)
    expect(blanked).not.toContain('หายขาด')
    expect(withoutDeniedReports('เพจหนึ่งเขียนว่านวดแล้วเลิกยาได้ เป็นข่าวปลอม')).not.toContain('เลิกยา')
    for (const text of [sentence, 'เพจหนึ่งเขียนว่านวดแล้วเลิกยาได้ เป็นข่าวปลอม', 'รีวิวที่บอกว่า "ปลอดภัยแน่นอน" ไม่ได้แปลว่าทุกคนนวดได้']) {
      expect(checkClaims(text), text).toEqual([])
    }
    // A rebuttal that is itself negated vouches for the report: the claim stays.
    expect(withoutDeniedReports('ลูกค้าบอกว่าหายขาดจริง ไม่ใช่ข่าวปลอม')).toContain('หายขาด')
    expectRuleKinds([['ลูกค้าบอกว่าหายขาดจริง ไม่ใช่ข่าวปลอม', 'cure']], 'th')
  })

  it('should flag an answer that says the failure its question names never happens', () => {
    const text = 'มีคนนวดครบคอร์สแล้วไม่ได้ผลบ้างไหมครับ? ไม่เคยมีครับ'
    const findings = rulesOnly(text, 'th')
    expect(findings.map((finding) => finding.kind)).toEqual(['guarantee'])
    expect(text.slice(findings[0].start, findings[0].end)).toBe('ไม่เคยมีครับ')
    expect(isThaiFailureDenied('ถ้านวดแล้วไม่ดีขึ้น ต้องจ่ายเพิ่มไหมคะ?', 'ไม่มีค่ะ')).toBe(false)
    expect(isThaiFailureDenied('นวดแล้วยังปวดอยู่ไหมคะ?', 'มีบ้างค่ะ แต่ละคนไม่เหมือนกัน')).toBe(false)
    expectNoRuleFindings(['ถ้านวดแล้วไม่ดีขึ้น ต้องจ่ายเพิ่มไหมคะ? ไม่มีค่ะ'], 'th')
  })

  it('should read "ไม่มีอะไรต้องระวัง" as a safety claim and "แบบไหนมาก็" as no question', () => {
    expect(isThaiDistanced('ใช้กับผู้สูงอายุได้เลย ไม่มีอะไรต้องระวัง')).toBe(false)
    expect(isThaiDistanced('ระวังร้านที่บอกว่าหายขาด')).toBe(true)
    expect(isThaiQuestion('เข่าเสื่อมแบบไหนมาก็นวดได้หมด')).toBe(false)
    expect(isThaiQuestion('นวดแบบไหนก็ได้ไหมคะ')).toBe(true)
    expectRuleKinds([['ใช้กับผู้สูงอายุได้เลย ไม่มีอะไรต้องระวัง', 'safety']], 'th')
  })

  it('should flag the fifth round shapes of evidence, efficacy, root cause and rhetoric', () => {
    expectRuleKinds([
      ['เทคนิคนี้มีผลการศึกษาทางคลินิกรองรับแล้ว', 'unreferenced-evidence'],
      ['หมอกระดูกหลายคนต่างยอมรับวิธีนวดของเรา', 'unreferenced-evidence'],
      ['นักกายภาพแนะนำให้ผู้ป่วยมานวดที่ร้านเราทุกสัปดาห์', 'unreferenced-evidence'],
      ['ลูกประคบของเราทำให้อาการอักเสบที่เข่าลดลงภายในสามวัน', 'efficacy'],
      ['นวดลึกช่วยปลดพังผืดที่รัดเส้นประสาทบริเวณสะบัก', 'efficacy'],
      ['เราแก้ข้อกระดูกที่เคลื่อน ซึ่งเป็นต้นตอของอาการชา', 'root-cause'],
      ['ใครจะเชื่อว่าคนที่ปวดหลังมาครึ่งชีวิตจะหายได้ในสองสัปดาห์', 'rhetorical'],
      ['ท่ายืดนี้หยุดอาการปวดเข่าก่อนที่จะเริ่ม', 'prevention'],
    ], 'th')
    expectNoRuleFindings([
      'หลักฐานที่รองรับการนวดยังมีน้อย',
      'แพทย์หลายท่านแนะนำให้เดินเบาๆ ทุกวัน',
      'การนวดอาจทำให้อาการปวดลดลงได้บ้างในบางคน',
      'ห้ามใช้การนวดแทนยาที่แพทย์สั่ง',
      'หยุดนวดทันทีก่อนที่อาการจะลุกลาม แล้วไปพบแพทย์',
    ], 'th')
  })
})
