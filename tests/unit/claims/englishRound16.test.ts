import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the shapes the sixteenth round widened (any -ing verb or noun after
// a rhetorical opener, certainty idioms and universal possessives, organ tonics, healer nicknames,
// comparisons without "best"), whatever the model learns. Each group has safe lines in the same words.

describe('English rules of the sixteenth round (guarantee, efficacy, miracle, rhetorical and superlative by shape)', () => {
  it('should flag the sixteenth round shapes as their kinds', () => {
    expectRuleKinds([
      // guarantee: a universal possessive with an improvement verb, luck denied, a certainty idiom
      ["Each patient's frozen shoulder loosens and every swimmer's neck improves here.", 'guarantee'],
      ['Getting better at our studio is not down to luck.', 'guarantee'],
      ['Take it from us, the stiffness in your calves will be gone by Friday.', 'guarantee'],
      // efficacy: an organ tonic with a plural subject, strain taken off a joint, inflammation quelled
      ['Pressure points on the hands strengthen the liver and purify the kidneys.', 'efficacy'],
      ['The brace massage takes the strain off the knee joint.', 'efficacy'],
      ['Our cold stones quell the inflammation around a sore tendon.', 'efficacy'],
      // miracle: a healer or superpowers beside a health word, a switch simile whose pain is no longer there
      ['Locals swear our owner is a born healer for crooked backs.', 'miracle'],
      ['His elbows have healing powers on a knotted shoulder.', 'miracle'],
      ['As if a button had been pressed, the ache in my jaw was no longer there.', 'miracle'],
      // rhetorical: any -ing verb or noun after the opener, beside a pain word or an outcome
      ["What's stopping you from properly enjoying the beach without that sore hip?", 'rhetorical'],
      ['How many more concerts will your aching neck keep you from?', 'rhetorical'],
      ["Who wouldn't like to garden all afternoon free of back pain?", 'rhetorical'],
      ['Are you really going to let a stiff knee rob you of the ski trip?', 'rhetorical'],
      // superlative: comparisons without "best"
      ['Nobody in the valley untangles tight shoulders like our team does.', 'superlative'],
      ['Our dry needling outpaces physio and painkillers for tennis elbow.', 'superlative'],
      ['There is no better way to calm a migraine than our scalp ritual.', 'superlative'],
    ])
  })

  it('should not flag safe lines in the same words', () => {
    expectNoRuleFindings([
      "Each patient's file is kept locked, and every swimmer's locker is free.",
      'Winning the raffle at our open day is down to luck.',
      'Take it from us, the car park is quietest on a Friday.',
      'Your GP can check how well your liver and kidneys are working.',
      'Our receptionist is a wizard when it comes to finding you a Saturday slot.',
      'As if a button had been pressed, the lights came back on.',
      "What's stopping the card machine from working this morning?",
      'How many more chairs do we need in the waiting room?',
      'Who would like a reminder text the day before?',
      'Our garden room is second to none on a sunny afternoon.',
      'There is no finer view in town than the one from our rooftop.',
    ])
  })
})
