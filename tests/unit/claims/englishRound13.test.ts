import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the shapes the thirteenth round added, whatever the model learns.
// Each risky shape has a safe line of the same shape next to it.

describe('English rules of the thirteenth round (guarantee, efficacy and superlative in newsletters, bios and booking pages)', () => {
  it('should flag the thirteenth round shapes as their kinds', () => {
    expectRuleKinds([
      // a perfect record in numbers ("all 25 runners … pain-free", a 100 percent success rate), a passive assurance, "you'll be no different"
      ['Spring update: all 25 marathon runners we treated this year got back on their feet pain-free.', 'guarantee'],
      ['Practitioner profile: Dev keeps a 100 percent success rate with tennis elbow.', 'guarantee'],
      ['Residents of the retreat are assured of complete relief before they go home.', 'guarantee'],
      ['Our past clients all went home walking tall, and you will be no different.', 'guarantee'],
      ['In ten years Ruth has never treated a single shoulder she could not free up.', 'guarantee'],
      // certainty idiom beside an outcome, and a dated certain outcome
      ['Mark my words, the stiffness in your hips is gone by the weekend.', 'guarantee'],
      ['Your backache will disappear within the second week of the plan.', 'guarantee'],
      // passive and quantified mechanisms, resetting a system, unblocking channels
      ['Knots deep in the shoulder are dissolved and reabsorbed within a day.', 'efficacy'],
      ['The infrared pad raises circulation in the calf by 150 percent.', 'efficacy'],
      ['The routine recalibrates the nervous system after years of pain.', 'efficacy'],
      ['Our cupping unblocks the meridians of the lower back.', 'efficacy'],
      // awards and rankings, regarded as the most effective, number-word multiples
      ['Members ranked us the number one clinic for neck pain in Hampshire.', 'superlative'],
      ['Dev is regarded as the most effective remedial therapist on the coast.', 'superlative'],
      ['Our wrap is eight times more effective than ice for a sore back.', 'superlative'],
      ['Frankly, our physio team knocks spots off the hospital for backs.', 'superlative'],
      // "money can buy", "the go-to X for <pain>", "no pill acts as quickly as", results that are instant
      ['Flyer: the finest back treatment money can buy, right here in town.', 'superlative'],
      ['Dev is the go-to osteopath for a locked neck in our valley.', 'superlative'],
      ['No gel from the pharmacy works as fast as our cold stone rub.', 'superlative'],
      ['Relief is instant for every knee we treat.', 'guarantee'],
      ['Our crew delivers results, full stop.', 'guarantee'],
    ])
  })

  it('should not flag safe lines of the same shapes', () => {
    expectNoRuleFindings([
      'Spring update: all 25 volunteers we asked turned up for the charity walk.',
      'Practitioner profile: Dev keeps a 100 percent attendance record at staff training.',
      'We were voted best new employer in Hampshire by the chamber of commerce.',
      'Mark my words, the car park will be full on Saturday.',
      'Knots are not dissolved by massage, and nothing is reabsorbed that we know of.',
      'Our new room is three times as big as the old one.',
      'Flyer: the finest flapjack money can buy is baked at the front desk.',
      'The bakery next door is the go-to spot for lunch on a Friday.',
      // a quoted claim denied by an elliptical "it doesn't" / "they don't"
      'Readers ask if the oil "dissolves the inflammation"; it does not, and we say so on the label.',
      'Some ads say these insoles "work for everyone"; they don\'t.',
      'Cupping does not unblock meridians or rebalance anything, whatever the posters say.',
      'A 2021 trial found exercise therapy outperformed rest for chronic neck pain [5].',
    ])
  })
})
