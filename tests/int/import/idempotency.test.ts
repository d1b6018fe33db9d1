import fs from 'node:fs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Importer, ImportOptionsError } from '@/import'
import { sourcePathOf } from '@/import/files'

import { getTestPayload } from '../../helpers/payload'
import { createWorld, type World } from '../../helpers/workflowFixtures'
import { countAll, idsOf, importFiles, latestArticle, plainText, rowFor, scratchDir, writeFile } from './helpers'

const article = (title: string, { intro = 'Short walks keep the lower back moving.', faqs = FAQS, extra = '' } = {}) => `# ${title}

${intro}

## Warm up first

Spend five minutes walking before any self-massage.

## Simple routine

- Roll a soft ball under the glutes
- Rest for a minute
- Repeat on the other side
${extra}
## FAQ

${faqs}

This article is for informational purposes only and is not a substitute for professional medical advice.
`

const FAQS = `### How long should a session last?

About ten minutes is enough.

### Can I do it daily?

Yes, if it stays comfortable.`

let payload: Payload
let world: World
let dir: string

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createWorld(payload)
  dir = scratchDir()
}, 120_000)

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('re-importing', () => {
  it('should report an unchanged file as unchanged and write nothing', async () => {
    const file = writeFile(dir, 'unchanged.md', article('Walking Breaks for Sciatica'))
    const first = await importFiles(payload, [file])
    expect(rowFor(first, file).result).toBe('created')
    const before = await countAll(payload)
    const again = await importFiles(payload, [file])
    expect(rowFor(again, file)).toMatchObject({ result: 'unchanged', articleId: rowFor(first, file).articleId, faqs: 2, disclaimers: 1 })
    expect(await countAll(payload)).toEqual(before)
  })

  it('should update the same article and its FAQs in place when the file changed', async () => {
    const file = writeFile(dir, 'changed.md', article('Glute Care at Home'))
    const first = rowFor(await importFiles(payload, [file]), file)
    const before = await latestArticle(payload, first.articleId!)
    const [firstFaq, secondFaq] = idsOf(before.faqs)
    const versionsOfFirstFaq = (await payload.countVersions({ collection: 'faqs', where: { parent: { equals: firstFaq } } })).totalDocs

    fs.writeFileSync(
      file,
      article('Glute Care at Home, Revised', {
        intro: 'Gentle movement keeps the lower back supple.',
        faqs: `${FAQS.replace('Yes, if it stays comfortable.', 'Yes, as long as it stays comfortable and painless.')}

### Do I need a special ball?

A tennis ball works for most people.`,
      }),
    )
    const counts = await countAll(payload)
    const second = rowFor(await importFiles(payload, [file]), file)
    expect(second).toMatchObject({ result: 'updated', articleId: first.articleId, title: 'Glute Care at Home, Revised', faqs: 3 })

    const after = await latestArticle(payload, first.articleId!)
    expect(after.title).toBe('Glute Care at Home, Revised')
    expect(plainText(after.body)).toContain('Gentle movement keeps the lower back supple.')
    // Same FAQs, in the same order, plus the new one; the untouched one was not rewritten.
    const faqIds = idsOf(after.faqs)
    expect(faqIds.slice(0, 2)).toEqual([firstFaq, secondFaq])
    expect((await payload.countVersions({ collection: 'faqs', where: { parent: { equals: firstFaq } } })).totalDocs).toBe(versionsOfFirstFaq)
    const changedFaq = await payload.findByID({ collection: 'faqs', id: secondFaq!, draft: true })
    expect(plainText(changedFaq.answer)).toContain('as long as it stays comfortable and painless')
    expect((await countAll(payload)).articles).toBe(counts.articles)
    expect((await countAll(payload)).faqs).toBe(counts.faqs + 1)
    expect(after.workflowState).toBe('draft')
    expect(after.claims.checkedAt).not.toBe(before.claims.checkedAt)
  })

  it('should unlink FAQs that left the file without deleting them', async () => {
    const file = writeFile(dir, 'shrinking.md', article('Evening Stretch Routine'))
    const first = rowFor(await importFiles(payload, [file]), file)
    const [, secondFaq] = idsOf((await latestArticle(payload, first.articleId!)).faqs)
    fs.writeFileSync(file, article('Evening Stretch Routine', { faqs: FAQS.split('\n\n### ')[0]! }))
    const second = rowFor(await importFiles(payload, [file]), file)
    expect(second).toMatchObject({ result: 'updated', faqs: 1 })
    expect(second.details?.unlinkedFaqs).toEqual([secondFaq])
    expect(second.reason).toMatch(/unlinked/)
    expect(idsOf((await latestArticle(payload, first.articleId!)).faqs)).toHaveLength(1)
    expect(await payload.findByID({ collection: 'faqs', id: secondFaq!, draft: true })).toBeTruthy()
  })

  it('should never overwrite a published article: the change becomes a forward draft', async () => {
    const file = writeFile(dir, 'published.md', article('Seated Stretches for Sciatica'))
    const first = rowFor(await importFiles(payload, [file]), file)
    const id = first.articleId!
    await world.bringTo('articles', id, 'published')
    expect((await world.publicDoc('articles', id))?.title).toBe('Seated Stretches for Sciatica')

    fs.writeFileSync(file, article('Seated Stretches, Second Edition', { intro: 'New wording that has not been reviewed yet.' }))
    const second = rowFor(await importFiles(payload, [file]), file)
    expect(second).toMatchObject({ result: 'updated', articleId: id })
    expect(second.reason).toMatch(/forward draft/)

    // Anonymous readers still get the reviewed, published version.
    const live = await world.publicDoc('articles', id)
    expect(live?.title).toBe('Seated Stretches for Sciatica')
    expect(JSON.stringify(live)).not.toContain('New wording that has not been reviewed yet.')
    const liveRow = await payload.findByID({ collection: 'articles', id, draft: false, overrideAccess: true })
    expect(liveRow._status).toBe('published')
    expect(liveRow.title).toBe('Seated Stretches for Sciatica')
    // The latest version is a draft that needs review.
    const latest = await latestArticle(payload, id)
    expect(latest.title).toBe('Seated Stretches, Second Edition')
    expect(latest._status).toBe('draft')
    expect(latest.workflowState).toBe('draft')
    expect(latest.claims.checkedAt).toBeTruthy()
  })

  it('should write nothing on a dry run, for new and for changed files', async () => {
    const changed = writeFile(dir, 'dry-changed.md', article('Foam Rolling Basics'))
    const first = rowFor(await importFiles(payload, [changed]), changed)
    fs.writeFileSync(changed, article('Foam Rolling Basics, Updated'))
    const fresh = writeFile(dir, 'dry-new.md', article('Brand New Article'))
    const before = await countAll(payload)

    const summary = await importFiles(payload, [fresh, changed], { dryRun: true })
    expect(summary.dryRun).toBe(true)
    expect(rowFor(summary, fresh)).toMatchObject({ result: 'created', title: 'Brand New Article', faqs: 2, disclaimers: 1 })
    expect(rowFor(summary, changed)).toMatchObject({ result: 'updated', articleId: first.articleId, title: 'Foam Rolling Basics, Updated' })
    expect(rowFor(summary, fresh).details?.disclaimers[0]).toMatchObject({ isNew: false })

    expect(await countAll(payload)).toEqual(before)
    expect((await latestArticle(payload, first.articleId!)).title).toBe('Foam Rolling Basics')
    const { totalDocs } = await payload.count({ collection: 'import-records', where: { sourcePath: { equals: sourcePathOf(fresh) } } })
    expect(totalDocs).toBe(0)
  })

  it('should re-import an unchanged file with force', async () => {
    const file = writeFile(dir, 'forced.md', article('Forced Re-import'))
    const first = rowFor(await importFiles(payload, [file]), file)
    const second = rowFor(await importFiles(payload, [file], { force: true }), file)
    expect(second).toMatchObject({ result: 'updated', articleId: first.articleId })
  })
})

