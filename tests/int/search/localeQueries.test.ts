/**
 * Localised lists (docs/search.md, "Localised sorting and like"): `sort` on a title uses Thai
 * dictionary order, and `like` in locale `th` matches the values a Thai reader is shown, the
 * English fallback included.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../../helpers/payload'
import { asLocal, createWorld, rand, type World } from '../../helpers/workflowFixtures'

let world: World
let payload: Payload
const tag = rand().replace(/[0-9]/g, 'q')

/** A published technique with an English name and, when given, a Thai one. */
const technique = async (english: string, thai?: string) => {
  const doc = await world.make('techniques', 'draft', { name: `${english} ${tag}` })
  if (thai) {
    await payload.update({
      collection: 'techniques',
      id: doc.id,
      locale: 'th',
      data: { name: `${thai} ${tag}` } as never,
      overrideAccess: false,
      user: asLocal(world.users.editor),
    })
  }
  await world.bringTo('techniques', doc.id, 'published')
  return doc
}

// Thai dictionary order files a word under its first consonant: a leading vowel (เ, ใ) does not
// count first, so these three sort under ก, before ข. Code-point order puts ข before เ and ใ.
const THAI = ['ขาตึงหลังวิ่ง', 'เก้าอี้กับหลัง', 'กล้ามเนื้อสะโพก', 'ใกล้ชิดนักบำบัด']

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createWorld(payload)
  for (const [n, thai] of THAI.entries()) await technique(`Routine ${n}`, thai)
  await technique('massage for stiff hips')
  await technique('Massage chair basics')
  await technique('Gentle stretching', 'การยืดเหยียดและ massage เบา ๆ')
}, 300_000)

const names = async (query: string) => {
  const res = await world.api.rest('GET', `/techniques?depth=0&limit=50&${query}`)
  expect(res.status, res.text).toBe(200)
  return res.json.docs.map((doc: { name: string }) => doc.name) as string[]
}

describe('localised sorting and like', () => {
  it('should sort Thai names in Thai dictionary order', async () => {
    const sorted = await names(`sort=name&locale=th&where[name][like]=${tag}&fallback-locale=none`)
    const thai = sorted.filter((name) => THAI.some((word) => name.startsWith(word)))
    expect(thai).toHaveLength(4)
    expect(thai[3]).toBe(`ขาตึงหลังวิ่ง ${tag}`)
    const descending = await names(`sort=-name&locale=th&where[name][like]=${tag}&fallback-locale=none`)
    expect(descending.filter((name) => thai.includes(name))).toEqual([...thai].reverse())
  })

  it('should sort English names without splitting them by letter case', async () => {
    const sorted = await names(`sort=name&where[name][like]=${tag}`)
    expect(sorted.indexOf(`massage for stiff hips ${tag}`)).toBeLessThan(sorted.indexOf(`Routine 0 ${tag}`))
    expect(sorted.indexOf(`Gentle stretching ${tag}`)).toBeLessThan(sorted.indexOf(`massage for stiff hips ${tag}`))
  })

  it('should find Thai readers the names they are shown, English fallbacks included', async () => {
    const found = await names(`locale=th&where[name][like]=massage&where[name][contains]=${tag}`)
    expect(found.sort()).toEqual(
      [`Massage chair basics ${tag}`, `massage for stiff hips ${tag}`, `การยืดเหยียดและ massage เบา ๆ ${tag}`].sort(),
    )
    // A Thai name hides its English one from Thai readers: "Gentle" is not what they see.
    expect(await names(`locale=th&where[name][like]=Gentle&where[name][contains]=${tag}`)).toEqual([])
    expect(await names(`locale=th&where[name][like]=${encodeURIComponent('สะโพก')}`)).toEqual([`กล้ามเนื้อสะโพก ${tag}`])
    // Without a fallback, only Thai values count.
    expect(await names(`locale=th&fallback-locale=none&where[name][like]=massage&where[name][contains]=${tag}`)).toEqual([
      `การยืดเหยียดและ massage เบา ๆ ${tag}`,
    ])
    // English is unchanged.
    expect((await names(`where[name][like]=massage&where[name][contains]=${tag}`)).sort()).toEqual(
      [`Massage chair basics ${tag}`, `massage for stiff hips ${tag}`].sort(),
    )
  })

  it('should apply the same fallback to GraphQL and the Local API', async () => {
    const gql = await world.api.graphql(
      `query($tag: String) { Techniques(locale: th, where: { name: { like: "massage", contains: $tag } }) { docs { name } } }`,
      { tag },
    )
    expect(gql.json.data.Techniques.docs.map((d: { name: string }) => d.name).sort()).toEqual(
      [`Massage chair basics ${tag}`, `massage for stiff hips ${tag}`, `การยืดเหยียดและ massage เบา ๆ ${tag}`].sort(),
    )
    const local = await payload.find({
      collection: 'techniques',
      locale: 'th',
      where: { name: { like: 'massage', contains: tag } },
      overrideAccess: false,
    })
    expect(local.totalDocs).toBe(3)
  })
})
