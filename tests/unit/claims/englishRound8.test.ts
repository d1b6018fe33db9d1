import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { checkClaims } from '../../../src/medical/claims'
import { corpusDir, loadCorpus, loadSplit, parseCorpus } from '../../../src/medical/claims/corpus/corpus'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins what the eighth round added, whatever the model learns.
const rulesOnly = (text: string) => checkClaims(text, { isModelDisabled: true })
const kinds = (text: string) => rulesOnly(text).map((finding) => finding.kind)

describe('English rules of the eighth round (cure, one-visit, miracle, guarantee, prevention wording)', () => {
  it('should flag the eighth round surface forms as their kinds', () => {
    for (const [sentence, kind] of [
      ['After a few weeks with us, your sciatica is a closed chapter.', 'cure'],
      ['Wave farewell to sciatica with our remedial course.', 'cure'],
      ['Our hands rid clients of years of hip pain.', 'cure'],
      ['The old injury is set right in a single visit.', 'one-visit'],
      ['Our herbal wrap performs wonders on swollen knees.', 'miracle'],
      ['It felt as though a spell was lifted from my lower back.', 'miracle'],
      ['Once you finish the plan, recovery is a given.', 'guarantee'],
      ['You will walk better, that much we can promise.', 'guarantee'],
      ['Say goodbye to future back problems with a standing monthly booking.', 'prevention'],
      ['Book every month and forget about another flare-up of sciatica.', 'prevention'],
      ['Our stretching class stops a slipped disc before it happens.', 'prevention'],
      ['Monthly massage is a vaccine against back pain.', 'prevention'],
    ] as const) {
      expect(kinds(sentence), sentence).toContain(kind)
    }
  })

  it('should not flag eighth round hard negatives in the same registers', () => {
    for (const sentence of [
      'One visit can loosen a stiff shoulder a bit, but most clients need a few more.',
      'No trial has shown that massage stops sciatica from coming back.',
      'Nobody has yet proven that reflexology cures migraines.',
      'Whether cupping prevents back injuries is still unknown.',
      'Two small trials reported brief relief, but none showed a cure.',
      'Some clinics say their balm works miracles, which is not supported by any trial.',
      'Our flu jab reminders go out every October.',
      'The clinic is a closed chapter for us on bank holidays.',
    ]) {
      expect(rulesOnly(sentence), sentence).toEqual([])
    }
  })

  it('should keep the eighth English probe out of the corpus and the split, so it stays unseen by training', () => {
    const probe = parseCorpus(fs.readFileSync(path.join(corpusDir, 'en.probe8.tsv'), 'utf8'), 'en')
    const corpusTexts = new Set(loadCorpus().map((entry) => entry.text))
    const { assignments } = loadSplit()
    expect(probe.length).toBeGreaterThanOrEqual(100)
    expect(probe.filter((entry) => corpusTexts.has(entry.text))).toEqual([])
    expect(probe.filter((entry) => assignments[entry.id] !== undefined)).toEqual([])
  })

  it('should read the eighth round as part of the corpus, all of it outside the test split', () => {
    const round = parseCorpus(fs.readFileSync(path.join(corpusDir, 'en.round8.tsv'), 'utf8'), 'en')
    const { assignments } = loadSplit()
    expect(round.length).toBeGreaterThanOrEqual(350)
    expect(round.filter((entry) => assignments[entry.id] === undefined)).toEqual([])
    expect(round.filter((entry) => assignments[entry.id] === 'test')).toEqual([])
  })
})
