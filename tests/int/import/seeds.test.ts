import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ImportSummary } from '@/import'
import { sourcePathOf } from '@/import/files'

import { getTestPayload } from '../../helpers/payload'
import { articleFiles, createTechniques, idsOf, importFiles, latestArticle, nodesOf, plainText, rowFor, textOf } from './helpers'

const TECHNIQUES = ['Swedish massage', 'Deep tissue massage', 'Trigger point therapy', 'Myofascial release']
const BULLET_LINE = /^\s*(?:•|-|\*|\d+[.)])\s+(.+)$/
const BOILERPLATE = ['Leave a Reply', 'Related Posts', 'You May Also Like', 'Save my name', 'Share on', 'Book your session', 'Photo by']
const isThai = (file: string) => path.basename(file).startsWith('06-')
const englishFiles = () => articleFiles().filter((file) => !isThai(file))
const thaiFile = () => articleFiles().find(isThai)!

let payload: Payload
let summary: ImportSummary
let techniqueIds: Record<string, number>

beforeAll(async () => {
  payload = await getTestPayload()
  techniqueIds = await createTechniques(payload, TECHNIQUES)
  summary = await importFiles(payload, articleFiles())
}, 120_000)

const articleFor = async (file: string) => {
  const { docs } = await payload.find({
    collection: 'import-records',
    where: { sourcePath: { equals: sourcePathOf(file) } },
    depth: 0,
    overrideAccess: true,
  })
  expect(docs).toHaveLength(1)
  return latestArticle(payload, docs[0]!.article as number)
}

