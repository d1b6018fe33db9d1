import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the seventeenth round's quote reading (reportedClaims.ts,
// quoteRebuttals, quoteWarningsBefore and quoteLabelNouns in discourseCues.json) whatever the model
// learns. A quote the text rebuts, doubts or warns about is not our claim; the same quote endorsed,
// or told as a client's result, still is.

describe('English rules of the seventeenth round (quoted claims rebutted, doubted or warned about)', () => {
  it('should not flag a quoted claim that the text rebuts, doubts or warns about, in any of its shapes', () => {
    expectNoRuleFindings([
      // a warning before the quote, in its clause
      'Never trust a salon that says "hot stones cure arthritis".',
      'It is a myth that "cracking your back fixes a slipped disc".',
      'Look out for labels reading "permanent pain relief in days".',
      'Don\'t be fooled by a mat that promises "a cure for sciatica while you sleep".',
      // the quote as the label of a genre, or a scare quote after a warning
      'The "one session cures all" gurus are back on social media, and so are their "pain-free forever" ads.',
      'So-called "instant relief" patches are mostly menthol.',
      // a rebuttal after the quote, or in a short next sentence
      'A blog told readers cupping "heals torn tendons", an idea physiotherapists have debunked.',
      'The gym poster still says "stretching prevents every injury". Sadly, no study shows that.',
      '"You\'ll never need surgery after this!" yelled the advert, which was withdrawn a week later.',
      'Our first leaflet claimed "we cure migraines"; we removed that line because it was inaccurate.',
      'A stallholder promised the bracelet would "end my arthritis for good"; I doubt it.',
    ])
  })

  it('should still flag the same quotes when the text endorses them or tells them as a result', () => {
    expectRuleKinds([
      ['"Hot stones cured my arthritis," says Jo, and we agree.', 'cure'],
      ['Our window says it plainly: "a cure for sciatica in one visit".', 'one-visit'],
      ['"Guaranteed pain relief" is our promise to every client.', 'guarantee'],
      ['"My back pain is gone for good," writes Sam, one of our regulars.', 'absolute-relief'],
      ['Unlike the quacks, we really do offer "a cure in a single visit".', 'one-visit'],
    ])
  })

  it('should flag skip-care told indirectly, and not the same words when they keep care', () => {
    expectRuleKinds([
      ['A hospital visit for a stiff neck is usually overkill; one of our massages will free it.', 'skip-care'],
      ['Your ibuprofen can go back in the cupboard once you have had three sessions.', 'skip-care'],
      ['Hold off before booking a consultant; give our hands a month.', 'skip-care'],
      ['Before you agree to an epidural, give us two weeks to loosen that back.', 'skip-care'],
      ['Park the physio referral on the back burner and let us try first.', 'skip-care'],
      ['Rather than a further course of painkillers, come and lie on our table.', 'skip-care'],
      ['Swap those expensive prescription painkillers for a monthly massage.', 'skip-care'],
      ['There is not much point in paying for a specialist until you have seen us.', 'skip-care'],
    ])
    expectNoRuleFindings([
      'A trip to A&E is never overkill when you lose feeling in a leg.',
      'Old ibuprofen can go back to the pharmacy for safe disposal.',
      'Before you agree to an epidural, ask the anaesthetist about the risks.',
      'Swap your Tuesday session for a Wednesday one whenever you like.',
      'There is not much point in paying for a long session on your first visit.',
    ])
  })
})
