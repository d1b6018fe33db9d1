/**
 * The version comparison shows body blocks by their content (issue 12, "Review view"): a
 * disclaimer block by its title and text, a technique callout by the technique's name, read with
 * the reviewer's own access. Checked on the HTML Payload's Lexical diff compares.
 */
import { convertLexicalToHTMLAsync } from '@payloadcms/richtext-lexical/html-async'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadRelatedDocs } from '@/admin/diff/loadRelatedDocs'
import { readableBlocks, relatedIds } from '@/admin/diff/readableBlocks'

import { asLocal, richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createWorld, type World } from '../../helpers/workflowFixtures'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createWorld(payload)
}, 300_000)

const block = (fields: Record<string, unknown>) => ({ type: 'block', version: 2, format: '', fields: { id: Math.random().toString(16).slice(2), blockName: '', ...fields } })
const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
})
const state = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })

/** The HTML the diff compares for one side: readable blocks through Payload's default converters. */
const diffHTML = async (body: unknown, user: World['users'][keyof World['users']]) => {
  const req = await createLocalReq({ user: asLocal(user), locale: 'en' }, payload)
  const docs = await loadRelatedDocs({ req, locale: 'en', states: [body] })
  return convertLexicalToHTMLAsync({ data: readableBlocks(body, docs) as never, disableContainer: true })
}

describe('blocks in the version comparison', () => {
  it('should show a disclaimer block as its title and text and a technique callout as the technique name and note', async () => {
    const disclaimer = await world.make('disclaimers', 'draft', {
      body: await richText(payload, 'Massage does not replace an assessment by your clinician.'),
    })
    const technique = await world.make('techniques', 'draft')
    const body = state(
      paragraph('Warm up first.'),
      block({ blockType: 'disclaimer', disclaimer: disclaimer.id }),
      block({ blockType: 'techniqueCallout', technique: technique.id, note: 'Two minutes per side.' }),
    )

    const html = await diffHTML(body, world.users.reviewer)

    expect(html).toContain(`Disclaimer: ${disclaimer.title}`)
    expect(html).toContain('Massage does not replace an assessment by your clinician.')
    expect(html).toContain(`Technique: ${technique.name}`)
    expect(html).toContain('Two minutes per side.')
    expect(html).toContain('Warm up first.')
    expect(html).not.toMatch(/\bBlock\b/)
  })

  it('should give two versions different text when the block points at another disclaimer', async () => {
    const before = await world.make('disclaimers', 'draft', { body: await richText(payload, 'Stop if numbness spreads.') })
    const after = await world.make('disclaimers', 'draft', { body: await richText(payload, 'Ask a clinician before deep work.') })

    const from = await diffHTML(state(block({ blockType: 'disclaimer', disclaimer: before.id })), world.users.reviewer)
    const to = await diffHTML(state(block({ blockType: 'disclaimer', disclaimer: { id: after.id } })), world.users.reviewer)

    expect(from).toContain('Stop if numbness spreads.')
    expect(to).toContain('Ask a clinician before deep work.')
    expect(to).not.toContain('Stop if numbness spreads.')
  })

  it('should not show the text of a disclaimer the caller cannot read', async () => {
    const draft = await world.make('disclaimers', 'draft', { body: await richText(payload, 'Unreleased wording for staff only.') })

    const html = await diffHTML(state(block({ blockType: 'disclaimer', disclaimer: draft.id })), world.users.reader)

    expect(html).toContain(`Disclaimer #${draft.id} (not readable here)`)
    expect(html).not.toContain('Unreleased wording for staff only.')
  })

  it('should print callouts and question lists by their words and leave unknown blocks as they were', () => {
    const unknown = block({ blockType: 'somethingElse', value: 1 })
    const docs = new Map([['faqs:7', { id: 7, question: 'Is heat better than ice?' }]])
    const out = readableBlocks(
      state(block({ blockType: 'callout', style: 'warning', text: 'First part.\n\nSecond part.' }), block({ blockType: 'faqList', heading: 'Common questions', faqs: [7, 8] }), unknown),
      docs,
    ) as ReturnType<typeof state>
    const texts = JSON.stringify(out.root.children.slice(0, 2))

    expect(texts).toContain('Callout (warning)')
    expect(texts).toContain('Second part.')
    expect(texts).toContain('Questions and answers: Common questions')
    expect(texts).toContain('Q: Is heat better than ice?')
    expect(texts).toContain('Question #8 (not readable here)')
    expect(out.root.children[2]).toEqual(unknown)
  })

  it('should collect the related ids of both compared versions, populated or not', () => {
    const ids = relatedIds(
      state(block({ blockType: 'disclaimer', disclaimer: 3 }), block({ blockType: 'faqList', faqs: [{ id: 5 }, 6] })),
      state(block({ blockType: 'disclaimer', disclaimer: { id: 4 } }), block({ blockType: 'techniqueCallout', technique: 9 })),
      null,
    )

    expect([...(ids.get('disclaimers') ?? [])]).toEqual(['3', '4'])
    expect([...(ids.get('faqs') ?? [])]).toEqual(['5', '6'])
    expect([...(ids.get('techniques') ?? [])]).toEqual(['9'])
  })

  it('should compare every rich text field of the content collections through the block-content diff', () => {
    for (const slug of ['articles', 'techniques'] as const) {
      const body = payload.collections[slug].config.fields.find((field) => 'name' in field && field.name === 'body')
      expect((body as { admin?: { components?: { Diff?: unknown } } } | undefined)?.admin?.components?.Diff).toBe('@/admin/diff/BlockContentDiff#BlockContentDiff')
    }
  })
})
