import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the readings the thirty-first round added for article prose and FAQ
// answers (care postponed until a course of sessions is over, a recurrence warded off, "what if the
// answer to years of …") and the safe lines beside them: care postponed for safety, hedged or
// negated warding off, and quoted claims that a later clause disputes.

describe('English rules of the thirty-first round (article prose: postponed care, warded-off recurrences)', () => {
  it('should flag care put off until a course of treatment is over', () => {
    expectRuleKinds([
      ['It makes sense to delay the referral to your neurologist until the ten sessions are done.', 'skip-care'],
      ['Postpone the X-ray until you have given the stretching programme a fair try.', 'skip-care'],
      ['We suggest putting off your surgeon appointment until after the spring course.', 'skip-care'],
    ])
  })

  it('should flag a recurrence warded off and a rhetorical answer to years of pain', () => {
    expectRuleKinds([
      ['Fortnightly treatment staves off the return of tennis elbow in club players.', 'prevention'],
      ['Our winter programme fends off repeat bouts of neck spasm.', 'prevention'],
      ['What if the solution to decades of aching knees was a single weekend of massage?', 'rhetorical'],
    ])
  })

  it('should not flag care postponed for safety, hedged prevention or disputed quotes', () => {
    expectNoRuleFindings([
      'Please postpone your massage until your doctor has cleared you.',
      'Do not delay seeing a doctor until the pain becomes unbearable.',
      'Stretching may help ward off some of the stiffness that desk work brings.',
      'A forum poster claimed massage "wards off every relapse", which her physio firmly disputed.',
      'My neighbour said the masseur told him to "put off the scan until after six sessions"; that was bad advice.',
    ])
  })
})
