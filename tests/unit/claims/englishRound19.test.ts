import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the shapes the nineteenth round added (certainty in the passive,
// promises as nouns, fronted "never again will", a hundred per cent of clients, mechanisms with no
// claim word, comparatives without "best", rhetorical statements that are not questions), whatever
// the model learns. Each group has safe lines in the same shapes.

describe('English rules of the nineteenth round (claims in unusual syntax)', () => {
  it('should flag the nineteenth round shapes as their kinds', () => {
    expectRuleKinds([
      // guarantee: passive certainty, nominal promises, fronted futures, figures
      ['Recovery from a pulled groin is assured within three visits.', 'guarantee'],
      ['Relief for your aching feet is all but certain after the first week.', 'guarantee'],
      ['The end of your tension headaches is our pledge.', 'guarantee'],
      ['Never again will your lower back seize up in the garden.', 'guarantee'],
      ['One hundred per cent of our patients go home without neck pain.', 'guarantee'],
      // efficacy: mechanism prose without a claim word
      ['Rubbing the earlobes balances your blood pressure.', 'efficacy'],
      ['Worn cartilage in the hip regrows between treatments.', 'efficacy'],
      ['Our back routine straightens the curve of the spine.', 'efficacy'],
      // superlative: comparatives without "best"
      ['Nowhere will you find a better remedy for a stiff jaw.', 'superlative'],
      ['No other therapist nearby outdoes us on pulled calves.', 'superlative'],
      // rhetorical statements, read as promises of complete relief
      ['Imagine a morning run with no aching knees.', 'absolute-relief'],
      ['Life without sciatica.', 'absolute-relief'],
      ['Gone, in just a few sessions, is the stiffness in your neck.', 'absolute-relief'],
      ['Your back pain stops now.', 'absolute-relief'],
      ["Wouldn't it be grand to never feel that ache in your hips again.", 'absolute-relief'],
    ])
  })

  it('should not flag safe lines in the same shapes', () => {
    expectNoRuleFindings([
      'Your parking permit is assured once you register the car.',
      'The end of paper invoices is our promise for the new year.',
      'Never again will you wait on hold to change a booking.',
      'Ninety per cent of our clients book their next visit online.',
      'Our biscuits are second to none, or so the regulars say.',
      'Nowhere will you find cheaper parking in the town centre.',
      'Imagine an afternoon with a good book and a pot of tea.',
      'Gone, in just a few days, are our summer appointment slots.',
      'Your wait ends here: the online diary shows every free slot.',
      'If you take medicine for blood pressure, let us know before the session.',
    ])
  })
})
