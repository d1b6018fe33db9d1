import { describe, expect, it } from 'vitest'

import { hasCitationMarker } from '../../../src/medical/claims/citations'
import { expectNoRuleFindings, expectRuleKinds } from './roundChecks'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the readings the twenty-fourth round added against false flags on
// fresh safe wording (a negated subject with an aside before its modal, "none of our staff will
// promise", a reported idea called outdated or debunked, venue awards, retail guarantees) and the
// citation formats it added, with risky lines in the same shapes that must still be flagged.

describe('English rules of the twenty-fourth round (false flags on safe wording)', () => {
  it('should not flag negated frames with an aside, rebutted ideas, venue awards or retail guarantees', () => {
    expectNoRuleFindings([
      'No stretch, however gentle, can rebuild a torn ligament.',
      'No clinic, no matter how famous, will make a bulging disc vanish.',
      'None of our therapists would ever promise that your migraines end.',
      'Some coaches still say that foam rolling flushes toxins from the legs, but that idea has been debunked.',
      'Named the best independent hotel in the county by its guests.',
      'Bathrobes and towels from our shop come with a money-back guarantee on every order.',
    ])
  })

  it('should still flag the risky lines in the same shapes', () => {
    expectRuleKinds([
      ['No matter how long you have suffered, our routine will cure your arthritis.', 'cure'],
      ['Foam rolling flushes toxins from the legs, and we have seen it every week.', 'efficacy'],
      ['Voted the best spa in the county for easing chronic back pain.', 'superlative'],
      ['Guaranteed relief from sciatica or your money back.', 'guarantee'],
    ])
  })

  it('should read author-year brackets, PMID numbers and www links as citations', () => {
    expect(hasCitationMarker('Walking lowers falls [Hart 2020].')).toBe(true)
    expect(hasCitationMarker('Walking lowers falls [Hart and Cole, 2020b].')).toBe(true)
    expect(hasCitationMarker('Walking lowers falls (PMID 31234567).')).toBe(true)
    expect(hasCitationMarker('Walking lowers falls; see www.example.org/falls for the trial.')).toBe(true)
    expect(hasCitationMarker('Walking lowers falls [trust us].')).toBe(false)
    expect(hasCitationMarker('Visit our www page for prices.')).toBe(false)
  })
})
