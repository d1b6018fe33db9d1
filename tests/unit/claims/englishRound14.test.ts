import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the shapes the fourteenth round added, whatever the model learns.
// Each risky shape has a safe line of the same shape next to it.

describe('English rules of the fourteenth round (miracle metaphors, rhetorical promises, prevention, root cause, skip-care)', () => {
  it('should flag the fourteenth round shapes as their kinds', () => {
    expectRuleKinds([
      // a nickname of wonder, golden hands, an unearthly fix, an outcome before its magic simile
      ['Locals say our Tuesday therapist is a real sorcerer for frozen shoulders and sore necks.', 'miracle'],
      ['Mick has thumbs of gold when your lower back seizes up.', 'miracle'],
      ['Clients call the hot-oil wrap a heavenly cure for restless legs.', 'miracle'],
      ['The stiffness in my neck drained away as if someone had pulled a plug.', 'miracle'],
      // rhetorical promises
      ['How long are you going to put up with that nagging hip?', 'rhetorical'],
      ['What would you trade for a week without sciatica?', 'rhetorical'],
      ['Fed up with your back running the show?', 'rhetorical'],
      ["Wouldn't it be great to garden all weekend without a single twinge?", 'rhetorical'],
      // prevention in the passive and in idiom
      ['Members are spared repeat bouts of back pain.', 'prevention'],
      ['Our winter plan wards off further flare-ups of sciatica.', 'prevention'],
      ['After the programme a relapse is ruled out.', 'prevention'],
      ['Regular sessions nip twinges in the bud.', 'prevention'],
      // root cause as metaphor
      ['Your backache is merely the warning light, and we repair the wiring behind it.', 'root-cause'],
      ['We pull your sciatica up by the roots.', 'root-cause'],
      ['Our therapists go straight to whatever is fuelling your neck pain and shut it off.', 'root-cause'],
      // replacing medical care
      ['Our therapist covers everything a physio would, at half the price.', 'skip-care'],
      ['Most of our regulars have tossed their painkillers by week three.', 'skip-care'],
      ['We have persuaded plenty of clients out of their spinal surgery.', 'skip-care'],
      ['A good massage shows you more about your back than any X-ray.', 'skip-care'],
    ])
  })

  it('should not flag safe lines of the same shapes', () => {
    expectNoRuleFindings([
      'Locals say our Tuesday receptionist is a real sorcerer with the booking diary.',
      'Mick has thumbs of gold when it comes to fixing the coffee machine.',
      'How long are you going to be in town? We can fit you in on Friday.',
      'Fed up with the parking? There is a free car park behind the clinic.',
      "Wouldn't it be great to have a cup of tea after your session?",
      'Staying active may help ward off further flare-ups for some people.',
      'We cannot rule out a relapse, and no one honest can.',
      'There is little evidence that massage wards off future bouts of back pain.',
      'We get to the root of any billing problem within a day.',
      'The smoke alarm is tested every month, as the fire brigade advises.',
      'Keep taking the painkillers your GP prescribed while you come for massage.',
      'Please do not cancel your spinal surgery to come to us.',
    ])
  })
})
