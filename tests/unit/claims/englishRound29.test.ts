import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the readings the twenty-ninth round widened (conditions beyond the
// back and joints in {condition} and in the efficacy patterns, onset verbs after "keep … from",
// passive prevention, certainty and promise frames over a that-clause, "why … when our X fixes it",
// superlatives before a condition noun, a short label before a negated frame) and safe lines of
// the same shapes.

describe('English rules of the twenty-ninth round (fresh wording of five kinds)', () => {
  it('should flag efficacy stated as fact about conditions beyond the back and joints', () => {
    expectRuleKinds([
      ['Our clay poultice clears acne-prone eczema in under three weeks.', 'efficacy'],
      ['People with vertigo walk unaided again after four of our balance massages.', 'efficacy'],
      ['Ten minutes of ear kneading and your tinnitus quietens down after each of our sessions.', 'efficacy'],
      ['Handout: 30 minutes of reflexology = bloating flushed, gut reset.', 'efficacy'],
    ])
  })

  it('should flag prevention by onset verbs, in the passive and with an infection caught', () => {
    expectRuleKinds([
      ['A fortnightly leg massage keeps varicose veins from appearing at all.', 'prevention'],
      ['Shin splints are stopped before they can start when you train with our coaches.', 'prevention'],
      ['Sign up for the autumn block and you will never catch the flu again.', 'prevention'],
      ['With our wrist routine, carpal tunnel will never set in.', 'prevention'],
    ])
  })

  it('should flag a promise or certainty frame over a will-clause', () => {
    expectRuleKinds([
      ["It's a given that your asthma will ease within a month of starting.", 'guarantee'],
      ['The owner vouches that your psoriasis will clear before the summer.', 'guarantee'],
      ["You'll be headache-free by the third visit with us.", 'guarantee'],
    ])
  })

  it('should flag a why-question that answers itself with a claim verb', () => {
    expectRuleKinds([
      ['Why keep buying creams when our salt scrub cures eczema?', 'rhetorical'],
      ['Is there any reason to wait for surgery when one session frees the trapped nerve?', 'rhetorical'],
    ])
  })

  it('should flag a superlative placed before a condition noun', () => {
    expectRuleKinds([
      ['Meet the most skilled tinnitus therapist in the south west.', 'superlative'],
      ['Our premier asthma care is now open to new clients.', 'superlative'],
    ])
  })

  it('should not flag the same shapes hedged, negated, asked, reported or about evidence', () => {
    expectNoRuleFindings([
      'Information sheet: We cannot promise that the ringing in your ears will stop, and we never have.',
      'Gentle movement may keep stiffness from building up for a few hours.',
      'Why does my vertigo get worse when I lie down?',
      'A flyer says its cream stops psoriasis from spreading, which no dermatologist we asked would support.',
      'Evidence that massage prevents the flu is virtually nonexistent.',
      'Resting the ankle keeps the swelling from getting worse while you wait to be seen.',
    ])
  })
})