describe('importing the six fixture articles', () => {
  it('should create six draft articles and fail none', () => {
    expect(summary.rows).toHaveLength(6)
    expect(summary.totals).toEqual({ created: 6, updated: 0, unchanged: 0, failed: 0 })
  })

  describe.each(englishFiles().map((file) => [path.basename(file), file]))('%s', (_name, file) => {
    const source = fs.readFileSync(file, 'utf8')

    it('should become exactly one article titled by the first line', async () => {
      const title = source.split('\n')[0]!.trim()
      const article = await articleFor(file)
      expect(article.title).toBe(title)
      const { totalDocs } = await payload.count({ collection: 'articles', where: { title: { equals: title } }, overrideAccess: true })
      expect(totalDocs).toBe(1)
      expect(rowFor(summary, file)).toMatchObject({ result: 'created', title, articleId: article.id })
    })

    it('should be a draft in the workflow with the claims check stored', async () => {
      const article = await articleFor(file)
      expect(article._status).toBe('draft')
      expect(article.workflowState).toBe('draft')
      expect(article.claims?.checkedAt).toBeTruthy()
      expect(Array.isArray(article.claims?.findings)).toBe(true)
      expect(rowFor(summary, file).claims).toBeGreaterThanOrEqual(article.claims.findings.length)
    })

    it('should keep at least three headings in the Lexical body', async () => {
      const article = await articleFor(file)
      expect(nodesOf(article.body, 'heading').length).toBeGreaterThanOrEqual(3)
    })

    it('should keep every bulleted or numbered line as a list item', async () => {
      const article = await articleFor(file)
      const lists = nodesOf(article.body, 'list')
      expect(lists.length).toBeGreaterThanOrEqual(1)
      const items = nodesOf(article.body, 'listitem').map((node) => textOf(node).replace(/\s+/g, ' '))
      const bullets = source
        .split('\n')
        .map((line) => BULLET_LINE.exec(line)?.[1])
        .filter((text): text is string => Boolean(text))
      for (const bullet of bullets) {
        const start = bullet.replace(/\s+/g, ' ').slice(0, 24)
        expect(items.some((item) => item.includes(start)), `list item "${start}"`).toBe(true)
      }
    })

    it('should drop the site boilerplate', async () => {
      const article = await articleFor(file)
      const stored = JSON.stringify({ body: article.body, excerpt: article.excerpt, title: article.title })
      for (const phrase of BOILERPLATE) expect(stored).not.toContain(phrase)
    })
  })

  describe('article 05 (FAQ, disclaimer, techniques, author)', () => {
    const file = () => articleFiles().find((name) => path.basename(name).startsWith('05-'))!

    it('should turn the FAQ section into five FAQ drafts linked to the article', async () => {
      const article = await articleFor(file())
      const faqIds = idsOf(article.faqs)
      expect(faqIds).toHaveLength(5)
      const { docs: faqs } = await payload.find({
        collection: 'faqs',
        where: { id: { in: faqIds } },
        draft: true,
        depth: 0,
        overrideAccess: true,
        pagination: false,
      })
      expect(faqs).toHaveLength(faqIds.length)
      for (const faq of faqs) {
        expect(faq.question).toMatch(/\?$/)
        expect(plainText(faq.answer).trim().length).toBeGreaterThan(10)
        expect(faq._status).toBe('draft')
        expect(faq.workflowState).toBe('draft')
        expect(faq.claims?.checkedAt).toBeTruthy()
      }
      expect(faqs.map((faq) => faq.question)).toContain('Will massage cure my sciatica?')
      // The questions live in FAQs, not in the body.
      expect(plainText(article.body)).not.toContain('Will massage cure my sciatica?')
    })

    it('should link its disclaimer paragraph as a disclaimer instead of keeping it in the body', async () => {
      const article = await articleFor(file())
      const disclaimerIds = idsOf(article.disclaimers)
      expect(disclaimerIds).toHaveLength(1)
      const disclaimer = await payload.findByID({ collection: 'disclaimers', id: disclaimerIds[0]!, draft: true, overrideAccess: true })
      expect(disclaimer.kind).toBe('medical')
      expect(disclaimer._status).toBe('draft')
      expect(plainText(disclaimer.body)).toContain('is for general information only and is not a substitute for advice')
      expect(plainText(article.body)).not.toContain('general information only')
    })

    it('should link the techniques it names', async () => {
      const article = await articleFor(file())
      expect(idsOf(article.techniques).sort()).toEqual(Object.values(techniqueIds).sort())
      expect(rowFor(summary, file()).techniques).toBe(TECHNIQUES.length)
    })

    it('should make the author bio trailer a draft therapist set as author', async () => {
      const article = await articleFor(file())
      expect(article.author).toBeTruthy()
      const author = await payload.findByID({ collection: 'therapists', id: article.author, draft: true, overrideAccess: true })
      expect(author.name).toBe('Mara Lindqvist')
      expect(author._status).toBe('draft')
      expect(plainText(article.body)).not.toContain('I am a massage therapist')
    })
  })

  describe('article 06 (Thai)', () => {
    it('should become one draft article with the Thai title and a slug', async () => {
      const article = await articleFor(thaiFile())
      expect(article.title).toBe('นวดบรรเทาอาการปวดร้าวลงขา')
      expect(article._status).toBe('draft')
      expect(typeof article.slug).toBe('string')
      expect(article.slug.length).toBeGreaterThan(0)
      expect(rowFor(summary, thaiFile())).toMatchObject({ result: 'created', techniques: 0, claims: 0 })
    })

    it('should keep the Thai paragraphs and bullets intact in the Lexical body', async () => {
      const article = await articleFor(thaiFile())
      const items = nodesOf(article.body, 'listitem').map(textOf)
      expect(items).toEqual(['ตำแหน่งที่ปวดและบริเวณที่ชา', 'ยาที่กำลังใช้อยู่', 'ประวัติการบาดเจ็บที่หลัง'])
      expect(plainText(article.body)).toContain('หากอาการชามากขึ้นหรือขาอ่อนแรง ควรพบแพทย์ก่อนรับการนวด')
      expect(article.excerpt).toBe(fs.readFileSync(thaiFile(), 'utf8').split('\n')[2])
    })
  })
})
