/*
 * Rule wording added in the third corpus round (issue 13): kinds the rules missed on unseen dev
 * wording, and the hard negatives they must still leave alone. Rules only, so the model cannot
 * hide a rule regression.
 */
import { describe, expect, it } from 'vitest'

import { checkClaims } from '../../../src/medical/claims'

const kinds = (text: string) => checkClaims(text, { isModelDisabled: true }).map((finding) => finding.kind)

describe('claims rules, third-round wording', () => {
  it('should flag superlatives, skip-care, miracle and prevention wording the rules used to miss', () => {
    expect(kinds("The world's leading treatment for lumbar pain is right here.")).toEqual(['superlative'])
    expect(kinds('There is simply no better way to treat a bulging disc.')).toEqual(['superlative'])
    expect(kinds('Clients who follow our plan never end up needing an operation.')).toEqual(['skip-care'])
    expect(kinds('A course of massage makes surgery unnecessary.')).toEqual(['skip-care'])
    expect(kinds('The secret remedy doctors do not want you to know about.')).toEqual(['miracle'])
    expect(kinds('This stretch routine makes your spine immune to future injury.')).toEqual(['prevention'])
  })

  it('should flag efficacy mechanisms, unsourced success figures and stopping a specialist', () => {
    expect(kinds('Hot stones draw toxins out of the lower back.')).toEqual(['efficacy'])
    expect(kinds('Aromatherapy oils penetrate deep into the nerve and soothe it.')).toEqual(['efficacy'])
    expect(kinds('The results speak for themselves: 97% of our clients recover fully.')).toEqual(['unreferenced-evidence'])
    expect(kinds('Many clients stop seeing their specialist once they start with us.')).toEqual(['skip-care'])
    expect(kinds('Prevent sciatica before it starts with our package.')).toEqual(['prevention'])
  })

  it('should leave ordinary uses of the same words alone', () => {
    expect(kinds('Ninety percent of our patients are women.')).toEqual([])
    expect(kinds('Heat may calm an irritated nerve for a while.')).toEqual([])
    expect(kinds('Cupping does not draw toxins out of the body.')).toEqual([])
    expect(kinds('A leading cause of sciatica is a herniated disc.')).toEqual([])
    expect(kinds('Surgery is sometimes necessary.')).toEqual([])
  })

  it('should not flag an appeal to research that calls the benefit small or short-lived, and still flag one that does not', () => {
    expect(kinds('Some research suggests a small, short-lived benefit for low back pain.')).toEqual([])
    expect(kinds('A couple of small trials reported benefits, but they were too small to be sure.')).toEqual([])
    expect(kinds('Research shows that massage relieves sciatica.')).toContain('unreferenced-evidence')
  })

  it('should read "ไม่ว่า ... แบบไหน" (whatever kind) as a statement and "จริงหรือที่ ..." as a question', () => {
    expect(kinds('การนวดลึกปลอดภัยไม่ว่าคุณจะมีประวัติสุขภาพแบบไหน')).toEqual(['safety'])
    expect(kinds('จริงหรือที่นวดครั้งเดียวหายหมอนรองกระดูกเคลื่อน')).toEqual([])
  })

  it('should skip a quoted Thai phrase that the sentence goes on to deny, and keep an undenied one', () => {
    expect(kinds('ลูกค้าเรียกหมอนวดของเราว่า "มือวิเศษ" แต่การนวดไม่ใช่ปาฏิหาริย์')).toEqual([])
    expect(kinds('ลูกค้าเรียกหมอนวดของเราว่า "มือวิเศษ"')).toEqual(['miracle'])
  })

  it('should flag Thai claims whose own wording starts with a negator, and not a negated one-visit claim', () => {
    expect(kinds('ไม่มีใครรักษาปวดหลังได้ดีกว่าร้านเรา')).toEqual(['superlative'])
    expect(kinds('ไม่ต้องรอคิวผ่าตัด มานวดกับเราแทน')).toEqual(['skip-care'])
    expect(kinds('การนวดครั้งเดียวไม่สามารถแก้หมอนรองกระดูกเคลื่อนได้')).toEqual([])
  })
})
