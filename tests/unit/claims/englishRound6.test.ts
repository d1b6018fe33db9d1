import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { checkClaims } from '../../../src/medical/claims'
import { corpusDir, loadCorpus, loadSplit, parseCorpus } from '../../../src/medical/claims/corpus/corpus'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins what the sixth round added to rules.json, whatever the model learns.
const rulesOnly = (text: string) => checkClaims(text, { isModelDisabled: true })

describe('English rules of the sixth round (styles and registers)', () => {
  it('should flag the sixth round surface forms as their kinds', () => {
    for (const [sentence, kind] of [
      ['Fancy a life where your hip never aches again?', 'rhetorical'],
      ['Ever wondered what it would feel like to have no sciatica at all?', 'rhetorical'],
      ['The trapped nerve is unpinched within minutes of firm thumb work.', 'efficacy'],
      ['Give the spinal surgery a miss and let our hands do the work.', 'skip-care'],
      ['With gentle hands like ours you simply cannot overdo it.', 'safety'],
      ['Our remedial team will send that backache packing.', 'cure'],
      ['Trust me, you will be right as rain by the end of the month.', 'cure'],
      ['Guaranteed results? It is a dead cert with our programme.', 'guarantee'],
      ['Our sessions are three times as effective as a course of physio.', 'superlative'],
      ['Bulletproof your back with a monthly deep tissue session.', 'prevention'],
      ['We fix what is actually causing the ache, not the ache itself.', 'root-cause'],
    ] as const) {
      expect(rulesOnly(sentence).map((finding) => finding.kind), sentence).toContain(kind)
    }
  })

  it('should not flag sixth round hard negatives in the same registers', () => {
    for (const sentence of [
      'No amount of massage can guarantee a pain-free back.',
      'Appointments can be cancelled up to a day before without a fee.',
      'Our Saturday clinic is twice as busy as the weekday ones.',
      'Fancy a cuppa while you wait for your appointment?',
    ]) {
      expect(rulesOnly(sentence), sentence).toEqual([])
    }
  })

  it('should keep the sixth English probe out of the corpus and the split, so it stays unseen by training', () => {
    const probe = parseCorpus(fs.readFileSync(path.join(corpusDir, 'en.probe6.tsv'), 'utf8'), 'en')
    const corpusTexts = new Set(loadCorpus().map((entry) => entry.text))
    const { assignments } = loadSplit()
    expect(probe.length).toBeGreaterThanOrEqual(130)
    expect(probe.filter((entry) => corpusTexts.has(entry.text))).toEqual([])
    expect(probe.filter((entry) => assignments[entry.id] !== undefined)).toEqual([])
  })
})
