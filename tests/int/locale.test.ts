import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Api, createApi } from '../helpers/api'
import { createUser, PASSWORD, richText } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

type LocalizedSlug = 'articles' | 'techniques' | 'faqs' | 'therapists' | 'disclaimers'

let payload: Payload
let api: Api
let token: string

/**
 * Per collection: what a valid English document needs, one localized field that gets a Thai
 * value (`translated`) and one that is left English-only (`untranslated`).
 */
const cases: {
  collection: LocalizedSlug
  data: (tag: string) => Promise<Record<string, unknown>>
  translated: [string, string]
  untranslated: string
}[] = [
  {
    collection: 'articles',
    data: async (tag) => ({ title: `Easing sciatica at home (${tag})`, excerpt: 'Gentle steps you can take today.' }),
    translated: ['title', 'บรรเทาอาการปวดเส้นประสาทไซแอติกที่บ้าน'],
    untranslated: 'excerpt',
  },
  {
    collection: 'techniques',
    data: async (tag) => ({ name: `Tennis ball glute release (${tag})`, category: 'self-massage', summary: 'Lean into the ball slowly.' }),
    translated: ['name', 'การคลายกล้ามเนื้อก้นด้วยลูกเทนนิส'],
    untranslated: 'summary',
  },
  {
    collection: 'faqs',
    data: async (tag) => ({ question: `Can massage help sciatica (${tag})?`, answer: await richText(payload, 'It can ease muscle tension.') }),
    translated: ['question', 'การนวดช่วยอาการไซแอติกาได้ไหม'],
    untranslated: 'answer',
  },
  {
    collection: 'therapists',
    data: async (tag) => ({ name: `Mali Srisuk (${tag})`, headline: 'Thai massage therapist', bio: await richText(payload, 'Ten years of practice.') }),
    translated: ['headline', 'นักนวดแผนไทย'],
    untranslated: 'bio',
  },
  {
    collection: 'disclaimers',
    data: async (tag) => ({ title: `Seek urgent care (${tag})`, kind: 'emergency', body: await richText(payload, 'Call emergency services.') }),
    translated: ['title', 'รีบไปพบแพทย์'],
    untranslated: 'body',
  },
]

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  const editor = await createUser(payload, ['editor'])
  token = await api.login(editor.email, PASSWORD)
})


// Every save is a draft under the workflow gate, so staff read the latest version.
const get = async (path: string) => {
  const draftPath = path.includes('draft=') ? path : `${path}${path.includes('?') ? '&' : '?'}draft=true`
  const response = await api.rest('GET', draftPath, { token })
  expect(response.status).toBe(200)
  return response.json
}

