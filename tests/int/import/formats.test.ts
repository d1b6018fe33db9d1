import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ImportSummary } from '@/import'

import { getTestPayload } from '../../helpers/payload'
import { createTechniques, fixture, idsOf, importFiles, latestArticle, nodesOf, plainText, rowFor, textOf } from './helpers'

const FILES = {
  html: fixture('glute-release.html'),
  md: fixture('piriformis-desk.md'),
  txt: fixture('hamstring-routine.txt'),
  unsafeMd: fixture('unsafe-notes.md'),
}
/** Anything executable, or a trace of it, that must never be stored. */
const FORBIDDEN = ['<script', '</script', 'iframe', 'onclick', 'onerror', 'onload', 'onmouseover', 'javascript:', 'steal(', 'tracker', 'evil.example', 'videos.example.com', 'analytics.js']

let payload: Payload
let summary: ImportSummary
let techniques: Record<string, number>
let existingTherapist: number

const article = (file: string) => latestArticle(payload, rowFor(summary, file).articleId!)

/** Everything the import stored for the file: article, FAQs and new disclaimers, as JSON. */
const storedJson = async (file: string) => {
  const doc = await article(file)
  const faqs = await payload.find({ collection: 'faqs', where: { id: { in: idsOf(doc.faqs) } }, draft: true, overrideAccess: true, pagination: false })
  const disclaimers = await payload.find({
    collection: 'disclaimers',
    where: { id: { in: idsOf(doc.disclaimers) } },
    draft: true,
    overrideAccess: true,
    pagination: false,
  })
  return JSON.stringify({ doc, faqs: faqs.docs, disclaimers: disclaimers.docs })
}

beforeAll(async () => {
  payload = await getTestPayload()
  techniques = await createTechniques(payload, ['Myofascial release', 'Trigger point therapy', 'Tennis ball glute release', 'Hot stone massage'])
  existingTherapist = (await payload.create({ collection: 'therapists', data: { name: 'Mara Lindqvist' } as never })).id
  summary = await importFiles(payload, Object.values(FILES))
}, 120_000)

describe('HTML import', () => {
  it('should create a draft article titled by the page h1', async () => {
    expect(rowFor(summary, FILES.html)).toMatchObject({ result: 'created', title: 'A Tennis Ball Glute Release for Sciatic Aches' })
    const doc = await article(FILES.html)
    expect(doc.workflowState).toBe('draft')
    expect(doc.claims?.checkedAt).toBeTruthy()
  })

  it('should keep headings, bullet and numbered lists through Payload’s HTML converter', async () => {
    const doc = await article(FILES.html)
    const headings = nodesOf(doc.body, 'heading').map(textOf)
    expect(headings).toEqual(expect.arrayContaining(['Before you start', 'How to do it', 'When to see a professional']))
    const lists = nodesOf(doc.body, 'list') as { listType?: string }[]
    expect(lists.map((list) => list.listType)).toEqual(['bullet', 'number'])
    expect(nodesOf(doc.body, 'listitem')).toHaveLength(6)
  })

  it('should strip scripts, iframes, inline handlers and javascript: URLs, and never store them', async () => {
    const json = await storedJson(FILES.html)
    for (const trace of FORBIDDEN) expect(json, trace).not.toContain(trace)
    const doc = await article(FILES.html)
    // The harmless text around them stays, and so does the safe link.
    expect(plainText(doc.body)).toContain('our guide')
    const links = nodesOf(doc.body, 'link') as { fields?: { url?: string } }[]
    expect(links.map((link) => link.fields?.url)).toEqual(['https://example.org/sciatica'])
    const row = rowFor(summary, FILES.html)
    expect(row.reason).toMatch(/sanitised/)
    expect(row.details?.stripped?.scripts).toBeGreaterThanOrEqual(3)
    expect(row.details?.stripped?.handlers).toBeGreaterThanOrEqual(3)
  })

  it('should drop the navigation, forms and boilerplate around the article', async () => {
    const text = plainText((await article(FILES.html)).body)
    for (const chrome of ['Book now', 'Subscribe', 'Leave a Reply', 'Example Wellness Blog']) expect(text).not.toContain(chrome)
  })

  it('should make FAQ drafts, link the disclaimer and the techniques', async () => {
    const doc = await article(FILES.html)
    const row = rowFor(summary, FILES.html)
    expect(row.details?.faqs).toEqual(['How often can I do this?', 'Should it hurt?'])
    expect(idsOf(doc.faqs)).toHaveLength(2)
    expect(idsOf(doc.disclaimers)).toHaveLength(1)
    expect(plainText(doc.body)).not.toContain('informational purposes')
    expect(idsOf(doc.techniques).sort()).toEqual(
      [techniques['Myofascial release'], techniques['Trigger point therapy'], techniques['Tennis ball glute release']].sort(),
    )
  })
})

