import { describe, it } from 'vitest'

import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the readings the twenty-seventh round added (negated subjects and
// frames that open the sentence and reach a claim many words on, nouns denied by "far from" or
// "anything but", reports by a relative, mentor, school, folklore, hype or rumour that the sentence
// denies, quoted lines that make the writer uneasy, a quoted question after "ask me,") and the
// risky sentences of the same shapes: comparisons, turns, negated cautions, approving quotes.

describe('English rules of the twenty-seventh round (quoted, attributed and negated claims)', () => {
  it('should not flag a negated subject or frame that opens the sentence, however far its claim', () => {
    expectNoRuleFindings([
      'Not one product in this catalogue is intended to cure gout.',
      'Nothing our team offers on weekday evenings can rebuild a torn rotator cuff.',
      'No amount of kneading will permanently dissolve a frozen shoulder.',
      "Look, no physio in the county can promise you'll never have sciatica again.",
      'There is no balm in our range, however pricey, that reverses arthritis.',
      'At no time does our booking page promise to eliminate migraines.',
      "We're not here to tell you that cupping heals torn ligaments.",
      'It would be irresponsible to claim that reflexology cures infertility.',
    ])
  })

  it('should not flag a noun that "far from", "nowhere near" or "anything but" denies', () => {
    expectNoRuleFindings([
      'Hot stone therapy is far from a miracle cure for fibromyalgia.',
      'A foot soak is nowhere near a cure for gout.',
      'This gadget is anything but a guaranteed fix for back pain.',
    ])
  })

  it('should not flag a claim a relative, mentor, school, folklore or rumour reports and the sentence denies', () => {
    expectNoRuleFindings([
      'My uncle swore that magnets cured his arthritis, but his blood tests said otherwise.',
      'A mentor once told me massage could regrow cartilage, which I now know was wishful thinking.',
      'Running-club folklore holds that a rub-down cures shin splints for good; the trials paint a messier picture.',
      'Rumours that our clinic can reverse nerve damage are false.',
      'Old posts that describe reflexology as a cure for diabetes are baseless.',
      '"Pain gone for good in one session," reads a sticker in a rival\'s window, and that leaves us uneasy.',
      'Clients ask me, "will you cure my sciatica?", and I always say no.',
    ])
  })

  it('should still flag comparisons, turns, negated cautions and approving quotes of the same shapes', () => {
    expectRuleKinds([
      ['No other spa in the city can cure sciatica like ours.', 'cure'],
      ['Nothing heals a slipped disc faster than our signature massage.', 'superlative'],
      ['Our oil never fails to clear a tension headache.', 'guarantee'],
      ["It's not an exaggeration to say our massage cures insomnia.", 'cure'],
      ['My neighbour swears that cupping cured her shingles, and we agree.', 'cure'],
      ['"Dana cured my sciatica in two visits!" – Omar, a grateful client', 'cure'],
      ['It would be wrong to say reflexology merely relaxes you; it cures migraines.', 'cure'],
      ["I won't pretend otherwise: our oil cures arthritis.", 'cure'],
      ['My cousin said the studio cured her frozen shoulder, but I doubted it until it cured mine too.', 'cure'],
    ])
  })
})
