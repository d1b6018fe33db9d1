import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins what the eighth round added, whatever the model learns.

describe('English rules of the eighth round (cure, one-visit, miracle, guarantee, prevention wording)', () => {
  it('should flag the eighth round surface forms as their kinds', () => {
    expectRuleKinds([
      ['After a few weeks with us, your sciatica is a closed chapter.', 'cure'],
      ['Wave farewell to sciatica with our remedial course.', 'cure'],
      ['Our hands rid clients of years of hip pain.', 'cure'],
      ['The old injury is set right in a single visit.', 'one-visit'],
      ['Our herbal wrap performs wonders on swollen knees.', 'miracle'],
      ['It felt as though a spell was lifted from my lower back.', 'miracle'],
      ['Once you finish the plan, recovery is a given.', 'guarantee'],
      ['You will walk better, that much we can promise.', 'guarantee'],
      ['Say goodbye to future back problems with a standing monthly booking.', 'prevention'],
      ['Book every month and forget about another flare-up of sciatica.', 'prevention'],
      ['Our stretching class stops a slipped disc before it happens.', 'prevention'],
      ['Monthly massage is a vaccine against back pain.', 'prevention'],
    ])
  })

  it('should not flag eighth round hard negatives in the same registers', () => {
    expectNoRuleFindings([
      'One visit can loosen a stiff shoulder a bit, but most clients need a few more.',
      'No trial has shown that massage stops sciatica from coming back.',
      'Nobody has yet proven that reflexology cures migraines.',
      'Whether cupping prevents back injuries is still unknown.',
      'Two small trials reported brief relief, but none showed a cure.',
      'Some clinics say their balm works miracles, which is not supported by any trial.',
      'Our flu jab reminders go out every October.',
      'The clinic is a closed chapter for us on bank holidays.',
    ])
  })
})