describe('localized fields through REST', () => {
  // Required localized fields (a FAQ's answer, a disclaimer's body) are validated per locale on
  // a full save, so partial translations are saved as drafts, as editors do.
  it.each(cases)('should store th values for $collection and fall back to en only when allowed', async ({ collection, data, translated, untranslated }) => {
    const english = await data('rest')
    const created = await api.rest('POST', `/${collection}`, { token, body: english })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const [field, thai] = translated

    const patched = await api.rest('PATCH', `/${collection}/${id}?locale=th&draft=true`, { token, body: { [field]: thai } })
    expect(patched.status).toBe(200)
    expect(patched.json.doc[field]).toBe(thai)

    const inThai = await get(`/${collection}/${id}?locale=th&draft=true`)
    expect(inThai[field]).toBe(thai)
    expect(inThai[untranslated]).toEqual(english[untranslated])

    const thaiOnly = await get(`/${collection}/${id}?locale=th&fallback-locale=none&draft=true`)
    expect(thaiOnly[field]).toBe(thai)
    expect(thaiOnly[untranslated] ?? null).toBeNull()

    for (const query of ['?draft=true', '?locale=en&draft=true']) {
      const inEnglish = await get(`/${collection}/${id}${query}`)
      expect(inEnglish[field]).toBe(english[field])
      expect(inEnglish[untranslated]).toEqual(english[untranslated])
    }

    const everyLocale = await get(`/${collection}/${id}?locale=all&draft=true`)
    expect(everyLocale[field]).toEqual({ en: english[field], th: thai })
  })

  it('should save a th translation of an article title, the excerpt falling back to en', async () => {
    const created = await api.rest('POST', '/articles', { token, body: { title: 'Saved translation', excerpt: 'English excerpt' } })
    const id = created.json.doc.id
    const patched = await api.rest('PATCH', `/articles/${id}?locale=th`, { token, body: { title: 'คำแปลที่บันทึกแล้ว' } })
    expect(patched.status).toBe(200)

    expect(await get(`/articles/${id}?locale=th`)).toMatchObject({ title: 'คำแปลที่บันทึกแล้ว', excerpt: 'English excerpt' })
    expect((await get(`/articles/${id}?locale=th&fallback-locale=none`)).excerpt ?? null).toBeNull()
    expect(await get(`/articles/${id}`)).toMatchObject({ title: 'Saved translation', excerpt: 'English excerpt' })
  })

  it('should save a th translation of only a FAQ question, the required answer falling back to en', async () => {
    const created = await api.rest('POST', '/faqs', {
      token,
      body: { question: 'Is heat or ice better?', answer: await richText(payload, 'Start with ice for fresh pain.') },
    })
    const id = created.json.doc.id
    const patched = await api.rest('PATCH', `/faqs/${id}?locale=th`, { token, body: { question: 'ประคบร้อนหรือเย็นดีกว่า' } })
    expect(patched.status).toBe(200)
    const inThai = await get(`/faqs/${id}?locale=th`)
    expect(inThai.question).toBe('ประคบร้อนหรือเย็นดีกว่า')
    expect(JSON.stringify(inThai.answer)).toContain('Start with ice for fresh pain.')
  })

  it('should fall back per field in a list read as well', async () => {
    const created = await api.rest('POST', '/articles', { token, body: { title: 'List fallback', excerpt: 'English list excerpt' } })
    const id = created.json.doc.id
    expect((await api.rest('PATCH', `/articles/${id}?locale=th`, { token, body: { title: 'รายการภาษาไทย' } })).status).toBe(200)

    const withFallback = await get(`/articles?locale=th&where[id][equals]=${id}`)
    expect(withFallback.docs[0]).toMatchObject({ title: 'รายการภาษาไทย', excerpt: 'English list excerpt' })
    const withoutFallback = await get(`/articles?locale=th&fallback-locale=none&where[id][equals]=${id}`)
    expect(withoutFallback.docs[0].title).toBe('รายการภาษาไทย')
    expect(withoutFallback.docs[0].excerpt ?? null).toBeNull()
  })

  it('should keep non-localized fields shared between locales', async () => {
    const created = await api.rest('POST', '/therapists', { token, body: { name: 'Shared Name', yearsOfExperience: 4 } })
    const id = created.json.doc.id
    const patched = await api.rest('PATCH', `/therapists/${id}?locale=th`, { token, body: { name: 'Renamed In Thai Locale', yearsOfExperience: 5 } })
    expect(patched.status).toBe(200)
    const inEnglish = await get(`/therapists/${id}?locale=en`)
    expect(inEnglish).toMatchObject({ name: 'Renamed In Thai Locale', yearsOfExperience: 5, slug: 'shared-name' })
  })

  it('should localize a text field inside array rows without disturbing the en row', async () => {
    const created = await api.rest('POST', '/articles', {
      token,
      body: { title: 'Referenced', references: [{ title: 'Sciatica fact sheet', url: 'https://example.org/fact', publisher: 'Example' }] },
    })
    const id = created.json.doc.id
    const row = created.json.doc.references[0]
    const patched = await api.rest('PATCH', `/articles/${id}?locale=th`, {
      token,
      body: { title: 'มีแหล่งอ้างอิง', references: [{ ...row, title: 'เอกสารข้อเท็จจริง' }] },
    })
    expect(patched.status).toBe(200)

    expect((await get(`/articles/${id}?locale=th`)).references[0]).toMatchObject({ title: 'เอกสารข้อเท็จจริง', url: 'https://example.org/fact' })
    expect((await get(`/articles/${id}?locale=en`)).references[0]).toMatchObject({ title: 'Sciatica fact sheet', url: 'https://example.org/fact' })
  })

  it('should localize media alt text', async () => {
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 20, g: 90, b: 160 } } }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'alt-text.png')
    form.append('_payload', JSON.stringify({ alt: 'A therapist at work' }))
    const created = await api.rest('POST', '/media', { token, form })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    expect((await api.rest('PATCH', `/media/${id}?locale=th`, { token, body: { alt: 'นักนวดกำลังทำงาน' } })).status).toBe(200)
    expect((await get(`/media/${id}?locale=th`)).alt).toBe('นักนวดกำลังทำงาน')
    expect((await get(`/media/${id}`)).alt).toBe('A therapist at work')
    expect((await get(`/media/${id}?locale=th&fallback-locale=none`)).caption ?? null).toBeNull()
  })
})

