import { describe, expect, it } from 'vitest'

import { isQuestion } from '../../../src/medical/claims/context'
import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the readings the twenty-fifth round added for claims in long
// article prose (an outcome of the people who take the treatment, passive prevention, "what if the
// answer to your … is …", "why … still suffering … when …", promises and commitments naming the
// treatment, "none … as reliably as ours", efficacy bound to a time, "the research that confirms"),
// with safe lines of the same shapes that must give nothing.

describe('English rules of the twenty-fifth round (recall in long article prose)', () => {
  it('should flag each new shape as its kind', () => {
    expectRuleKinds([
      ['Bakers who book our monthly wrist massage never develop the tendon pain that ends so many careers.', 'prevention'],
      ['Climbers who stick with our weekly stretching class are shielded from the shoulder injuries their friends get.', 'prevention'],
      ['Stiff joints in winter are prevented by our warm wax treatment.', 'prevention'],
      ['In my experience a fortnightly session will prevent arthritis in the fingers.', 'prevention'],
      ['What if the answer to your aching knees was a simple massage that helps them heal?', 'rhetorical'],
      ['Why do so many mums still put up with back pain when the solution is an hour on our table?', 'rhetorical'],
      ['Tired of headaches ruining your evenings', 'rhetorical'],
      ['Whatever you have tried before, we promise that our sessions will have you walking without pain.', 'guarantee'],
      ['Our commitment to every client is that their sciatica will be gone by the last visit.', 'guarantee'],
      ['In thirty years of practice I have found none that eases sciatica as reliably as our method.', 'superlative'],
      ['We offer the county’s most effective neck pain programme.', 'superlative'],
      ['As any regular will tell you, our deep massage clears a stiff neck within two weeks.', 'efficacy'],
      ['I can say plainly that our foot work ends heel pain within three visits.', 'efficacy'],
      ['Readers ask about the research that confirms cupping heals torn muscles.', 'unreferenced-evidence'],
      ['As many studies have now shown, cupping heals torn muscles.', 'unreferenced-evidence'],
      ['The ache in your calves that no stretch has touched is eased by our hot oil routine after two visits.', 'efficacy'],
      ['Porters who have our monthly back massage are kept free of the strains their job is known for.', 'prevention'],
    ])
  })

  it('should not flag the safe lines of the same shapes', () => {
    expectNoRuleFindings([
      'Bakers who book our monthly wrist massage may find their hands feel less stiff.',
      'No clinic, however good, eases sciatica as reliably as people would like.',
      'We promise that our team will answer your email within a day.',
      'Our commitment to every client is that you will be seen on time.',
      'The research that confirms short-term relief from cupping is listed in our references [2].',
      'Massage will not prevent arthritis in the fingers.',
      'What if the pain gets worse after my first session?',
      'Our therapists are kept free of wrist strain by our adjustable couches.',
    ])
  })

  it('should read an unpunctuated weary-sufferer headline as a question', () => {
    expect(isQuestion('Tired of headaches ruining your evenings')).toBe(true)
    expect(isQuestion('Still suffering with a stiff neck')).toBe(true)
    expect(isQuestion('Tired muscles recover faster when you sleep well.')).toBe(false)
    expect(isQuestion('Sick leave is paid for all staff')).toBe(false)
  })
})
