/*
 * stripCitations skips its expression when the text holds none of the characters every marker
 * holds: it must give what the expression alone gives, on every same-findings text and on markers
 * (and so must hasCitationMarker, which skips it the same way).
 * The rules and the model read the same markers (citations.ts), "(see reference 7)" included.
 */
import { describe, expect, it } from 'vitest'
import { checkClaims } from '../../../src/medical/claims'
import { citationMarkersPattern, hasCitationMarker, stripCitations } from '../../../src/medical/claims/citations'
import { findingsCases } from './sameFindingsCases'

describe('stripping citation markers', () => {
  it('should give what the citation expression alone gives', () => {
    const markers = citationMarkersPattern()
    const texts = [
      ...new Set(findingsCases().map(({ text }) => text)),
      'Massage cures sciatica [3].',
      'Massage cures sciatica (Lee 2019).',
      'Massage eases sciatica (see reference 7).',
      'Massage eases sciatica (references 2 and 3).',
      'Massage eases sciatica² in trials.',
      'Pain scores fell in the trial described in reference 3.',
      'The figures come from footnotes 2 and 4.',
      'See https://example.org/x for more',
      'Read doi: 10.1000/182 today',
      'Read DOI.org/10.1000/182 today',
      'No marker here at all',
    ]
    let stripped = 0
    for (const text of texts) {
      const expected = text.replace(markers, ' ')
      if (expected !== text) stripped += 1
      expect(stripCitations(text)).toBe(expected)
      expect(hasCitationMarker(text)).toBe(new RegExp(markers.source, 'i').test(text))
    }
    expect(stripped).toBeGreaterThan(8)
  }, 60_000)

  it('should read a numbered reference in brackets as a citation for the rules and the model alike', () => {
    const base = 'Booking page: a 2021 trial found a short-term improvement in neck pain after massage'
    // Uncited, the model reads it as an appeal to evidence (no rule does).
    expect(checkClaims(`${base}.`).map((finding) => finding.source.split(':')[0])).toEqual(['model'])
    for (const marker of ['(see reference 7)', '(reference 1)', '(source 5)', '(see references 2 and 3)', '(footnote 4)']) {
      const sentence = `${base} ${marker}.`
      expect(hasCitationMarker(sentence), marker).toBe(true)
      expect(stripCitations(sentence), marker).toBe(`${base}  .`)
      expect(checkClaims(sentence), marker).toEqual([])
    }
    expect(hasCitationMarker('We keep reference books on the shelf (and 7 towels).')).toBe(false)
  })

  it('should read a reference named by number in running prose as a citation', () => {
    const claim = 'Regular sessions cut the number of flare-ups over the following year.'
    expect(checkClaims(claim).length).toBeGreaterThan(0)
    for (const source of ['The trial is described in reference 5.', 'The figure is taken from references 2 and 3.', 'As per footnote 4, the effect was small.']) {
      expect(hasCitationMarker(source), source).toBe(true)
      expect(checkClaims(`${claim} ${source}`), source).toEqual([])
    }
    // A number that names no reference is no citation.
    expect(hasCitationMarker('We keep the reference books in room 5.')).toBe(false)
    expect(hasCitationMarker('Book in reference to session 2 of your plan.')).toBe(false)
  })
})
