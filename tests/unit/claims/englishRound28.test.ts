import { describe, expect, it } from 'vitest'

import { hasCitationMarker } from '../../../src/medical/claims/citations'
import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the readings the twenty-eighth round added (a quoted claim that a
// negated turn of the writer's own voice rebuts, a report by "swore" or "insisted" that a later
// "which is nonsense" denies, negated treatment subjects after a "that" complement or with a short
// aside, "whether … has hardly been studied", prose and bracketed citations) and the risky
// sentences of the same shapes: quotes endorsed or followed by an emphatic "no".

describe('English rules of the twenty-eighth round (rebutted quotes, negation in context)', () => {
  it('should not flag a quoted claim that a negated turn of our own voice rebuts', () => {
    expectNoRuleFindings([
      'A supplement shop advertises "cures joint pain for life"; not one of its customers we spoke to agreed.',
      'We still hear "one visit and the migraine is gone" from new clients, and we never repeat it.',
      'Flyers promising "guaranteed relief for everyone" keep appearing — that is not something any clinic can offer.',
      'The video title says "the best neck treatment ever made", yet the maker hardly mentions any evidence.',
      'The label calls it a "miracle wrap"; it keeps your knee warm and does nothing more.',
    ])
  })

  it('should not flag a report by swore, insisted or said that the sentence then calls nonsense', () => {
    expectNoRuleFindings([
      'A neighbour insisted the copper ring had cured her arthritis, which is nonsense.',
      'The salesman swore the pillow would fix my neck for good, which turned out to be false.',
    ])
  })

  it('should not flag a negated treatment after a that-complement or with a short aside', () => {
    expectNoRuleFindings([
      'Our answer is that no massage is going to heal a fractured wrist.',
      'There is no cream, ours included, that can guarantee lasting relief from eczema.',
      'Whether foam rolling prevents hamstring tears has barely been studied.',
    ])
  })

  it('should flag a quoted claim we endorse or follow with an emphatic no', () => {
    expectRuleKinds([
      ['A client wrote "your studio cured my sciatica", and we could not agree more.', 'cure'],
      ['We say it plainly: "your sciatica cured in one visit" — no ifs, no buts.', 'one-visit'],
      ['Our clients call it "the best massage in the city"; nothing else comes close.', 'superlative'],
    ])
  })

  it('should read an unbracketed reference and a prose author citation as citations', () => {
    expect(hasCitationMarker('Stretching helped; see reference 5 below.')).toBe(true)
    expect(hasCitationMarker('Patel and colleagues, Journal of Pain 2016, found a small effect.')).toBe(true)
    expect(hasCitationMarker('Our clients see results and colleagues agree.')).toBe(false)
  })
})
