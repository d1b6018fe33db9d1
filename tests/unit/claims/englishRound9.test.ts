import { describe, expect, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds, rulesOnly } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the grammatical shapes the ninth round added, whatever the model
// learns. Each risky shape has a safe line of the same shape next to it.

describe('English rules of the ninth round (claims by grammatical shape)', () => {
  it('should flag the ninth round shapes as their kinds', () => {
    expectRuleKinds([
      // counterfactual superiority
      ['If any remedy worked faster on knee pain, we would already be offering it.', 'superlative'],
      // comparative without "than"
      ['Tablets just numb the ache, but our massage does far more.', 'superlative'],
      // imperative joined by "and" to a promised non-return
      ['Stick with our core routine and the back spasms will not return.', 'prevention'],
      // visit noun phrase joined by "and" to an outcome
      ['One appointment with our senior therapist and your hip pain will be gone.', 'one-visit'],
      // relief before the visit is over
      ['The ache will fade before you have even left the treatment room.', 'one-visit'],
      // negated universal
      ['Nothing can stop our method from working on your neck.', 'guarantee'],
      // refund noun phrase
      ['Relief within a month or your money back.', 'guarantee'],
      // passive modal with a phrasal cure verb
      ['Shoulder stiffness can be wiped out with four sessions.', 'cure'],
      // pseudo-cleft with the clinic as agent
      ['Knee pain is something our team clears up every week.', 'cure'],
      // outcome stated about past clients in a relative clause
      ['Most of the golfers who come to us with elbow pain leave without it.', 'cure'],
      // verbless outcome fragment
      ['Fixed for good.', 'cure'],
      // simile of sudden disappearance
      ['It was as if somebody pressed a button and the throbbing stopped.', 'miracle'],
      // either-or question between suffering and relief
      ['Would you rather keep limping to work or walk there pain-free next week?', 'rhetorical'],
      // claim of proof in a relative clause
      ['Research now confirms what our founder taught in the eighties.', 'unreferenced-evidence'],
      // mechanism verb stated as fact
      ['Our warm compress switches off the pain signals in your hip.', 'efficacy'],
    ])
  })

  it('should not flag safe lines of the same shapes', () => {
    expectNoRuleFindings([
      'If any slot suits you better, we would be happy to move your booking.',
      'Reception only opens at nine, but our phone line does far more than take bookings.',
      'Stick with our core routine and tell us next week how it felt.',
      'One appointment with our senior therapist and you will know whether deep work suits you.',
      'Please finish the health form before you have even left the waiting room.',
      'Nothing can replace a doctor checking new weakness in your leg.',
      'Vouchers are valid for a year or your money is refunded.',
      'Shoulder stiffness cannot be wiped out by massage alone.',
      'Knee pain is something we ask your GP about first.',
      'Most of the golfers who come to us with elbow pain also see a physiotherapist.',
      'It was as if the room went quiet, and I nearly fell asleep.',
      'Would you rather book a morning or an evening slot?',
      'Researchers have not yet shown what massage does to pain signals.',
    ])
  })

  it('should flag an answer that says the failure its question names never happens as a guarantee', () => {
    const text = 'No relief after the second week? We have never once seen that here.'
    const findings = rulesOnly(text)
    expect(findings.map((finding) => [finding.kind, finding.excerpt])).toEqual([['guarantee', 'We have never once seen that here.']])
    expectNoRuleFindings([
      'No relief after the second week? Tell your therapist, and see your GP if it gets worse.',
      'Running late? That never happens to our therapists, but call us if it does.',
      'We have never once seen that here.',
    ])
  })
})
