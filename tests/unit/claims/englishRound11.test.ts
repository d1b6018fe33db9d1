import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the shapes the eleventh round added, whatever the model learns.
// Each risky shape has a safe line of the same shape next to it.

describe('English rules of the eleventh round (guarantee, efficacy, miracle, rhetorical, skip-care, superlative)', () => {
  it('should flag the eleventh round shapes as their kinds', () => {
    expectRuleKinds([
      // personal assurance and universal outcomes
      ['You can bank on seeing results in your hips within a fortnight.', 'guarantee'],
      ['This routine succeeds with each and every client who tries it.', 'guarantee'],
      ['Our relief is not a hope, it is a fact.', 'guarantee'],
      // a mechanism stated as fact
      ['The warm wrap pulls inflammation out of the sore joint.', 'efficacy'],
      ['Our oil oxygenates the discs of the lower back.', 'efficacy'],
      // person nouns and idioms of wonder
      ['Everyone says our new therapist has the healer\'s touch for stiff necks.', 'miracle'],
      // care called avoidable, refused or dropped
      ['With our stretches, knee surgery becomes avoidable.', 'skip-care'],
      ['The course helps you say no to the steroid injections.', 'skip-care'],
      ['Since starting with us he no longer bothers with his GP about his hip.', 'skip-care'],
      // more than a clinician ever could
      ['We achieve more for your neck in one visit than a physio ever could.', 'superlative'],
      // a red-flag symptom question sent to more massage
      ['Loss of feeling between the legs? Simply book an extra session with us.', 'skip-care'],
      // second part: a sentence-initial cue after a "Label:" prefix
      ['Leaflet: why put up with a stiff neck when one visit loosens it for good?', 'rhetorical'],
      // a product as the subject of a superlative for a back condition
      ['Catalogue entry: the most effective seat wedge for a herniated disc.', 'superlative'],
      // "without fail" beside an outcome, and a record of no failures
      ['Our clients get back to the golf course pain-free without fail.', 'guarantee'],
      ['This wrap has never had a failure on a sore lower back.', 'guarantee'],
      // a reported "you will not need" the care
      ['The masseur told him he would not need the epidural after all.', 'skip-care'],
    ])
  })

  it('should not flag safe lines of the same shapes', () => {
    expectNoRuleFindings([
      'A forum post says cupping "drains every toxin", but that is simply not true.',
      'Callers sometimes ask whether we "promise a cure"; we tell them we do not.',
      'Regulators have warned clinics against using the word "guaranteed" in adverts.',
      'You will read "instant relief" on some packaging; treat that with caution.',
      'There is little evidence that cupping flushes toxins out of the body.',
      'No treatment works for everyone with neck pain, and ours is no exception.',
      'Knee pain is not something a massage can cure.',
      'Loss of feeling between the legs? Go to A&E now, not to a massage.',
      'We achieve a calm room and a warm towel in every visit.',
      'Leaflet: why not bring a friend to your next visit?',
      'Catalogue entry: the most popular seat wedge in our shop, in three colours.',
      'We reply to every e-mail within a day, without fail.',
      'Refund policy: your money back on unopened wraps within thirty days.',
    ])
  })
})
