/*
 * Claims a sentence quotes and then rebuts without naming who makes them (reportedClaims.ts,
 * isRebuttedQuote; cue words in discourseCues.json quoteRebuttals). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest'

import { checkClaims } from '../../../src/medical/claims'
import { withoutRebuttedQuotes } from '../../../src/medical/claims/reportedClaims'

const findings = (text: string) => checkClaims(text, { locale: 'en' })

const REBUTTED = [
  'A reader wanted to know if our clinic can "cure a slipped disc for life"; that is not how spines work.',
  'The leaflet promised \u201cno more migraines after three sessions\u201d, which the research does not support.',
  '"Cupping cures fibromyalgia for good," the advert said. It doesn\'t, and we asked them to remove it.',
  'One forum insists that \u2018reflexology heals kidney disease\u2019 \u2014 nonsense.',
  'A banner in the mall read "guaranteed to cure your back pain forever", a promise that is simply untrue.',
  'His brochure says "no one needs a doctor after our course", and that is dangerous rubbish.',
  'The reel claims \'deep tissue massage detoxes your liver\'; there is no evidence for that.',
  '"This oil is a miracle cure for arthritis" was printed on the label. Wrong, on every count.',
  'A neighbour swore that stretching "reverses scoliosis completely", which is a myth.',
  'We saw the slogan "the only treatment that works for sciatica" and it is misleading.',
]

const STILL_CLAIMS = [
  'Massage cures sciatica; that is how back pain works.',
  'As a runner wrote to us, "it cured my sciatica", and it can cure yours.',
  'Our cupping cures fibromyalgia, and the "experts" who doubt it are wrong.',
  'Clients say "it cured my migraines for good". Nothing went wrong for any of them, and it will cure yours.',
  '"Cupping cures fibromyalgia for good," the advert said. We agree.',
  'Our massage cures sciatica for good, and calling it "just a nice rub" is wrong.',
]

describe('quoted claims rebutted after the quote', () => {
  it.each(REBUTTED)('should give no finding for a quoted claim the text rebuts: %s', (text) => {
    expect(findings(text)).toEqual([])
  })

  it.each(STILL_CLAIMS)('should still flag a claim that is unquoted, endorsed or not rebutted: %s', (text) => {
    expect(findings(text).length).toBeGreaterThan(0)
  })

  it('should flag the same quoted claim when nothing rebuts it', () => {
    expect(findings('"Cupping cures fibromyalgia for good," the advert said.').length).toBeGreaterThan(0)
    expect(findings('"Cupping cures fibromyalgia for good," the advert said. It does.').length).toBeGreaterThan(0)
  })

  it('should not read a negated rebuttal or a late one in a long next sentence as a rebuttal', () => {
    const negated = 'They say "massage cures sciatica", which is not a myth.'
    expect(withoutRebuttedQuotes(negated).text).toBe(negated)
    const rebutted = 'They say "massage cures sciatica", which is a myth.'
    expect(withoutRebuttedQuotes(rebutted).text).toBe(`They say ${' '.repeat(24)}, which is a myth.`)
    const sign = 'Our sign says "massage cures sciatica for good".'
    const late = 'Clients keep coming back every week because nothing about their treatment ever goes wrong.'
    expect(withoutRebuttedQuotes(sign, late)).toEqual({ text: sign, isNextRebutting: false })
    expect(withoutRebuttedQuotes(sign, 'It does not.')).toEqual({
      text: `Our sign says ${' '.repeat(33)}.`,
      isNextRebutting: true,
    })
  })

  it('should blank a quote the clause warns about before it, or a quote used as the label of a genre', () => {
    const warned = 'Be wary of ads that say "massage cures sciatica".'
    expect(withoutRebuttedQuotes(warned).text).toBe(`Be wary of ads that say ${' '.repeat(24)}.`)
    const label = 'Those "miracle cure" videos get millions of views.'
    expect(withoutRebuttedQuotes(label).text).toBe(`Those ${' '.repeat(14)} videos get millions of views.`)
    // A warning also covers one-word quotes: 'buzzwords like "detox"'.
    const buzzwords = 'Buzzwords like "detox" and "cure-all" say little.'
    expect(withoutRebuttedQuotes(buzzwords).text).toBe(`Buzzwords like ${' '.repeat(7)} and ${' '.repeat(10)} say little.`)
  })

  it('should not let a warning reach across a colon, a semicolon, our own voice or a turn, nor a negated warning', () => {
    for (const text of [
      'Don\'t fall for imitations: "our oil cures arthritis for good".',
      'Unlike the quacks, we promise "a cure in one visit".',
      'Forget snake oil and try our "pain gone forever" massage.',
      'No empty promises, just "relief that lasts forever".',
    ]) {
      expect(withoutRebuttedQuotes(text).text, text).toBe(text)
      expect(findings(text).length, text).toBeGreaterThan(0)
    }
  })

  it('should read a speaker after a quote as a speaker, not as a genre label, and our own label as ours', () => {
    for (const text of ['"One visit is all you need," promises our founder.', 'Watch our "pain gone in one visit" videos today.']) {
      expect(withoutRebuttedQuotes(text).text, text).toBe(text)
      expect(findings(text).length, text).toBeGreaterThan(0)
    }
  })

  it('should keep a quote that ends in ! or ? and runs on in lower case inside its sentence', () => {
    expect(findings('"Sciatica gone in one visit!" shouts the poster. Not in our experience, and not in the research.')).toEqual([])
    expect(findings('"Sciatica gone in one visit!" shouts our poster.').length).toBeGreaterThan(0)
  })

  it.each([
    'Every spring the same posts appear: "cupping cures hay fever". Please ignore them.',
    'Take "back pain gone for good" promises with a pinch of salt.',
    'There is no such thing as "a guaranteed cure for sciatica".',
  ])('should read doubt and dismissal as rebuttals, after the quote or in a short next sentence: %s', (text) => {
    expect(findings(text)).toEqual([])
  })

  it('should treat a one-word quote as a scare quote, not a quoted claim', () => {
    const scare = 'Massage cures sciatica, and the "experts" are wrong.'
    expect(withoutRebuttedQuotes(scare).text).toBe(scare)
  })
})
