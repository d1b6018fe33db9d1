import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the surface shapes the tenth round added, whatever the model
// learns. Each risky shape has a safe line of the same shape next to it.

describe('English rules of the tenth round (registers and fragments)', () => {
  it('should flag the tenth round shapes as their kinds', () => {
    expectRuleKinds([
      // label-colon fragment, as in spec sheets and headings
      ['Improvement: guaranteed. Price: 40 per hour.', 'guarantee'],
      // magic simile with a health word
      ['That oil worked like a spell on my stiff shoulders.', 'miracle'],
      ['The ease in my lower back afterwards was out of this world.', 'miracle'],
      // regeneration after "formulated to"
      ['Our capsules are formulated to rebuild worn discs.', 'efficacy'],
      // lab-verified as proof
      ['This rub is lab-proven to soothe sciatic pain.', 'unreferenced-evidence'],
      // nobody can get hurt
      ['With our padded tables no one can ever get hurt.', 'safety'],
      // "are you ready for a life without ..." / "to put ... behind you"
      ['Are you ready for a life without neck pain?', 'rhetorical'],
      ['So are you ready to put hip pain behind you?', 'rhetorical'],
      // pain as something only remembered
      ['Three weeks on the plan and your backache will be something you only remember.', 'cure'],
    ])
  })

  it('should not flag safe lines of the same shapes', () => {
    expectNoRuleFindings([
      'Appointment: confirmed. Price: 40 per hour.',
      'Our new booking form works like a charm on tablets.',
      'The sunset over the bay was out of this world.',
      'Our capsules are not formulated to rebuild anything.',
      'This soap is made from olive oil and lavender.',
      'Are you ready for your appointment? Bring a towel.',
      'One reviewer called our oil "sheer magic" for sore backs, but we would rather say what it does.',
      'A few clients feel easier after one session, but most need several, and some do not.',
      'A single massage will not end a trapped nerve, and we say so.',
    ])
  })
})
