/**
 * Size caps (issue 8 §2): oversized wording is refused before the claims check, the Lexical
 * field hooks or any conversion read it, with a 4xx naming the field (or the file).
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { MAX_DOCUMENT_WORDING_CHARS, MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILES_PER_REQUEST } from '@/limits/constants'

import { type Api, createApi } from '../../helpers/api'
import { createUser, PASSWORD } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload
let api: Api
let adminToken: string
let editorToken: string

const SENTENCE = 'Slow pressure on the glutes eases a tight piriformis for many people. '

/** A Lexical body of about `characters` characters, in paragraphs of 2,000. */
const lexicalBody = (characters: number) => {
  const paragraph = SENTENCE.repeat(Math.ceil(2_000 / SENTENCE.length))
  const count = Math.ceil(characters / paragraph.length)
  const textNode = { type: 'text', text: paragraph, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
  const paragraphNode = { type: 'paragraph', children: [textNode], direction: 'ltr', format: '', indent: 0, textFormat: 0, version: 1 }
  return {
    root: {
      type: 'root',
      children: Array.from({ length: count }, () => paragraphNode),
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  }
}

const article = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  excerpt: 'A short excerpt.',
  body: lexicalBody(500),
  ...extra,
})

const countArticles = async () => (await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  const admin = await createUser(payload, ['admin'])
  adminToken = await api.login(admin.email, PASSWORD)
  const editor = await createUser(payload, ['editor'])
  editorToken = await api.login(editor.email, PASSWORD)
})

describe('wording caps on content saves', () => {
  it('should refuse a 1,000,000-character rich-text body with 413 naming "body", writing nothing', async () => {
    const before = await countArticles()
    const res = await api.rest('POST', '/articles', {
      token: editorToken,
      body: article('A very long article', { body: lexicalBody(1_000_000) }),
    })
    expect(res.status).toBe(413)
    expect(res.json.errors[0].message).toMatch(/over the limit of 300000/)
    expect(res.json.errors[0].data).toMatchObject({ field: 'body', maxCharacters: MAX_DOCUMENT_WORDING_CHARS })
    expect(await countArticles()).toBe(before)
  }, 30_000)

  it('should refuse a 400,000-character excerpt with 413 naming "excerpt" and a 10,000-character one with 400 naming it', async () => {
    const huge = await api.rest('POST', '/articles', {
      token: editorToken,
      body: article('Huge excerpt', { excerpt: 'cures sciatica '.repeat(26_667) }),
    })
    expect(huge.status).toBe(413)
    expect(huge.json.errors[0].data.field).toBe('excerpt')

    const long = await api.rest('POST', '/articles', {
      token: editorToken,
      body: article('Long excerpt', { excerpt: 'x'.repeat(10_000) }),
    })
    expect(long.status).toBe(400)
    expect(long.json.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'excerpt', message: 'This value is 10000 characters long; the limit is 500.' }),
    ])
  })

  it('should refuse an update whose locales together exceed the cap, naming the field', async () => {
    const created = await api.rest('POST', '/articles', {
      token: editorToken,
      body: article('Two long locales', { body: lexicalBody(200_000) }),
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const thai = await api.rest('PATCH', `/articles/${id}?locale=th`, {
      token: editorToken,
      body: { title: 'บทความยาว', body: lexicalBody(200_000) },
    })
    expect(thai.status).toBe(413)
    expect(thai.json.errors[0].data.field).toBe('body')
    const stored = await payload.findByID({ collection: 'articles', id, locale: 'th', fallbackLocale: false, draft: true, overrideAccess: true })
    expect(stored.title ?? null).toBeNull()
  }, 60_000)

  it('should still answer 403 to an anonymous oversized create (access before input)', async () => {
    const res = await api.rest('POST', '/articles', { body: article('Anonymous', { body: lexicalBody(400_000) }) })
    expect(res.status).toBe(403)
  })
})

describe('import request caps', () => {
  const form = (files: [string, Uint8Array | string][]) => {
    const data = new FormData()
    for (const [name, content] of files) data.append('files', new Blob([content as BlobPart]), name)
    return data
  }

  it('should refuse a file over the per-file cap with 413 naming the file, importing none of the request', async () => {
    const before = await countArticles()
    const res = await api.rest('POST', '/import', {
      token: adminToken,
      form: form([
        ['fine.md', '# Fine\n\nA short walk loosens the lower back.\n'],
        ['too-big.txt', `Too big\n\n${'Massage helps. '.repeat(Math.ceil(MAX_IMPORT_FILE_BYTES / 15) + 10)}`],
      ]),
    })
    expect(res.status).toBe(413)
    expect(res.json.errors[0].message).toContain('too-big.txt')
    expect(res.json.errors[0].data).toMatchObject({ field: 'files', file: 'too-big.txt', maxBytes: MAX_IMPORT_FILE_BYTES })
    expect(await countArticles()).toBe(before)
  })

  it('should refuse more files than the per-request cap with 400 naming "files"', async () => {
    const files = Array.from({ length: MAX_IMPORT_FILES_PER_REQUEST + 1 }, (_, index): [string, string] => [`f${index}.md`, `# F${index}\n\nText.\n`])
    const res = await api.rest('POST', '/import', { token: adminToken, form: form(files) })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.field).toBe('files')
  })
})
