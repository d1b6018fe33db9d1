/**
 * Site search (docs/search.md): live wording only, kept in step with publish, reaffirm,
 * unpublish and delete through the live-change seam; English by full text, Thai by trigrams;
 * snippets escaped with <mark> around matches; bad input answered 400 naming the parameter.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { asLocal, createWorld, rand, type World } from '../../helpers/workflowFixtures'

let world: World
let payload: Payload

const search = async (query: string) => {
  const res = await world.api.rest('GET', `/search?${query}`)
  return res
}
const hitIds = async (query: string) => {
  const res = await search(query)
  expect(res.status, res.text).toBe(200)
  return (res.json.docs as { collection: string; id: number }[]).map((hit) => `${hit.collection}:${hit.id}`)
}

/**
 * A one-off word, so each test finds only its own documents. It ends in "t" so that English
 * stemming treats the word and its plural alike: a random last letter "s" or "u" made "…s" and
 * "…ss" (or "…u" and "…us") stem differently and failed the plural search one run in eighteen.
 */
const word = (stem: string) => `${stem}${rand().replace(/[0-9]/g, 'x')}t`

const publishArticle = async (data: Record<string, unknown>) => world.make('articles', 'published', data)

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createWorld(payload)
}, 180_000)

describe('search over live content', () => {
  it('should find a published article by title, excerpt and body, and never a draft', async () => {
    const term = word('quillon')
    const live = await publishArticle({
      title: `Loosening the ${term} muscles`,
      body: await richText(payload, `Warm the ${term} area before any pressure.`),
    })
    const draft = await world.make('articles', 'approved', { title: `Draft about ${term}` })
    const inReview = await world.make('articles', 'in_review', { excerpt: `Pending ${term} wording` })

    const res = await search(`q=${term}`)
    expect(res.status).toBe(200)
    const ids = res.json.docs.map((hit: { id: number }) => hit.id)
    expect(ids).toContain(live.id)
    expect(ids).not.toContain(draft.id)
    expect(ids).not.toContain(inReview.id)
    const hit = res.json.docs.find((h: { id: number }) => h.id === live.id)
    expect(hit).toMatchObject({ collection: 'articles', slug: live.slug })
    expect(hit.highlight.title).toContain(`<mark>${term}</mark>`)
    expect(hit.highlight.snippet).toContain(`<mark>${term}</mark>`)
  })

  it('should index the live wording, not a pending forward draft, until that draft is published', async () => {
    const oldWord = word('ambrel')
    const newWord = word('corvine')
    const doc = await publishArticle({ excerpt: `Gentle ${oldWord} strokes for the lower back.` })
    await payload.update({
      collection: 'articles',
      id: doc.id,
      data: { excerpt: `Gentle ${newWord} strokes for the lower back.` } as never,
      overrideAccess: false,
      user: asLocal(world.users.editor),
    })
    expect(await hitIds(`q=${oldWord}`)).toContain(`articles:${doc.id}`)
    expect(await hitIds(`q=${newWord}`)).not.toContain(`articles:${doc.id}`)

    await world.act(world.users.editor, 'articles', doc.id, 'submit')
    await world.act(world.users.reviewer2, 'articles', doc.id, 'approve')
    expect(await hitIds(`q=${newWord}`)).not.toContain(`articles:${doc.id}`)
    await world.act(world.users.editor, 'articles', doc.id, 'publish')
    expect(await hitIds(`q=${newWord}`)).toContain(`articles:${doc.id}`)
    expect(await hitIds(`q=${oldWord}`)).not.toContain(`articles:${doc.id}`)
  })

  it('should keep a document through reaffirm and drop it on unpublish and on delete', async () => {
    const term = word('tessaly')
    const pulled = await publishArticle({ title: `The ${term} stretch` })
    const deleted = await world.make('techniques', 'published', { name: `The ${term} roll` })
    expect(await hitIds(`q=${term}`)).toEqual(expect.arrayContaining([`articles:${pulled.id}`, `techniques:${deleted.id}`]))

    await world.act(world.users.reviewer2, 'articles', pulled.id, 'reaffirm')
    expect(await hitIds(`q=${term}`)).toContain(`articles:${pulled.id}`)

    await world.act(world.users.admin, 'articles', pulled.id, 'unpublish', { comment: 'pulled for checking' })
    await payload.delete({ collection: 'techniques', id: deleted.id, overrideAccess: false, user: asLocal(world.users.admin) })
    expect(await hitIds(`q=${term}`)).toEqual([])
    expect(await hitIds(`q=${term}&locale=th`)).toEqual([])
  })

  it('should rank a title match above a body-only match and filter by collection', async () => {
    const term = word('marrowby')
    const inBody = await publishArticle({ body: await richText(payload, `Some readers mention ${term} once.`) })
    const inTitle = await publishArticle({ title: `All about ${term}` })
    const technique = await world.make('techniques', 'published', { summary: `A ${term} routine for the glutes.` })
    const faq = await world.make('faqs', 'published', { question: `Is ${term} safe?` })

    const all = await hitIds(`q=${term}`)
    expect(all.indexOf(`articles:${inTitle.id}`)).toBeLessThan(all.indexOf(`articles:${inBody.id}`))
    expect(all).toEqual(expect.arrayContaining([`techniques:${technique.id}`, `faqs:${faq.id}`]))
    expect(await hitIds(`q=${term}&collections=techniques,faqs`)).toEqual(
      expect.arrayContaining([`techniques:${technique.id}`, `faqs:${faq.id}`]),
    )
    expect((await hitIds(`q=${term}&collections=techniques`)).every((id) => id.startsWith('techniques:'))).toBe(true)
    // English stemming: the plural form finds the singular.
    expect(await hitIds(`q=${term}s`)).toContain(`articles:${inTitle.id}`)
  })

  it('should escape the document text in highlights and mark only the matches', async () => {
    const term = word('vellum')
    const doc = await publishArticle({
      title: `<img src=x onerror=alert(1)> ${term} & "quotes"`,
      body: await richText(payload, `Before <b>${term}</b> comes <script>alert(2)</script> nothing.`),
    })
    const res = await search(`q=${term}`)
    const hit = res.json.docs.find((h: { id: number }) => h.id === doc.id)
    expect(hit.title).toContain('<img src=x')
    const html = `${hit.highlight.title} ${hit.highlight.snippet}`
    expect(html).not.toMatch(/<(?!\/?mark>)/)
    expect(hit.highlight.title).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(hit.highlight.title).toContain('&amp; &quot;quotes&quot;')
    expect(hit.highlight.title).toContain(`<mark>${term}</mark>`)
  })

  it('should search Thai wording with trigrams, and fall back to the English wording a Thai page shows', async () => {
    const english = word('sarong')
    const thai = await world.make('articles', 'draft', { title: `Hip care ${english}` })
    await payload.update({
      collection: 'articles',
      id: thai.id,
      locale: 'th',
      data: {
        title: 'การนวดคลายกล้ามเนื้อสะโพกสำหรับคนนั่งนาน',
        body: await richText(payload, 'กดเบา ๆ บริเวณสะโพกแล้วหายใจช้า ๆ หยุดทันทีถ้ารู้สึกเจ็บแปลบ'),
      } as never,
      overrideAccess: false,
      user: asLocal(world.users.editor),
    })
    await world.bringTo('articles', thai.id, 'published')
    const englishOnly = await publishArticle({ title: `Shoulder notes ${english}` })

    const res = await search(`q=${encodeURIComponent('กล้ามเนื้อสะโพก')}&locale=th`)
    expect(res.status).toBe(200)
    const hit = res.json.docs.find((h: { id: number }) => h.id === thai.id)
    expect(hit.title).toBe('การนวดคลายกล้ามเนื้อสะโพกสำหรับคนนั่งนาน')
    expect(hit.highlight.title).toBe('การนวดคลาย<mark>กล้ามเนื้อสะโพก</mark>สำหรับคนนั่งนาน')
    expect(res.headers.get('content-language')).toBe('th')

    const bodyHit = await search(`q=${encodeURIComponent('หายใจช้า')}&locale=th`)
    expect(bodyHit.json.docs.find((h: { id: number }) => h.id === thai.id).highlight.snippet).toContain(
      '<mark>หายใจช้า</mark>',
    )
    // The Thai page of an article without Thai wording shows the English title: search finds it there.
    expect(await hitIds(`q=${english}&locale=th`)).toEqual(
      expect.arrayContaining([`articles:${englishOnly.id}`]),
    )
    // The English index holds the English title of the Thai article, not its Thai one.
    expect(await hitIds(`q=${encodeURIComponent('กล้ามเนื้อสะโพก')}&locale=en`)).not.toContain(`articles:${thai.id}`)
  })

  it('should let anonymous callers search, and page through results', async () => {
    const term = word('pellow')
    for (let n = 0; n < 3; n += 1) await world.make('faqs', 'published', { question: `Question ${n} on ${term}` })
    const first = await search(`q=${term}&limit=2`)
    expect(first.status).toBe(200)
    expect(first.json.docs).toHaveLength(2)
    expect(first.json.hasNextPage).toBe(true)
    const second = await search(`q=${term}&limit=2&page=2`)
    expect(second.json.docs).toHaveLength(1)
    expect(second.json.hasNextPage).toBe(false)
    const ids = [...first.json.docs, ...second.json.docs].map((hit: { id: number }) => hit.id)
    expect(new Set(ids).size).toBe(3)
  })
})

