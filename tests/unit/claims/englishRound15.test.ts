import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the word classes the fifteenth round widened ({wonder},
// {recurrence}, {care} with any possessive), whatever the model learns. Each risky line has a safe
// line in the same words next to it.

describe('English rules of the fifteenth round (word classes of wonder, recurrence and care; general rhetorical and root-cause shapes)', () => {
  it('should flag the fifteenth round word classes as their kinds', () => {
    expectRuleKinds([
      // a word of wonder beside a health word, a pain gone in a puff of smoke
      ['The peppermint wrap is utterly enchanting for sore calves.', 'miracle'],
      ['Her cramps went up in a puff of smoke after the first rub.', 'miracle'],
      ['The heat pad is nothing less than bewitching on a stiff neck.', 'miracle'],
      // rhetorical questions of any pain word
      ['Carried that clicking shoulder long enough?', 'rhetorical'],
      ['Is your bad knee going to call the shots again this season?', 'rhetorical'],
      ["Remember gardening without a single ache, and wouldn't you like that back?", 'rhetorical'],
      // prevention: shielded, immune or spared a recurrence; no reason to return
      ['Our members are protected from another flare-up of neck pain.', 'prevention'],
      ['Once the knot is gone your migraines will never find a reason to come back.', 'prevention'],
      ['After the course, shin splints become something runners only hear about.', 'prevention'],
      // root cause: the culprit, whatever set it off, the body's warning light
      ['We root out the hidden culprit behind your hip pain.', 'root-cause'],
      ['Our team will repair whatever set your back spasms off.', 'root-cause'],
      ["Leg pain is just your body's warning light, and we fix the fault behind it.", 'root-cause'],
      // replacing medical care with any possessive before the care word
      ['Plenty of clients have dropped their physio appointments since starting with us.', 'skip-care'],
      ['There is no need to trouble your doctor with a stiff back when we can sort it.', 'skip-care'],
    ])
  })

  it('should not flag safe lines in the same words', () => {
    expectNoRuleFindings([
      'The fairy lights in the front window are utterly enchanting at Christmas.',
      'Our spare key went up in a puff of smoke, so please ring the bell.',
      'Been in the queue long enough? Online booking is now open.',
      'Is the rain going to call the shots again this weekend?',
      'Ask your doctor when it is safe to return to football after a flare-up.',
      'Gentle exercise may lower the chance of another flare-up of neck pain for some people.',
      'Whether massage keeps people protected from another flare-up has not been tested.',
      'Your GP can track down the culprit behind sudden numbness.',
      'Please keep your physio appointments; massage fits around them.',
      'There is no need to trouble us for a receipt; it comes by email.',
    ])
  })
})
