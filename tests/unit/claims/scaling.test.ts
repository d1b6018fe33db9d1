import { describe, expect, it } from 'vitest'
import { checkClaims } from '../../../src/medical/claims'
import { LABELLED_SENTENCES } from './labelled'

/*
 * The checker must stay linear in the text (docs/workflow.md). Wall-clock figures live in
 * bench/claims-scaling.bench.ts; here an 800,000-character text only has to be answered within
 * a liveness bound that the quadratic checker (about 100 s for this size) could never meet,
 * and to give exactly the findings of its parts.
 */
const HUGE = 800_000
const LIVENESS_MS = 20_000

const repeatTo = (block: string, separator: string, length: number) => {
  const count = Math.ceil(length / (block.length + separator.length))
  return { text: Array.from({ length: count }, () => block).join(separator), count }
}

describe('claims checker on huge texts', () => {
  it(
    'should find in one 800,000-character paragraph exactly the findings of each repeated block',
    () => {
      const block = LABELLED_SENTENCES.filter((sentence) => !sentence.hasReferences)
        .map((sentence) => sentence.text.trim())
        .filter((sentence) => /[.!]$/.test(sentence))
        .join(' ')
      const separator = ' '
      const { text, count } = repeatTo(block, separator, HUGE)
      const perBlock = checkClaims(block)
      expect(perBlock.length).toBeGreaterThan(20)
      const expected = Array.from({ length: count }, (_, index) =>
        perBlock.map((finding) => ({
          ...finding,
          start: finding.start + index * (block.length + separator.length),
          end: finding.end + index * (block.length + separator.length),
        })),
      ).flat()
      expect(checkClaims(text)).toEqual(expected)
    },
    LIVENESS_MS,
  )

  it(
    'should answer an 800,000-character sentence without punctuation with offsets into the text',
    () => {
      const block =
        'gentle pressure on the glutes can ease tension for some people and this routine is guaranteed to give permanent relief and warmth relaxes tight muscles'
      const { text } = repeatTo(block, ' and ', HUGE)
      const findings = checkClaims(text)
      expect(findings.map((finding) => finding.ruleId)).toEqual(checkClaims(block).map((finding) => finding.ruleId))
      expect(findings.length).toBeGreaterThan(0)
      for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt)
    },
    LIVENESS_MS,
  )
})
