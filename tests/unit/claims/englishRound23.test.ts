import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the shapes the twenty-third round added (choice questions that
// set pills against healing, bare "want to be free of …?", "could this … be the end of your …?",
// a noun between the comparative and "than any", success rates "in N out of ten clients",
// testimonials stated as general fact, physiology after a session) and safe lines in the same
// shapes: a choice between appointment times, a plain "want to …?" question, hedged physiology.

describe('English rules of the twenty-third round (efficacy, rhetorical, superlative by shape)', () => {
  it('should flag the new shapes as their kinds', () => {
    expectRuleKinds([
      ['Would you rather keep popping painkillers or get rid of that hip ache once and for all?', 'rhetorical'],
      ['Want to live free from your sciatica without surgery?', 'rhetorical'],
      ['Could our twenty-minute foot ritual be the end of your insomnia?', 'rhetorical'],
      ['A quicker fix for a stiff back than anything in the pharmacy.', 'superlative'],
      ['The oil blend eases arthritis in seven out of ten users.', 'efficacy'],
      ['Patients with frozen shoulder move normally again after only two sessions.', 'efficacy'],
      ['After each treatment, your stress hormones fall back to normal.', 'efficacy'],
    ])
  })

  it('should not flag questions, hedges and neutral comparisons in the same shapes', () => {
    expectNoRuleFindings([
      'Would you rather pay by card or in cash on the day?',
      'Want to bring a friend to your first session?',
      'Could this be the last slot on Friday, or is there one later?',
      'A quieter room than any other on the floor is kept for clients who want silence.',
      'Your blood pressure might dip a little during a long massage, so get up slowly.',
      'Mild bruising happens in about one in ten clients after cupping.',
    ])
  })
})
