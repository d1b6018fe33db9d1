import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the slots the eighteenth round widened (a refund or free treatment
// tied to any outcome or movement word, first-person promises and time-bound futures with any body
// part, rhetorical openers beside any pain word, mechanisms stated without a figure), whatever the
// model learns. Each group has safe lines in the same words.

describe('English rules of the eighteenth round (guarantee, efficacy and rhetorical by slot breadth)', () => {
  it('should flag the eighteenth round shapes as their kinds', () => {
    expectRuleKinds([
      // guarantee: refunds and free treatment tied to any outcome, promises and futures with any body part
      ['Touch your toes pain-free by the third week, or the rest of the course is on us.', 'guarantee'],
      ['We promise that your sore ankle will be walking normally again before the holidays.', 'guarantee'],
      ['Your stiff wrists will move freely within a fortnight of starting with us.', 'guarantee'],
      ["We'll keep working on your neck until you're free of pain, however long it takes.", 'guarantee'],
      ['Every golfer we work with is back playing within the month.', 'guarantee'],
      ['Results from the very first session, without fail.', 'guarantee'],
      // efficacy: a mechanism stated as fact, with no figure and any therapy as subject
      ['Pressing the arch of the foot restores the function of the liver.', 'efficacy'],
      ['Our cold roller relaxes the nerve endings in a sore calf.', 'efficacy'],
      ['Abdominal massage pushes toxins out of the gut and into the bowel.', 'efficacy'],
      ['The heated mat sends fresh blood into the lower back.', 'efficacy'],
      ['Our ginger compress halts arthritis in the fingers.', 'efficacy'],
      // rhetorical: the opener takes any wording when a pain word is in the question
      ['Sick and tired of a stiff back every morning?', 'rhetorical'],
      ['How would it feel to lift your toddler without a twinge in your back?', 'rhetorical'],
      ['What if your sciatica simply went away?', 'rhetorical'],
      ['Can you honestly afford to let a sore knee keep you off the pitch?', 'rhetorical'],
      ["Don't you deserve to wake up without that neck pain?", 'rhetorical'],
      ["Haven't you put up with that knee long enough?", 'rhetorical'],
    ])
  })

  it('should not flag safe lines in the same words', () => {
    expectNoRuleFindings([
      'We guarantee your place on the waiting list, and your deposit comes back if we cancel.',
      'Card details are never stored, guaranteed.',
      'We promise your appointment reminder will arrive the day before.',
      'Your receipt will be emailed within the hour.',
      "We'll keep your locker key until you're ready to leave.",
      'Every client we see is asked about their medical history.',
      'Sick of waiting on hold? Book online instead.',
      'How would it feel to try our new evening slots?',
      'What if my appointment clashes with school pick-up?',
      'Can you afford to miss our half-price Tuesday?',
      "Don't you deserve a cup of tea after a long week?",
      'Walking sends fresh blood into the legs after a long flight.',
      'The therapist pushes the couch back against the wall.',
    ])
  })
})
