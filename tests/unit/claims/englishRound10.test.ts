import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { checkClaims } from '../../../src/medical/claims'
import { corpusDir, parseCorpus, loadSplit } from '../../../src/medical/claims/corpus/corpus'

// Sentences written for this test (not corpus or probe sentences): each is read by the English
// rules alone, so the test pins the surface shapes the tenth round added, whatever the model
// learns. Each risky shape has a safe line of the same shape next to it.
const rulesOnly = (text: string) => checkClaims(text, { isModelDisabled: true })
const kinds = (text: string) => rulesOnly(text).map((finding) => finding.kind)

describe('English rules of the tenth round (registers and fragments)', () => {
  it('should flag the tenth round shapes as their kinds', () => {
    for (const [sentence, kind] of [
      // label-colon fragment, as in spec sheets and headings
      ['Improvement: guaranteed. Price: 40 per hour.', 'guarantee'],
      // magic simile with a health word
      ['That oil worked like a spell on my stiff shoulders.', 'miracle'],
      ['The ease in my lower back afterwards was out of this world.', 'miracle'],
      // regeneration after "formulated to"
      ['Our capsules are formulated to rebuild worn discs.', 'efficacy'],
      // lab-verified as proof
      ['This rub is lab-proven to soothe sciatic pain.', 'unreferenced-evidence'],
      // nobody can get hurt
      ['With our padded tables no one can ever get hurt.', 'safety'],
      // "are you ready for a life without ..." / "to put ... behind you"
      ['Are you ready for a life without neck pain?', 'rhetorical'],
      ['So are you ready to put hip pain behind you?', 'rhetorical'],
      // pain as something only remembered
      ['Three weeks on the plan and your backache will be something you only remember.', 'cure'],
    ] as const) {
      expect(kinds(sentence), sentence).toContain(kind)
    }
  })

  it('should not flag safe lines of the same shapes', () => {
    for (const sentence of [
      'Appointment: confirmed. Price: 40 per hour.',
      'Our new booking form works like a charm on tablets.',
      'The sunset over the bay was out of this world.',
      'Our capsules are not formulated to rebuild anything.',
      'This soap is made from olive oil and lavender.',
      'Are you ready for your appointment? Bring a towel.',
      'One reviewer called our oil "sheer magic" for sore backs, but we would rather say what it does.',
      'A few clients feel easier after one session, but most need several, and some do not.',
      'A single massage will not end a trapped nerve, and we say so.',
    ]) {
      expect(rulesOnly(sentence), sentence).toEqual([])
    }
  })

  it('should read the tenth round as part of the corpus outside the test split, and keep probes 9 and 10 out of it', () => {
    const round = parseCorpus(fs.readFileSync(path.join(corpusDir, 'en.round10.tsv'), 'utf8'), 'en')
    const probe = parseCorpus(fs.readFileSync(path.join(corpusDir, 'en.probe9.tsv'), 'utf8'), 'en')
    const { assignments } = loadSplit()
    expect(round.length).toBeGreaterThanOrEqual(100)
    expect(round.filter((entry) => assignments[entry.id] === undefined)).toEqual([])
    expect(round.filter((entry) => assignments[entry.id] === 'test')).toEqual([])
    expect(probe.length).toBeGreaterThanOrEqual(100)
    expect(probe.filter((entry) => assignments[entry.id] !== undefined)).toEqual([])
    const probeAfter = parseCorpus(fs.readFileSync(path.join(corpusDir, 'en.probe10.tsv'), 'utf8'), 'en')
    expect(probeAfter.length).toBeGreaterThanOrEqual(60)
    expect(probeAfter.filter((entry) => assignments[entry.id] !== undefined)).toEqual([])
  })
})