describe('Markdown import', () => {
  it('should take the H1 as title over front matter and keep nested lists', async () => {
    const doc = await article(FILES.md)
    expect(doc.title).toBe('Easing Piriformis Tension at Your Desk')
    expect(nodesOf(doc.body, 'heading').map(textOf)).toEqual(expect.arrayContaining(['Quick checklist', 'A five-minute routine']))
    const lists = nodesOf(doc.body, 'list')
    expect(lists.length).toBeGreaterThanOrEqual(3)
    expect(plainText(doc.body)).toContain('Use a footrest if your chair is tall')
  })

  it('should turn mixed FAQ styles into FAQs, the quoted notice into a disclaimer and drop the booking call', async () => {
    const doc = await article(FILES.md)
    expect(rowFor(summary, FILES.md).details?.faqs).toEqual([
      'Will this fix my sciatica?',
      'Can I do this at work?',
      'Is a lacrosse ball better than a tennis ball?',
    ])
    expect(idsOf(doc.disclaimers)).toHaveLength(1)
    const text = plainText(doc.body)
    for (const dropped of ['educational purposes', 'Book your appointment', 'Related Posts', 'Share on Facebook', 'Priya has helped']) {
      expect(text).not.toContain(dropped)
    }
    expect(idsOf(doc.techniques)).toContain(techniques['Hot stone massage'])
  })

  it('should create a draft therapist from the "Written by" trailer', async () => {
    const doc = await article(FILES.md)
    const author = await payload.findByID({ collection: 'therapists', id: doc.author, draft: true, overrideAccess: true })
    expect(author.name).toBe('Priya Natarajan')
    expect(author.workflowState).toBe('draft')
    expect(plainText(author.bio)).toContain('desk workers')
  })

  it('should strip raw HTML, scripts and javascript: links written into Markdown', async () => {
    const json = await storedJson(FILES.unsafeMd)
    for (const trace of FORBIDDEN) expect(json, trace).not.toContain(trace)
    const doc = await article(FILES.unsafeMd)
    expect(plainText(doc.body)).toContain('Walk around the room')
    expect(plainText(doc.body)).toContain('the printable sheet')
    expect((nodesOf(doc.body, 'list') as { listType?: string }[]).map((list) => list.listType)).toEqual(['number'])
    expect((nodesOf(doc.body, 'link') as { fields?: { url?: string } }[]).map((link) => link.fields?.url)).toEqual([
      'https://example.org/stretch',
    ])
  })
})

describe('plain-text import', () => {
  it('should detect headings, bullet, numbered and label lists', async () => {
    const doc = await article(FILES.txt)
    expect(doc.title).toBe('Gentle Massage Routines for Tight Hamstrings')
    expect(nodesOf(doc.body, 'heading').map(textOf)).toEqual(
      expect.arrayContaining(['Why hamstrings matter for sciatica', 'Step-by-step routine', 'Choosing a professional treatment']),
    )
    const lists = nodesOf(doc.body, 'list') as { listType?: string }[]
    // The indented "* An optional strap" is a nested list inside the first one.
    expect(lists.map((list) => list.listType)).toEqual(['bullet', 'bullet', 'number', 'bullet'])
    expect(plainText(doc.body)).toContain('Session length')
  })

  it('should drop breadcrumbs, captions and download prompts', () =>
    article(FILES.txt).then((doc) => {
      const text = plainText(doc.body)
      for (const stray of ['Home > Articles', 'Photo by Studio Calm', 'Click here to download', 'Image: therapist', 'Post Comment']) {
        expect(text).not.toContain(stray)
      }
    }))

  it('should set the existing therapist named in the bio as author without creating another', async () => {
    const doc = await article(FILES.txt)
    expect(doc.author).toBe(existingTherapist)
    const { totalDocs } = await payload.count({ collection: 'therapists', where: { name: { equals: 'Mara Lindqvist' } }, overrideAccess: true })
    expect(totalDocs).toBe(1)
    expect(rowFor(summary, FILES.txt).details?.author).toMatchObject({ id: existingTherapist, isNew: false })
  })

  it('should link the notice the HTML page shares with it to one disclaimer', async () => {
    // Both files carry the same "informational purposes only" notice (cosine ≈ 0.9).
    const [txt, html] = await Promise.all([article(FILES.txt), article(FILES.html)])
    expect(idsOf(txt.disclaimers)).toEqual(idsOf(html.disclaimers))
  })
})
