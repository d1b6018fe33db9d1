/*
 * The claims corpus (src/medical/claims/corpus) and the goal on its frozen test split
 * (issue 13): recall >= 0.95 and false flags <= 0.05, per language. The test split is never
 * used for training or tuning (docs/claims.md says how independent it is).
 */
import { describe, expect, it } from 'vitest'

import { claimRules } from '../../../src/medical/claims'
import { CATEGORIES } from '../../../src/medical/claims/compile'
import { hashEntries, loadCorpus, loadSplit, SAFE_KINDS, splitCorpus } from '../../../src/medical/claims/corpus/corpus'
import { evaluate } from '../../../src/medical/claims/training/evaluate'

// Changing a test sentence, or the split, changes this hash: freezing is visible in review.
const FROZEN_TEST_HASH = 'c33c10da1ebb1e318d31baf0eaa7d4fe23d2a88de1b702d8adce97f06926a583'
const GOAL = { recall: 0.95, falseFlagRate: 0.05 }
/**
 * Thai recall is at the goal (1.000 after the fourth round); English is not yet, so its floor holds
 * the measured level and a change that loses recall fails. English measured 0.885 after the fifth
 * round, 0.872 after the sixth and seventh (one sentence fewer, while every held-out probe gained)
 * 0.897 (70 of 78) after the eighth, 0.910 (71 of 78) after the ninth and tenth, 0.923 (72 of 78)
 * after the eleventh, 0.936 (73 of 78) after the sixteenth, 0.949 (74 of 78) after the
 * twenty-first, and 0.936 again after rounds 25–28 and Thai rounds 6–7, which lost one prevention
 * sentence while the blind probes gained (bench/RESULTS.md), and 0.949 (74 of 78) once more after
 * model round 29 and rounds 29–31: one sentence short of the goal. Raise it as the checker improves;
 * the false-flag limit is the goal already.
 */
const RECALL_FLOOR: Record<string, number> = { en: 0.945, th: GOAL.recall }

describe('claims corpus', () => {
  const entries = loadCorpus()

  // Unique ids are checked in corpusFiles.test.ts, which every round runs.
  it('should hold at least 600 English and 150 Thai sentences', () => {
    expect(entries.filter((entry) => entry.lang === 'en').length).toBeGreaterThanOrEqual(600)
    expect(entries.filter((entry) => entry.lang === 'th').length).toBeGreaterThanOrEqual(150)
  })

  it('should label every risk kind and every hard-negative kind in both languages', () => {
    for (const lang of ['en', 'th']) {
      const kinds = new Set(entries.filter((entry) => entry.lang === lang).map((entry) => entry.kind))
      for (const kind of [...CATEGORIES, ...SAFE_KINDS]) expect(kinds, `${lang} ${kind}`).toContain(kind)
    }
    for (const rule of claimRules) expect(CATEGORIES).toContain(rule.category)
  })

  it('should assign every sentence to a split and keep the test split frozen', () => {
    const split = loadSplit()
    const { test } = splitCorpus(entries, split)
    expect(hashEntries(test)).toBe(split.testHash)
    expect(split.testHash).toBe(FROZEN_TEST_HASH)
  })

  it('should keep recall at its measured floor and false flags within the goal on the frozen test split, per language', () => {
    const { summary, mistakes } = evaluate(splitCorpus(entries).test)
    console.log(
      Object.entries(summary)
        .map(([lang, s]) => `${lang}: recall ${s.recall.toFixed(3)} of ${s.risky}, false flags ${s.falseFlagRate.toFixed(3)} of ${s.safe}`)
        .join('; '),
    )
    if (mistakes.length) console.log(`${mistakes.length} test-split mistakes (npm run eval:claims -- --mistakes)`)
    for (const lang of ['en', 'th']) {
      expect(summary[lang].recall, `${lang} recall (goal ${GOAL.recall})`).toBeGreaterThanOrEqual(RECALL_FLOOR[lang]!)
      expect(summary[lang].falseFlagRate, `${lang} false flags`).toBeLessThanOrEqual(GOAL.falseFlagRate)
    }
  })
})
