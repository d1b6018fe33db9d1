import { describe, expect, it } from 'vitest'
import { checkClaims, claimRules } from '../../../src/medical/claims'
import { LABELLED_SENTENCES, type LabelledSentence } from './labelled'

function firedRuleIds(sentence: LabelledSentence): string[] {
  return [
    ...new Set(checkClaims(sentence.text, { hasReferences: sentence.hasReferences }).map((f) => f.ruleId)),
  ].sort()
}

describe('claims checker on the labelled set', () => {
  it('should have at least 60 labelled sentences covering every rule', () => {
    expect(LABELLED_SENTENCES.length).toBeGreaterThanOrEqual(60)
    const labelledIds = new Set(LABELLED_SENTENCES.flatMap((sentence) => sentence.expected))
    for (const rule of claimRules) expect(labelledIds, rule.id).toContain(rule.id)
    for (const id of labelledIds) expect(claimRules.map((rule) => rule.id)).toContain(id)
    expect(
      LABELLED_SENTENCES.filter((sentence) => sentence.expected.length === 0).length,
    ).toBeGreaterThanOrEqual(30)
  })

  it('should reach precision and recall of at least 0.9', () => {
    let truePositives = 0
    let falsePositives = 0
    let falseNegatives = 0
    const mistakes: string[] = []
    for (const sentence of LABELLED_SENTENCES) {
      const fired = firedRuleIds(sentence)
      const extra = fired.filter((id) => !sentence.expected.includes(id))
      const missing = sentence.expected.filter((id) => !fired.includes(id))
      truePositives += fired.length - extra.length
      falsePositives += extra.length
      falseNegatives += missing.length
      if (extra.length || missing.length)
        mistakes.push(`${sentence.text} (extra: ${extra}, missing: ${missing})`)
    }
    const precision = truePositives / (truePositives + falsePositives)
    const recall = truePositives / (truePositives + falseNegatives)
    console.log(
      `claims labelled set: ${LABELLED_SENTENCES.length} sentences, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    )
    if (mistakes.length) console.log(`claims labelled set mistakes:\n  ${mistakes.join('\n  ')}`)
    expect(precision).toBeGreaterThanOrEqual(0.9)
    expect(recall).toBeGreaterThanOrEqual(0.9)
  })

  it.each(
    LABELLED_SENTENCES.filter((sentence) => sentence.isKey).map((sentence) => [sentence.text, sentence]),
  )('should label key case exactly: %s', (_text, sentence) => {
    expect(firedRuleIds(sentence)).toEqual([...sentence.expected].sort())
  })
})

describe('claims checker behaviour', () => {
  it('should not treat negated cure wording as a cure claim', () => {
    for (const text of [
      'Massage cannot cure the underlying cause.',
      "It can't magically cure anything.",
      'Massage will not cure a slipped disc.',
      'Massage is not a cure.',
      'A permanent cure is not realistic.',
    ]) {
      expect(checkClaims(text), text).toEqual([])
    }
  })

  it('should flag positive cure and guarantee claims with block severity', () => {
    const findings = checkClaims(
      'Massage cures sciatica. Guaranteed relief. This will heal your back permanently.',
    )
    expect(findings.map((f) => [f.ruleId, f.severity, f.excerpt])).toEqual([
      ['cure-claim', 'block', 'cures'],
      ['guarantee', 'block', 'Guaranteed'],
      ['permanent-healing', 'block', 'heal your back permanently'],
    ])
  })

  it('should skip questions but still check the sentence after one', () => {
    expect(checkClaims('Can massage cure sciatica?')).toEqual([])
    expect(
      checkClaims('Can massage cure sciatica? Yes, massage cures sciatica.').map((f) => f.ruleId),
    ).toEqual(['cure-claim'])
  })

  it('should treat an unpunctuated FAQ heading as a question but not a bullet label', () => {
    expect(checkClaims('Can massage cure sciatica')).toEqual([])
    expect(checkClaims('\u2022 Can cure sciatica').map((f) => f.ruleId)).toEqual(['cure-claim'])
  })

  it('should keep reference-dependent findings when the caller only says the document has references', () => {
    const text = 'Studies show massage reduces inflammation. Massage is clinically proven to ease pain.'
    const expected = ['research-says', 'efficacy-inflammation', 'clinically-proven']
    expect(checkClaims(text).map((f) => f.ruleId)).toEqual(expected)
    expect(checkClaims(text, { hasReferences: true }).map((f) => f.ruleId)).toEqual(expected)
  })

  it('should keep rules that do not depend on references when the document has references', () => {
    expect(checkClaims('Massage cures sciatica.', { hasReferences: true }).map((f) => f.ruleId)).toEqual([
      'cure-claim',
    ])
  })

  it('should treat an inline citation as a reference for its own sentence only', () => {
    const findings = checkClaims('Massage reduces inflammation [2]. Massage reduces inflammation.')
    expect(findings).toHaveLength(1)
    expect(findings[0].start).toBeGreaterThan(30)
  })

  it('should only hedge the label of a bullet under a hedged lead-in', () => {
    const text =
      'Massage may help by:\n\u2022 reducing inflammation\n\u2022 Calming nerves: it reduces inflammation.'
    expect(checkClaims(text).map((f) => f.excerpt)).toEqual(['reduces inflammation'])
  })

  it('should report one finding per rule per sentence and keep the stronger of overlapping findings', () => {
    expect(checkClaims('Massage cures sciatica and cures back pain.')).toHaveLength(1)
    expect(checkClaims('Be pain-free forever.').map((f) => f.ruleId)).toEqual(['permanent-relief'])
  })

  it('should return an empty list for empty input', () => {
    expect(checkClaims('')).toEqual([])
  })

  it('should return findings with message and suggestion from the rule', () => {
    const [finding] = checkClaims('Massage has no side effects.')
    const rule = claimRules.find((r) => r.id === finding.ruleId)
    expect(finding.message).toBe(rule?.message)
    expect(finding.suggestion).toBe(rule?.suggestion)
  })
})
