import { describe, expect, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds, rulesOnly } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the shapes the twenty-first round widened (certainty about an
// outcome in any grammar, mechanisms stated as fact, rhetorical questions that promise, and
// superlatives without "best"), whatever the model learns. Each group has safe lines in the same
// shapes: bookings and amenities, hedges, weak or denied evidence, genuine questions.

describe('English rules of the twenty-first round (guarantee, efficacy, rhetorical, superlative by shape)', () => {
  it('should flag outcome certainty in any grammatical form as a guarantee', () => {
    expectRuleKinds([
      ["After four visits you'll be climbing the stairs without a wince.", 'guarantee'],
      ['Expect to drive home from your first session free of that shoulder ache.', 'guarantee'],
      ['Our regulars are back on the tennis court without fail, week after week, their elbows settled.', 'guarantee'],
      ["We don't think your knee will settle, we know it will.", 'guarantee'],
      ['We fix sore necks.', 'guarantee'],
      ['Your tight calves will be a distant memory by the weekend.', 'guarantee'],
      ["We'll have you dancing at the wedding, whatever state your hip is in.", 'guarantee'],
      ['This is the last massage plan you will ever need.', 'guarantee'],
      ['It has never once failed a patient with a stiff back.', 'guarantee'],
      ['Everyone who finishes the eight sessions gets better.', 'guarantee'],
    ])
  })

  it('should flag a bare condition question answered by a dismissal as a guarantee', () => {
    const findings = rulesOnly('Stiff neck? Consider it handled.')
    expect(findings.map((finding) => finding.kind)).toEqual(['guarantee'])
    expect(findings[0].excerpt).toBe('Consider it handled.')
  })

  it('should flag a mechanism stated as fact as efficacy', () => {
    expectRuleKinds([
      ['Slow gliding strokes unstick the fascia from the sciatic nerve.', 'efficacy'],
      ['The warm compress dilates the blood vessels around the injured joint.', 'efficacy'],
      ['Each treatment lubricates the cartilage in your knees.', 'efficacy'],
      ['After a few minutes the pelvis slides back into alignment.', 'efficacy'],
      ['Firm thumb pressure closes the pain gate in the spine.', 'efficacy'],
      ['The numbness in your toes fades as a direct result of the release.', 'efficacy'],
    ])
  })

  it('should flag rhetorical questions that promise an outcome', () => {
    expectRuleKinds([
      ['What if a single hour on our table could end the throbbing in your heel?', 'rhetorical'],
      ['Who says a bad back has to be for life?', 'rhetorical'],
      ['Ready to ditch the ice packs for good?', 'rhetorical'],
      ['Imagine hiking the whole ridge without a single twinge?', 'rhetorical'],
      ['What would it mean to finally play golf free of that hip pain?', 'rhetorical'],
      ['How does a fortnight without a twinge sound to you?', 'rhetorical'],
      ['Still relying on painkillers just to get through the school run?', 'rhetorical'],
      ['Who would keep limping along when relief is a phone call away?', 'rhetorical'],
      ['Could this be the month your sciatica finally lets go?', 'rhetorical'],
      ['Tired of heat patches that never help?', 'rhetorical'],
    ])
  })

  it('should flag superlatives without "best"', () => {
    expectRuleKinds([
      ["Simply put, there's nobody better for a frozen shoulder.", 'superlative'],
      ['Leading the way in sciatica care for two decades.', 'superlative'],
      ['The Rolls-Royce of sports massage.', 'superlative'],
      ['Results that the big spa chains can never match.', 'superlative'],
      ['Ranked higher than any other practice in the city.', 'superlative'],
    ])
  })

  it('should flag prevention and unsourced trial figures', () => {
    expectRuleKinds([
      ['A weekly session guards your lower back against locking up.', 'prevention'],
      ['A university trial proved that our method halves recovery time.', 'unreferenced-evidence'],
      ['Studies show 92 per cent of our clients sleep better.', 'unreferenced-evidence'],
    ])
  })

  it('should not flag safe lines in the same shapes', () => {
    expectNoRuleFindings([
      "You'll sit in the lounge until your therapist is ready.",
      'Expect to wear loose clothing and to bring a list of your medicines.',
      'We know you will have questions, so ask them at any time.',
      'We fix appointment times by text the day before.',
      'Your invoice will be emailed once the session ends.',
      "We'll have you fill in a short consent form first.",
      'Bad weather? Consider it a reason to book an indoor session.',
      'The therapist releases the headrest and lowers it for you.',
      'Claims that cupping draws out inflammation are poorly supported by research.',
      'Evidence that traction decompresses discs is thin and inconsistent.',
      'One pilot study found 70 percent felt better, but it had no control group.',
      'What if I feel sore the day after?',
      'Who says whether I need a referral first?',
      'Ready to choose a time? Pick a slot below.',
      'Could this be a pulled muscle rather than sciatica?',
      'How does the hour-long session compare with the half hour?',
      'There is no one better placed than your GP to check new numbness.',
      'Our receptionist has been leading the team since the spring.',
      'Regular sessions may help protect your back from strain, alongside exercise.',
    ])
  })

  it('should read a negation inside a relative clause as describing the noun, not denying the claim', () => {
    expectRuleKinds([["Sick of pain pills that don't touch the ache?", 'rhetorical']])
    expectNoRuleFindings(['A cure that does not exist cannot be sold to you.'])
  })
})