describe('locales and options', () => {
  it('should keep one record per locale and write the wording in that locale', async () => {
    const file = writeFile(dir, 'thai.md', article('การนวดเพื่อบรรเทาอาการปวดหลัง', { intro: 'การเดินช่วยให้หลังผ่อนคลาย' }))
    const row = rowFor(await importFiles(payload, [file], { locale: 'th' }), file)
    expect(row.result).toBe('created')
    const th = await payload.findByID({ collection: 'articles', id: row.articleId!, draft: true, locale: 'th' })
    expect(th.title).toBe('การนวดเพื่อบรรเทาอาการปวดหลัง')
    const { docs } = await payload.find({ collection: 'import-records', where: { sourcePath: { equals: sourcePathOf(file) } } })
    expect(docs.map((doc) => doc.locale)).toEqual(['th'])
  })

  it('should refuse an unknown locale or author before importing anything', async () => {
    await expect(Importer.create(payload, { locale: 'fr' })).rejects.toBeInstanceOf(ImportOptionsError)
    await expect(Importer.create(payload, { author: 'nobody-at-all' })).rejects.toThrow(/No therapist with the slug "nobody-at-all"/)
  })

  it('should set the --author therapist on every article instead of the bio trailer', async () => {
    const therapist = await payload.create({ collection: 'therapists', data: { name: 'Noor Haddad', slug: 'noor-haddad' } as never })
    const file = writeFile(dir, 'with-author.md', `${article('Author Option Article')}\nWritten by Someone Else, LMT\n`)
    const row = rowFor(await importFiles(payload, [file], { author: 'noor-haddad' }), file)
    expect(row.details?.author).toMatchObject({ id: therapist.id, isFromOption: true })
    expect((await latestArticle(payload, row.articleId!)).author).toBe(therapist.id)
    const { totalDocs } = await payload.count({ collection: 'therapists', where: { name: { equals: 'Someone Else' } } })
    expect(totalDocs).toBe(0)
  })
})
