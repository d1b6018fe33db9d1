import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the readings the thirty-second round added for calm article prose
// (rhetorical questions that answer themselves, a result tied to the first or a single visit, a
// mechanism ending in an outcome clause, recurrence warded off, dropping care as practical advice,
// "no X comes close to …") and the sincere questions, hedges and negations beside them.

describe('English rules of the thirty-second round (calm article prose)', () => {
  it('should flag rhetorical questions that answer themselves', () => {
    expectRuleKinds([
      ["Why wouldn't a monthly scalp massage make those tension headaches fade for good?", 'rhetorical'],
      ['Once your calves are supple, why should your shins ever flare up on a run again?', 'rhetorical'],
      ['If one evening of hot stones can loosen your back, why wait until the pain is worse?', 'rhetorical'],
      ['What if the stiffness in your hands could be gone before winter sets in?', 'rhetorical'],
      ['So why keep buying heat packs when our therapists can have the knots worked out in an hour?', 'rhetorical'],
    ])
  })

  it('should not flag sincere questions of the same openings', () => {
    expectNoRuleFindings([
      'Why would my therapist need to know about my blood thinners?',
      'Why would the clinic ask me to arrive ten minutes early?',
      'Who needs a referral letter for a sports massage?',
      "Why wouldn't you work on a leg with a suspected clot?",
      'If my ankle swells after the session, why would that be?',
    ])
  })

  it('should flag a result tied to the first or a single visit, and a single visit that fixes', () => {
    expectRuleKinds([
      ['The ache in her wrist had eased completely by the end of her first session.', 'one-visit'],
      ['One treatment with our therapist loosens a knotted upper back for good.', 'one-visit'],
      ['A locked knee regains its full bend in a single appointment.', 'one-visit'],
    ])
  })

  it('should not flag a single visit said to be rarely enough, or hedged', () => {
    expectNoRuleFindings([
      'A first appointment is seldom enough for a long-standing problem, so we usually plan a few.',
      'Some clients feel their shoulder eased after the first visit, though most will need more sessions.',
      'A single session lasts fifty minutes, including a short chat at the start.',
    ])
  })

  it('should flag a mechanism stated as the cause of an outcome, and faster healing', () => {
    expectRuleKinds([
      ['Slow strokes move trapped fluid out of the knee, which is why the swelling goes down.', 'efficacy'],
      ['We release the tight band along the outer thigh, and the ache at the side of the knee fades.', 'efficacy'],
      ['Sports massage shortens recovery time after a pulled groin.', 'efficacy'],
    ])
  })

  it('should flag prevention stated as a given and dropping care as practical advice', () => {
    expectRuleKinds([
      ['Stop a second calf tear with a pre-season course of deep tissue work.', 'prevention'],
      ['Clients on the monthly plan simply do not get relapses of their neck pain.', 'prevention'],
      ['If your doctor offers a cortisone jab, you can turn it down and book a few sessions with us instead.', 'skip-care'],
      ['Instead of paying for an ultrasound, save the money and start a course of massage.', 'skip-care'],
    ])
  })

  it('should flag "no X comes close to" a treatment as a superlative', () => {
    expectRuleKinds([['No gel, brace or tablet comes close to what a trained therapist can do for a sore knee.', 'superlative']])
  })

  it('should not flag hedged efficacy, safe advice or a negated comparison', () => {
    expectNoRuleFindings([
      'Rest the ankle for a day, which is why we may leave it out of the session.',
      'Never cancel a scan your doctor has booked and try massage instead.',
      'No massage comes close to replacing the advice of your physiotherapist.',
      'Stretching may help reduce the chance of strains when it is part of a proper warm-up.',
    ])
  })
})
