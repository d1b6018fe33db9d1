/*
 * stripCitations skips its expression when the text holds no "[", "(" or ":" (every marker holds
 * one): it must give what the expression alone gives, on every same-findings text and on markers.
 */
import { describe, expect, it } from 'vitest'
import { stripCitations } from '../../../src/medical/claims/model/features'
import { findingsCases } from './sameFindingsCases'

// The expression of model/features.ts, as it stands.
const CITATION_MARKERS =
  /\[\s*\d+(?:\s*[,\u2013-]\s*\d+)*\s*\]|\([^()]*\b(?:19|20)\d{2}[a-z]?\)|https?:\/\/\S+|\bdoi:\s*\S+/gi

describe('stripping citation markers', () => {
  it('should give what the citation expression alone gives', () => {
    const texts = [
      ...new Set(findingsCases().map(({ text }) => text)),
      'Massage cures sciatica [3].',
      'Massage cures sciatica (Lee 2019).',
      'See https://example.org/x for more',
      'Read doi: 10.1000/182 today',
      'No marker here at all',
    ]
    let stripped = 0
    for (const text of texts) {
      const expected = text.replace(CITATION_MARKERS, ' ')
      if (expected !== text) stripped += 1
      expect(stripCitations(text)).toBe(expected)
    }
    expect(stripped).toBeGreaterThan(4)
  }, 60_000)
})
