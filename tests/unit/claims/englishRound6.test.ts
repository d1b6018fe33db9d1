import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins what the sixth round added to rules.json, whatever the model learns.

describe('English rules of the sixth round (styles and registers)', () => {
  it('should flag the sixth round surface forms as their kinds', () => {
    expectRuleKinds([
      ['Fancy a life where your hip never aches again?', 'rhetorical'],
      ['Ever wondered what it would feel like to have no sciatica at all?', 'rhetorical'],
      ['The trapped nerve is unpinched within minutes of firm thumb work.', 'efficacy'],
      ['Give the spinal surgery a miss and let our hands do the work.', 'skip-care'],
      ['With gentle hands like ours you simply cannot overdo it.', 'safety'],
      ['Our remedial team will send that backache packing.', 'cure'],
      ['Trust me, you will be right as rain by the end of the month.', 'cure'],
      ['Guaranteed results? It is a dead cert with our programme.', 'guarantee'],
      ['Our sessions are three times as effective as a course of physio.', 'superlative'],
      ['Bulletproof your back with a monthly deep tissue session.', 'prevention'],
      ['We fix what is actually causing the ache, not the ache itself.', 'root-cause'],
    ])
  })

  it('should not flag sixth round hard negatives in the same registers', () => {
    expectNoRuleFindings([
      'No amount of massage can guarantee a pain-free back.',
      'Appointments can be cancelled up to a day before without a fee.',
      'Our Saturday clinic is twice as busy as the weekday ones.',
      'Fancy a cuppa while you wait for your appointment?',
    ])
  })
})
