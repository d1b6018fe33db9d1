import { describe, expect, it } from 'vitest'

import { checkClaims, splitSentences } from '../../../src/medical/claims'
import { hasCitationMarker } from '../../../src/medical/claims/citations'
import { referenceSplitSentences } from './referenceSplitter'

// Sentences written for this test (not corpus or probe sentences), read by the English rules
// alone so the model's weights do not decide them. Each safe shape has a risky one beside it.
const rulesOnly = (text: string) => checkClaims(text, { isModelDisabled: true })
const ruleIds = (text: string) => rulesOnly(text).map((finding) => finding.ruleId)
const sentencesOf = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end))

describe('Claims false readings: citations with abbreviations, hedged reports, hedged appeals to research', () => {
  it('should not end a sentence at an abbreviation inside a citation marker', () => {
    for (const text of [
      'Deep pressure loosened the calf (ref. 4). We book weekly.',
      'Deep pressure loosened the calf (refs. 4 and 5). We book weekly.',
      'Stretching after work helped (Lee et al. 2019, p. 12). We book weekly.',
      'Heat eased the stiffness (Ng, vol. 3, no. 2, pp. 40-48). We book weekly.',
    ]) {
      expect(sentencesOf(text), text).toHaveLength(2)
      expect(splitSentences(text), text).toEqual(referenceSplitSentences(text))
    }
  })

  it('should still end a sentence at a word that only looks like a citation abbreviation', () => {
    expect(sentencesOf('Turn the dial to p. Then rest.')).toHaveLength(2)
    expect(sentencesOf('He asked for a ref. After that we spoke.')).toHaveLength(2)
  })

  it('should read "(ref. 4)" as a citation that supports the claim before it', () => {
    expect(hasCitationMarker('Massage eases tension (ref. 4).')).toBe(true)
    expect(hasCitationMarker('Massage eases tension (refs. 4, 5).')).toBe(true)
    expect(ruleIds('Research shows regular massage lowers stress hormones (ref. 4). Ask us more.')).toEqual([])
    expect(ruleIds('Research shows regular massage lowers stress hormones (see reference 4).')).toEqual([])
    expect(ruleIds('Research shows regular massage lowers stress hormones. Ask us more.')).toContain('research-says')
  })

  it('should not flag a relief report of some people that the sentence says varies', () => {
    for (const text of [
      'Some patients tell us they get lasting relief, but results vary.',
      'A few clients describe complete relief after the course, though everyone is different.',
      'Many of our regulars report instant relief, but not everyone responds the same way.',
    ])
      expect(ruleIds(text), text).toEqual([])
  })

  it('should still flag relief promised to everyone or reported without the variation', () => {
    expect(ruleIds('Some patients tell us they get lasting relief.')).toContain('absolute-relief')
    expect(ruleIds('You will get lasting relief, but results vary in how fast.')).toContain('absolute-relief')
    expect(ruleIds('Every patient gets total relief, and everyone is different in how they feel it.')).toContain(
      'absolute-relief',
    )
  })

  it('should not flag a hedged appeal to research as unreferenced evidence', () => {
    for (const text of [
      'Some studies suggest massage may reduce pain.',
      'Early research hints that gentle stretching could ease stiff necks.',
      'A few trials indicate that warm compresses may help tight shoulders.',
      'Research suggests that massage might lower anxiety before surgery.',
    ])
      expect(ruleIds(text), text).toEqual([])
  })

  it('should still flag research said to prove or show an outcome', () => {
    expect(ruleIds('Studies prove that massage cures sciatica.')).toContain('clinically-proven')
    expect(ruleIds('Studies show that massage cures sciatica.')).toContain('research-says')
    expect(ruleIds('Studies suggest that massage reduces pain.')).toContain('research-says')
    expect(ruleIds('Research shows massage may reduce pain.')).toContain('research-says')
  })
})
