import { describe, expect, it } from 'vitest'

import { isDistanced } from '../../../src/medical/claims/context'
import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the readings the twenty-sixth round added for article prose,
// testimonials, product pages and press copy: a negation that governs a list or an "or", a negated
// verb of saying over its "that" clause, a negated treatment as subject, a question someone asks,
// a claim that weak evidence would show, and quoted claims the text calls worrying, unsupported or
// to be avoided. Each group has risky twins that keep the same shape.

describe('English rules of the twenty-sixth round (false flags in long prose and press copy)', () => {
  it('should not flag claims denied by a negation before a list or an "or"', () => {
    expectNoRuleFindings([
      'The neck pillow is not designed to diagnose, treat or cure any condition.',
      'The lotion is not intended to diagnose, soothe, cure or prevent any disease.',
      'Compression socks do not mend torn ligaments, cure gout or fix a bunion.',
      'A vibrating plate will not melt scar tissue or permanently lengthen your hamstrings.',
    ])
  })

  it('should still flag a claim joined by "and" after a negated item', () => {
    expectRuleKinds([['The balm does not sting, smells lovely and cures arthritis in a week.', 'cure']])
  })

  it('should not flag what a negated verb of saying introduces, nor a negated treatment subject', () => {
    expectNoRuleFindings([
      'His story was not meant to suggest that the massage had cured his gout.',
      'Nothing in this leaflet should be read as a promise that one visit will leave you pain-free.',
      'No kind of bodywork is totally free of risk for someone recovering from surgery.',
      'There is no such thing as a remedy that is completely safe for every person.',
      'Despite the hype online, no amount of pressure will dissolve a bulging disc or regrow cartilage.',
    ])
  })

  it('should still flag a turn after a negated verb of saying and a comparison after a negated treatment', () => {
    expectRuleKinds([
      ['I never said it would be easy, but massage cured my sciatica.', 'cure'],
      ['No treatment is more effective for sciatica than our massage.', 'superlative'],
      ['No other treatment can cure sciatica the way our massage does.', 'superlative'],
    ])
  })

  it('should not flag a question someone asks, but flag the answer after a comma', () => {
    expectNoRuleFindings(['A caller wanted to know whether she could cancel her knee surgery after a few massages.'])
    expectRuleKinds([
      ['Readers often ask whether their tennis elbow is permanent, and our experience is that cross-friction massage heals it for good.', 'cure'],
    ])
  })

  it('should read the evidence for a claim called weak as distance', () => {
    expect(isDistanced('The evidence that massage removes the root cause of migraines is of low quality.')).toBe(true)
    expect(isDistanced('Reports that one session cures whiplash rest on anecdotes rather than trials.')).toBe(true)
    expect(isDistanced('The evidence is clear: massage removes the root cause of migraines.')).toBe(false)
  })

  it('should not flag quoted claims called worrying, unsupported or the kind of claim to avoid', () => {
    expectNoRuleFindings([
      'A leaflet described reflexology as a "miracle cure for asthma", which is exactly the kind of wording we try to avoid.',
      'A podcast host told listeners to "stop your statins and get a massage", advice that cardiologists found alarming.',
      'The regulator ruled against a studio that said its massage was "the best cure for sciatica", because it could not back this up.',
      'Everyone\'s body responds differently to massage, so we cannot say how you will feel tomorrow.',
      'If the underlying cause turns out to be a disc, your GP may suggest a scan.',
    ])
  })

  it('should flag the recall shapes of the round as their kinds', () => {
    expectRuleKinds([
      ['The cordless massager fixes stiff, sore necks in minutes.', 'cure'],
      ['Our programme heals disc problems without surgery.', 'cure'],
      ['Members report lasting freedom from knee pain after the course.', 'absolute-relief'],
      ['Whatever you have tried, the pain in your heel will disappear completely.', 'absolute-relief'],
      ['One long deep tissue session will clear that knee pain up for good.', 'one-visit'],
      ['Swimmers regain full movement in the shoulder after just a single appointment.', 'one-visit'],
      ['Hold off on the knee injection and give our course a month first.', 'skip-care'],
      ['Cancel that hospital consult and let us treat your back instead.', 'skip-care'],
      ['Massage can replace hip surgery for most people.', 'skip-care'],
    ])
  })
})
