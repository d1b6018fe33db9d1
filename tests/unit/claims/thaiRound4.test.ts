import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus sentences): each is read by the Thai rules alone,
// so the test pins what thaiRules.json says, whatever the model learns.

describe('Thai rules of the fourth round', () => {
  it('should flag indirect Thai claims the third-round rules missed', () => {
    expectRuleKinds([
      ['ปวดหลังมาที่นี่เลย ไม่มีร้านไหนสู้เราได้', 'superlative'],
      ['ร้านเราไม่เป็นสองรองใครเรื่องแก้เส้น', 'superlative'],
      ['ไม่ดีขึ้นภายในสามครั้ง ยินดีไม่เก็บค่านวด', 'guarantee'],
      ['สถิติร้านเรา 9 ใน 10 คนหายปวดหลังภายในเดือนเดียว', 'unreferenced-evidence'],
      ['ใช้ได้ทุกวัย ไม่มีผลเสียต่อร่างกาย', 'safety'],
      ['เลื่อนนัดผ่าตัดไว้ก่อน มาลองนวดกับเรา', 'skip-care'],
      ['ภายใน 2 สัปดาห์ อาการชาที่ขาจะหายไป', 'efficacy'],
      ['นวดประจำแล้วหมอนรองกระดูกจะไม่มีโอกาสกลับมาเคลื่อน', 'prevention'],
      ['จะยอมทนปวดไปถึงเมื่อไหร่ ในเมื่อมีทางออกแล้ว', 'rhetorical'],
    ], 'th')
  })

  it('should not flag a Thai claim that is asked, hedged or called untrue in the same sentence', () => {
    expectNoRuleFindings([
      'นวดแล้วจะหายขาดหรือไม่คะ เราตอบว่าแล้วแต่คน',
      'นวดสิบครั้งจะไม่ต้องผ่าตัดหรือไม่คะ',
      'บางท่านรู้สึกเบาขึ้นตั้งแต่ครั้งแรก แต่หลายท่านต้องใช้เวลา',
      'บางคนเชื่อว่านวดแล้วไม่ต้องกินยา ซึ่งไม่ถูกต้อง',
      'เคยมีคนบอกว่านวดไทยดีที่สุด แต่ความจริงแต่ละวิธีเหมาะกับคนต่างกัน',
      'การนวดได้ผลดีที่สุดเมื่อทำร่วมกับการออกกำลังกาย',
      'งานวิจัยสรุปว่าการนวดช่วยได้เล็กน้อยและยังมีข้อจำกัด',
      'หลีกเลี่ยงการกดลงบนกระดูกสันหลังโดยตรง',
    ], 'th')
  })
})
