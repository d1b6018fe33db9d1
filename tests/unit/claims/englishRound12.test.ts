import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the shapes the twelfth round added, whatever the model learns.
// Each risky shape has a safe line of the same shape next to it.

describe('English rules of the twelfth round (terse ad copy, certainty frames, elided guarantees)', () => {
  it('should flag the twelfth round shapes as their kinds', () => {
    expectRuleKinds([
      // an elided universal outcome, and "works for literally everyone"
      ['Gift card: feel looser by Friday, every single guest who books the spa day does.', 'guarantee'],
      ['The stretch plan helps for literally everyone with a stiff hip.', 'guarantee'],
      // a certainty frame before a promised outcome, and "count on it 100%"
      ['I can tell you for certain this wrap will settle your knee within days.', 'guarantee'],
      ['Knee relief you can depend on one hundred percent.', 'guarantee'],
      // care left at home or behind
      ['Walkers on our tour leave their anti-inflammatories at home.', 'skip-care'],
      // the best of something for anyone with a condition
      ['Poster: the most effective stretch for people with a herniated disc.', 'superlative'],
      // verbless ad copy whose fragment is the whole outcome
      ['Zero backache.', 'absolute-relief'],
      ['Poster: Leg pain, gone.', 'absolute-relief'],
      // dissolving inflammation, and a nickname of wonder
      ['The rub melts the inflammation around the tendon.', 'efficacy'],
      ['The team calls him the wizard, he fixed my calf overnight.', 'miracle'],
    ])
  })

  it('should not flag safe lines of the same shapes', () => {
    expectNoRuleFindings([
      'Gift card: every single guest who came to the launch said it was fun, and most do.',
      'I can tell you for certain that the spa opens at ten on Sundays.',
      'Leave your jewellery at home, the lockers are small.',
      'We do not promise results, we promise a warm room and a clean towel.',
      'A pilot study found less neck pain after six weeks of massage (see reference 7).',
      'Poster: Open late. Free parking.',
      'The children called our face painter the wizard of the fair.',
      'A flyer called it "the best stretch for anyone with sciatica", which is not true.',
    ])
  })
})
