/**
 * Admin lists and headers fall back to the English title, marked, when a document has no title
 * in the admin's locale (issue 12, Thai; issue 11 §5). The server side: which collections get
 * it, what the fallback reads, and that the API's own answers do not change.
 */
import { beforeAll, describe, expect, it } from 'vitest'

import { markedTitle, sourceTitle } from '@/admin/localeFallback/sourceTitle'

import { getTestPayload } from '../../helpers/payload'
import { createWorld, rand, type World } from '../../helpers/workflowFixtures'

let world: World

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
}, 300_000)

const titleFieldOf = (slug: string) => {
  const config = world.payload.collections[slug as 'articles'].config
  return config.fields.find((field) => 'name' in field && field.name === config.admin.useAsTitle) as any
}

describe('which admin views borrow the English title', () => {
  it.each(['articles', 'techniques', 'faqs', 'disclaimers'])(
    'should give the %s title column the fallback cell and the document header its note',
    (slug) => {
      expect(titleFieldOf(slug).admin.components.Cell).toBe('@/admin/cells/FallbackTitleCell#FallbackTitleCell')
      expect(world.payload.collections[slug as 'articles'].config.admin.components?.Description).toBe(
        '@/admin/localeFallback/FallbackTitleNote#FallbackTitleNote',
      )
    },
  )

  it('should leave therapists alone: their name is not translated, so it is never missing', () => {
    expect(titleFieldOf('therapists').admin?.components?.Cell).toBeUndefined()
    expect(world.payload.collections.therapists.config.admin.components?.Description).toBeUndefined()
  })
})

describe('the English title a Thai row borrows', () => {
  it('should read the English title of a draft saved only in English, marked (EN)', async () => {
    const title = `Breathing through a flare-up ${rand()}`
    const doc = await world.make('articles', 'draft', { title })
    const source = await sourceTitle(world.payload, 'articles', doc.id)
    expect(source).toEqual({ title, locale: 'en' })
    expect(markedTitle(source!)).toBe(`(EN) ${title}`)
  })

  it('should read the latest draft, not the live version', async () => {
    const doc = await world.make('techniques', 'published')
    const renamed = `Renamed in the draft ${rand()}`
    await world.payload.update({ collection: 'techniques', id: doc.id, data: { name: renamed } as any, draft: true })
    expect((await sourceTitle(world.payload, 'techniques', doc.id))?.title).toBe(renamed)
  })

  it('should give nothing for a collection whose title is not localized, or a missing document', async () => {
    const therapist = await world.make('therapists')
    expect(await sourceTitle(world.payload, 'therapists', therapist.id)).toBeNull()
    expect(await sourceTitle(world.payload, 'articles', 987_654_321)).toBeNull()
    expect(await sourceTitle(world.payload, 'no-such-collection', 1)).toBeNull()
  })
})

describe('what frontends read', () => {
  it('should answer Thai reads of an English-only article exactly as the config says: English fallback, no mark', async () => {
    const title = `Walking after sitting ${rand()}`
    const doc = await world.make('articles', 'published', { title })
    const thai = await world.api.rest('GET', `/articles/${doc.id}?locale=th&depth=0`)
    expect(thai.status, thai.text).toBe(200)
    expect(thai.json.title).toBe(title)
    const noFallback = await world.api.rest('GET', `/articles/${doc.id}?locale=th&fallback-locale=none&depth=0`)
    expect(noFallback.status, noFallback.text).toBe(200)
    expect(noFallback.json.title ?? null).toBeNull()
    const list = await world.api.rest('GET', `/articles?locale=th&where[id][equals]=${doc.id}&depth=0`)
    expect(list.json.docs.map((d: { title: string }) => d.title)).toEqual([title])
    expect(thai.text).not.toContain('(EN)')
  })
})