describe('search input', () => {
  const cases: [string, string, string][] = [
    ['missing q', '', 'q'],
    ['blank q', 'q=%20%20', 'q'],
    ['too long q', `q=${'a'.repeat(201)}`, 'q'],
    ['q twice', 'q=a&q=b', 'q'],
    ['control characters in q', 'q=a%00b', 'q'],
    ['unknown locale', 'q=hip&locale=fr', 'locale'],
    ['locale all', 'q=hip&locale=all', 'locale'],
    ['unknown collection', 'q=hip&collections=articles,users', 'collections'],
    ['empty collection list', 'q=hip&collections=,', 'collections'],
    ['limit 0', 'q=hip&limit=0', 'limit'],
    ['limit above the cap', 'q=hip&limit=51', 'limit'],
    ['limit not a number', 'q=hip&limit=ten', 'limit'],
    ['negative page', 'q=hip&page=-1', 'page'],
    ['unknown parameter', 'q=hip&draft=true', 'draft'],
  ]
  it.each(cases)('should answer 400 naming the parameter for %s', async (_label, query, param) => {
    const res = await search(query)
    expect(res.status, res.text).toBe(400)
    expect(res.json.errors[0].message).toContain(`"${param}"`)
    expect(res.json.errors[0].data).toMatchObject({ param })
    expect(res.json.errors[0].name).toBe('SearchQueryError')
  })

  it('should answer 200 with no results for queries that are only punctuation, stop words or LIKE wildcards', async () => {
    for (const query of ['q=%22%27%3A%26%7C!', 'q=the', `q=${encodeURIComponent('%_\\')}&locale=th`]) {
      const res = await search(query)
      expect(res.status, `${query}: ${res.text}`).toBe(200)
      expect(res.json.docs).toEqual([])
    }
  })
})
