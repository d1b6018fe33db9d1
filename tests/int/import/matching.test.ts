import fs from 'node:fs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DISCLAIMER_MATCH_THRESHOLD, similarity } from '@/import/similarity'

import { richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { countAll, fixture, idsOf, importFiles, latestArticle, rowFor, scratchDir, writeFile } from './helpers'

const NOTICES = {
  hamstring:
    'Medical disclaimer: this article is for informational purposes only and is not a substitute for professional medical advice. Always consult your doctor before starting a new exercise or massage routine.',
  hamstringReworded:
    'Disclaimer: This post is for informational purposes only and is not a substitute for professional medical advice. Always consult your physician before starting any new exercise or massage routine.',
  hamstringLonger:
    'Medical disclaimer: this article is for informational purposes only and is not a substitute for professional medical advice. Always consult your doctor before starting a new exercise or massage routine. Relief Clinic accepts no liability for injuries.',
  piriformis: 'Disclaimer: The content on this page is for educational purposes only and does not constitute medical advice.',
  longNotice:
    'Everything published on this site is general health information and is offered for informational purposes only. It is not a substitute for an examination by a licensed clinician who knows your history. Speak with your physician or another qualified healthcare provider about your own symptoms before acting on anything you read here. We review our articles regularly, but we cannot promise that every detail is complete or current, and we accept no liability for actions taken on the strength of this content. Never put off or ignore professional medical advice because of something you read on this site. If you think you may have a medical emergency, contact your doctor or emergency services straight away.',
  longNoticeShortened:
    'Everything on this site is general health information, offered for informational purposes only. It is not a substitute for an examination by a licensed clinician who knows your history. Speak with your physician or another qualified healthcare provider about your own symptoms before acting on anything you read here. Never put off professional medical advice because of something you read on this site.',
  demoMedical:
    'This article explains general ideas about massage and back pain. It is not a diagnosis or a treatment plan. Talk to a doctor or physical therapist about your own symptoms before starting something new.',
  demoEmergency:
    'Call emergency services or go to an emergency department if you lose control of your bladder or bowels, have numbness around the groin, or notice rapidly worsening weakness in your legs.',
}

let payload: Payload
let dir: string

beforeAll(async () => {
  payload = await getTestPayload()
  dir = scratchDir()
}, 60_000)

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('disclaimer similarity', () => {
  it.each([
    ['the same notice reworded', NOTICES.hamstring, NOTICES.hamstringReworded],
    ['the same notice with a sentence added', NOTICES.hamstring, NOTICES.hamstringLonger],
    ['a long notice shortened by two sentences', NOTICES.longNotice, NOTICES.longNoticeShortened],
  ])('should match %s (at or above the threshold)', (_name, a, b) => {
    expect(similarity(a, b)).toBeGreaterThanOrEqual(DISCLAIMER_MATCH_THRESHOLD)
  })

  it.each([
    ['notices of two different sites', NOTICES.hamstring, NOTICES.piriformis],
    ['a short and a long notice of different sites', NOTICES.hamstring, NOTICES.longNotice],
    ['an imported notice and the demo medical notice', NOTICES.hamstring, NOTICES.demoMedical],
    ['a medical and an emergency notice', NOTICES.longNotice, NOTICES.demoEmergency],
  ])('should keep %s apart (below the threshold)', (_name, a, b) => {
    expect(similarity(a, b)).toBeLessThan(DISCLAIMER_MATCH_THRESHOLD)
  })
})

describe('linking to what the CMS already has', () => {
  it('should link an existing disclaimer with similar wording instead of creating one', async () => {
    const existing = await payload.create({
      collection: 'disclaimers',
      data: { title: 'Site notice', kind: 'medical', body: await richText(payload, NOTICES.hamstringReworded) } as never,
    })
    await payload.create({
      collection: 'disclaimers',
      data: { title: 'Emergency', kind: 'emergency', body: await richText(payload, NOTICES.demoEmergency) } as never,
    })
    const before = await countAll(payload)
    const file = fixture('hamstring-routine.txt')
    const summary = await importFiles(payload, [file])
    const row = rowFor(summary, file)
    expect(row.result).toBe('created')
    expect(row.details?.disclaimers).toEqual([{ id: existing.id, title: 'Site notice', similarity: expect.any(Number), isNew: false }])
    expect(row.details!.disclaimers[0]!.similarity).toBeGreaterThanOrEqual(DISCLAIMER_MATCH_THRESHOLD)
    expect(idsOf((await latestArticle(payload, row.articleId!)).disclaimers)).toEqual([existing.id])
    expect((await countAll(payload)).disclaimers).toBe(before.disclaimers)
  })

  it('should link techniques by name in any locale, whatever the case or hyphenation', async () => {
    const trigger = await payload.create({ collection: 'techniques', data: { name: 'Trigger-Point THERAPY', category: 'professional' } as never })
    const deep = await payload.create({ collection: 'techniques', data: { name: 'Deep Tissue', category: 'professional' } as never })
    const cupping = await payload.create({ collection: 'techniques', data: { name: 'Cupping therapy', category: 'professional' } as never })
    await payload.update({ collection: 'techniques', id: cupping.id, locale: 'th', data: { name: 'การครอบแก้ว' } as never })
    const unrelated = await payload.create({ collection: 'techniques', data: { name: 'Reflexology', category: 'professional' } as never })

    const file = writeFile(
      dir,
      'techniques.md',
      `# Choosing a Treatment

Some clinics combine trigger point therapy with deep tissue massage.

## Traditional options

Thai clinics often offer การครอบแก้ว after a massage.

## Keep it simple

- Ask what the therapist recommends
- Start gently
`,
    )
    const row = rowFor(await importFiles(payload, [file]), file)
    expect(row.details?.techniques.map((technique) => technique.id).sort()).toEqual([trigger.id, deep.id, cupping.id].sort())
    const article = await latestArticle(payload, row.articleId!)
    expect(idsOf(article.techniques)).not.toContain(unrelated.id)
    expect(idsOf(article.techniques)).toHaveLength(3)
  })

  it('should match the bio trailer to a therapist whatever the title or credentials around the name', async () => {
    const therapist = await payload.create({ collection: 'therapists', data: { name: 'Dr. Priya Natarajan' } as never })
    const file = fixture('piriformis-desk.md')
    const row = rowFor(await importFiles(payload, [file]), file)
    expect(row.details?.author).toMatchObject({ id: therapist.id, isNew: false })
    expect((await latestArticle(payload, row.articleId!)).author).toBe(therapist.id)
  })

  it('should share one new disclaimer between files with the same notice in one run', async () => {
    const notice = 'This page offers general information about stretching only and is never a replacement for an examination by your own clinician.'
    const files = ['one', 'two', 'three'].map((name) =>
      writeFile(dir, `shared-${name}.md`, `# Shared Notice ${name}\n\nStretch gently every morning.\n\nDisclaimer: ${notice}\n`),
    )
    const before = await countAll(payload)
    const summary = await importFiles(payload, files)
    const ids = await Promise.all(files.map(async (file) => idsOf((await latestArticle(payload, rowFor(summary, file).articleId!)).disclaimers)))
    expect(ids[0]).toHaveLength(1)
    expect(ids[1]).toEqual(ids[0])
    expect(ids[2]).toEqual(ids[0])
    expect((await countAll(payload)).disclaimers).toBe(before.disclaimers + 1)
  })

  it('should give files with the same title distinct slugs, even when imported side by side', async () => {
    const files = ['a', 'b', 'c'].map((name) => writeFile(dir, `same-title-${name}.md`, `# Same Title Everywhere\n\nText ${name} about gentle stretching.\n`))
    const summary = await importFiles(payload, files, { concurrency: 3 })
    expect(summary.totals.created).toBe(3)
    const slugs = await Promise.all(files.map(async (file) => (await latestArticle(payload, rowFor(summary, file).articleId!)).slug))
    expect(new Set(slugs).size).toBe(3)
    expect(slugs).toContain('same-title-everywhere')
  })
})
