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
/*
 * Both languages are at the goal, so the test holds the goal itself: a change that takes either
 * language under it fails. English climbed to it round by round: 0.885 after the fifth round, 0.897 (70 of 78) after
 * the eighth, 0.923 (72) after the eleventh, 0.949 (74) after the twenty-first and again after model
 * round 29, then 0.962 (75) after model round 30 and 0.974 (76 of 78) after round 32 (bench/RESULTS.md).
 * Thai has been at 1.000 since its fourth round.
 */

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

  it('should keep recall and false flags within the goal on the frozen test split, per language', () => {
    const { summary, mistakes } = evaluate(splitCorpus(entries).test)
    console.log(
      Object.entries(summary)
        .map(([lang, s]) => `${lang}: recall ${s.recall.toFixed(3)} of ${s.risky}, false flags ${s.falseFlagRate.toFixed(3)} of ${s.safe}`)
        .join('; '),
    )
    if (mistakes.length) console.log(`${mistakes.length} test-split mistakes (npm run eval:claims -- --mistakes)`)
    for (const lang of ['en', 'th']) {
      expect(summary[lang].recall, `${lang} recall (goal ${GOAL.recall})`).toBeGreaterThanOrEqual(GOAL.recall)
      expect(summary[lang].falseFlagRate, `${lang} false flags`).toBeLessThanOrEqual(GOAL.falseFlagRate)
    }
  })
})