describe('localized fields through the Local API', () => {
  it.each(cases)('should store th values for $collection and fall back to en only when allowed', async ({ collection, data, translated, untranslated }) => {
    const english = await data('local')
    const created = (await payload.create({ collection, data: english as any })) as { id: number }
    const [field, thai] = translated

    const updated = (await payload.update({
      collection,
      id: created.id,
      locale: 'th',
      draft: true,
      data: { [field]: thai } as any,
    })) as Record<string, any>
    expect(updated[field]).toBe(thai)

    const read = (options: Record<string, unknown>) =>
      payload.findByID({ collection, id: created.id, draft: true, ...options }) as Promise<Record<string, any>>

    const inThai = await read({ locale: 'th' })
    expect(inThai[field]).toBe(thai)
    expect(inThai[untranslated]).toEqual(english[untranslated])

    for (const fallbackLocale of [false, 'none']) {
      const thaiOnly = await read({ locale: 'th', fallbackLocale })
      expect(thaiOnly[field]).toBe(thai)
      expect(thaiOnly[untranslated] ?? null).toBeNull()
    }

    expect((await read({}))[field]).toBe(english[field])
    expect((await read({ locale: 'all' }))[field]).toEqual({ en: english[field], th: thai })
  })

  it('should keep the en draft intact when a th draft is saved', async () => {
    const article = await payload.create({ collection: 'articles', draft: true, data: { title: 'Draft in two languages' } })
    await payload.update({ collection: 'articles', id: article.id, locale: 'th', draft: true, data: { title: 'ฉบับร่างสองภาษา' } })
    const thaiDraft = await payload.findByID({ collection: 'articles', id: article.id, locale: 'th', draft: true })
    const englishDraft = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en', draft: true })
    expect(thaiDraft.title).toBe('ฉบับร่างสองภาษา')
    expect(englishDraft.title).toBe('Draft in two languages')
  })
})

describe('localized fields through GraphQL', () => {
  it('should read th values with and without fallback', async () => {
    const article = await payload.create({ collection: 'articles', draft: true, data: { title: 'GraphQL locales', excerpt: 'English only' } })
    await payload.update({ collection: 'articles', id: article.id, locale: 'th', data: { title: 'ภาษาในกราฟคิวแอล' } })
    // One locale per request: aliased fields with different locales share the request's locale.
    const read = async (args: string) => {
      // draft: true — staff read the latest version, which is where every save lands.
      const response = await api.graphql(`query ($id: Int!) { Article(id: $id, draft: true${args}) { title excerpt } }`, { id: article.id }, token)
      expect(response.json.errors).toBeUndefined()
      return response.json.data.Article
    }
    expect(await read(', locale: th')).toEqual({ title: 'ภาษาในกราฟคิวแอล', excerpt: 'English only' })
    expect(await read(', locale: th, fallbackLocale: none')).toEqual({ title: 'ภาษาในกราฟคิวแอล', excerpt: null })
    expect(await read('')).toEqual({ title: 'GraphQL locales', excerpt: 'English only' })
  })
})
