import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the shapes the twenty-second round added for long article and FAQ
// prose (a claim after "which", "meaning", "so that" or a conceded doubt; named conditions as
// objects) and the readings it no longer takes as claims: a negated describing verb far from the
// claim it governs, a passive report the sentence calls dangerous advice. Each group has safe
// lines in the same shapes.

describe('English rules of the twenty-second round (long prose, clause scope)', () => {
  it('should flag claims that sit after a subordinate clause as their kinds', () => {
    expectRuleKinds([
      ['Our founder built a routine, tested over a decade in three clinics, which eliminates tendinitis in the wrist.', 'cure'],
      ['Because it reaches the fascia under the heel, the method clears up plantar fasciitis in a month.', 'cure'],
      ['Toddlers who do these games every week learn to sit well, meaning they will never develop scoliosis.', 'prevention'],
      ['We loosen the capsule every month so that a frozen shoulder can never take hold again.', 'prevention'],
      ['Visitors who have tried spas all over Europe agree that nowhere else comes close to our hot-stone work.', 'superlative'],
      ['When the tablets and the scans have all failed you, what have you really got to lose by calling us?', 'rhetorical'],
      ['While a few physicians stay sceptical, research has proven that our cupping mends torn calves.', 'unreferenced-evidence'],
      ['Whatever your age and whatever you take, our gentle technique cannot harm anybody.', 'safety'],
      ['Having seen every kind of shoulder, we know our routine will work for you even when everything else has failed.', 'guarantee'],
      ['Most runners who join the spring programme, which meets twice a week, say their knee pain was entirely gone by May.', 'absolute-relief'],
    ])
  })

  it('should not flag negated, rebutted or hedged claims in the same prose', () => {
    expectNoRuleFindings([
      'Our team is proud of its work, but none of us would ever describe the studio as the finest in the city.',
      'Nobody here would market our sessions as a way to avoid surgery, because that choice is yours and your surgeon\'s.',
      'Older clients are often told by neighbours that they can drop their heart tablets after a massage, which is dangerous advice.',
      'Although some readers remain sceptical, a few small trials suggest massage may ease fibromyalgia pain for a while.',
      'Massage may help even when nothing else has, though we cannot promise that it will.',
      'Deep pressure on a fresh bruise can hurt anyone, so tell your therapist about recent falls.',
      'The ache in her hip had not gone completely, so we sent her back to her GP for a scan.',
    ])
  })
})
