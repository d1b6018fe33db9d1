/**
 * The medical-disclaimer submit guard follows the site's disclaimer rule (docs/decisions.md,
 * "Disclaimers: one list, shown once"): the Disclaimers field, or an inline Disclaimer block that
 * every language's body shows.
 */
import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createWorld, type World } from '../../helpers/workflowFixtures'

let world: World
/** Published disclaimers: an editor can place only what readers can see in a body block. */
let medical: { id: number }
let general: { id: number }

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
  medical = await world.make('disclaimers', 'published')
  general = await world.make('disclaimers', 'published', { kind: 'general' })
}, 180_000)

const bodyWith = async (markdown: string, disclaimerId?: number) => {
  const body = await richText(world.payload, markdown)
  if (disclaimerId) {
    body.root.children.push({
      type: 'block',
      version: 2,
      format: '',
      fields: { id: randomBytes(12).toString('hex'), blockName: '', blockType: 'disclaimer', disclaimer: disclaimerId },
    } as never)
  }
  return body
}

const submit = async (id: number) => world.restAct(world.tokens.editor, 'articles', id, { action: 'submit' })
const failure = (res: { json: any }) =>
  (res.json?.errors?.[0]?.data?.failedGuards ?? []).find((f: { guard: string }) => f.guard === 'medicalDisclaimerAttached')

describe('medical disclaimer guard', () => {
  it('should accept an article whose only medical disclaimer is an inline Disclaimer block', async () => {
    const doc = await world.make('articles', 'draft', {
      disclaimers: [],
      body: await bodyWith('Gentle strokes can feel soothing.', medical.id),
    })
    const res = await submit(doc.id)
    expect(res.status, res.text).toBe(200)
  })

  it('should refuse an inline medical disclaimer that the Thai body leaves out, naming the Disclaimers field and the locale', async () => {
    const doc = await world.make('articles', 'draft', {
      disclaimers: [],
      body: await bodyWith('Gentle strokes can feel soothing.', medical.id),
    })
    await world.payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'th',
      data: { title: 'บทความทดสอบ', body: await bodyWith('การลูบเบา ๆ ช่วยให้ผ่อนคลาย') },
      draft: true,
    })
    const res = await submit(doc.id)
    expect(res.status, res.text).toBe(422)
    const failed = failure(res)
    expect(failed?.message).toMatch(/^Disclaimers:/)
    expect(failed?.message).toMatch(/\bth\b/)
    expect((await world.latest('articles', doc.id)).workflowState).toBe('draft')
  })

  it('should refuse an article whose inline disclaimer block is not a medical one', async () => {
    const doc = await world.make('articles', 'draft', {
      disclaimers: [],
      body: await bodyWith('Gentle strokes can feel soothing.', general.id),
    })
    const res = await submit(doc.id)
    expect(res.status, res.text).toBe(422)
    expect(failure(res)?.message).toMatch(/^Disclaimers: attach at least one medical disclaimer/)
  })

  it('should accept a medical disclaimer in the Disclaimers field whatever the bodies hold', async () => {
    const doc = await world.make('articles', 'draft', {
      disclaimers: [general.id, medical.id],
      body: await bodyWith('Gentle strokes can feel soothing.'),
    })
    await world.payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'th',
      data: { title: 'บทความทดสอบ', body: await bodyWith('การลูบเบา ๆ ช่วยให้ผ่อนคลาย') },
      draft: true,
    })
    const res = await submit(doc.id)
    expect(res.status, res.text).toBe(200)
  })
})
