import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Api, createApi } from '../helpers/api'
import { createUser, PASSWORD } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let api: Api
let editorToken: string
let adminToken: string

/** Link targets that run script or render attacker HTML once a frontend puts them in an href. */
const UNSAFE: [label: string, url: string][] = [
  ['javascript:', 'javascript:alert(document.cookie)'],
  ['mixed-case scheme', 'JaVaScRiPt:alert(document.cookie)'],
  ['tab inside the scheme', 'java\tscript:alert(1)'],
  ['newline inside the scheme', 'java\nscript:alert(1)'],
  ['leading control characters', '\u0001 javascript:alert(1)'],
  ['data: HTML', 'data:text/html,<script>alert(1)</script>'],
  ['vbscript:', 'vbscript:msgbox("x")'],
  ['named entity colon', 'javascript&colon;alert(1)'],
  ['numeric entities', '&#106;avascript&#58;alert(1)'],
  ['hex entity', 'javascript&#x3A;alert(1)'],
  ['file:', 'file:///etc/passwd'],
]

const SAFE = [
  'https://example.org/sciatica',
  'http://example.org',
  'mailto:care@relief.test',
  'tel:+6621234567',
  '/articles/stretching',
  '#precautions',
  '?page=2',
  './notes',
  '../guide',
  'www.example.org',
]

const text = (value: string) => ({ type: 'text', text: value, version: 1, detail: 0, format: 0, mode: 'normal', style: '' })
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
})
const link = (url: string, type: 'link' | 'autolink' = 'link') =>
  element(type, [text('read more')], { version: 3, fields: { url, newTab: false, linkType: 'custom' } })
const paragraph = (...children: unknown[]) => element('paragraph', children, { textFormat: 0, textStyle: '' })
const doc = (...children: unknown[]) => ({ root: element('root', children) })

/** Link as the second child of the second paragraph: body.root.children.1.children.1.fields.url */
const bodyWith = (url: string, type: 'link' | 'autolink' = 'link') =>
  doc(paragraph(text('Gentle movement helps.')), paragraph(text('See '), link(url, type)))
const LINK_PATH = 'root.children.1.children.1.fields.url'

/** Nested: a list item inside a list inside a quote. */
const nestedBodyWith = (url: string) =>
  doc(element('quote', [element('list', [element('listitem', [link(url)], { value: 1 })], { listType: 'bullet', start: 1, tag: 'ul' })]))
const NESTED_PATH = 'root.children.0.children.0.children.0.children.0.fields.url'

let sequence = 0
const unique = (value: string) => `${value} ${++sequence}`

const restErrorPaths = (json: any): string[] =>
  (json?.errors ?? []).flatMap((error: any) => (error.data?.errors ?? []).map((item: any) => item.path))

const graphqlErrorPaths = (json: any): string[] =>
  (json?.errors ?? []).flatMap((error: any) => (error.extensions?.data?.errors ?? []).map((item: any) => item.path))

const count = async (collection: CollectionSlug) => (await payload.count({ collection, overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  const editor = await createUser(payload, ['editor'])
  const admin = await createUser(payload, ['admin'])
  editorToken = await api.login(editor.email, PASSWORD)
  adminToken = await api.login(admin.email, PASSWORD)
})

describe('unsafe links through REST', () => {
  it.each(UNSAFE)('should refuse a rich-text link with %s, naming its path, and store nothing', async (_label, url) => {
    const before = await count('articles')
    const response = await api.rest('POST', '/articles', { token: editorToken, body: { title: unique('Link'), body: bodyWith(url) } })
    expect(response.status, response.text.slice(0, 300)).toBe(400)
    expect(restErrorPaths(response.json)).toContain(`body.${LINK_PATH}`)
    expect(response.json.errors[0].data.errors[0].message).toMatch(/only http\(s\), mailto, tel and relative links/)
    expect(await count('articles')).toBe(before)
  })

  it.each(UNSAFE)('should refuse an autolink with %s', async (_label, url) => {
    const response = await api.rest('POST', '/articles', { token: editorToken, body: { title: unique('Autolink'), body: bodyWith(url, 'autolink') } })
    expect(response.status).toBe(400)
    expect(restErrorPaths(response.json)).toContain(`body.${LINK_PATH}`)
  })

  it('should refuse a link nested in a quote, list and list item', async () => {
    const response = await api.rest('POST', '/articles', {
      token: editorToken,
      body: { title: unique('Nested'), body: nestedBodyWith('javascript:alert(1)') },
    })
    expect(response.status).toBe(400)
    expect(restErrorPaths(response.json)).toContain(`body.${NESTED_PATH}`)
  })

  it('should refuse an unsafe link inside a block and inside a nested editor state', async () => {
    const block = element('block', [], {
      version: 2,
      fields: { id: 'b1', blockName: '', blockType: 'callout', style: 'info', text: 'Note', url: 'vbscript:msgbox(1)' },
    })
    const response = await api.rest('POST', '/articles', { token: editorToken, body: { title: unique('Block'), body: doc(block) } })
    expect(response.status).toBe(400)
    expect(restErrorPaths(response.json)).toContain('body.root.children.0.fields.url')
  })

  it.each(UNSAFE)('should refuse a reference URL with %s, even on a draft save', async (_label, url) => {
    const response = await api.rest('POST', '/articles?draft=true', {
      token: editorToken,
      body: { title: unique('Reference'), references: [{ title: 'Safe', url: 'https://example.org' }, { title: 'Bad', url }] },
    })
    expect(response.status).toBe(400)
    expect(restErrorPaths(response.json)).toContain('references.1.url')
  })

  it('should refuse an unsafe link on an update and leave the document unchanged', async () => {
    const created = await api.rest('POST', '/articles', { token: editorToken, body: { title: unique('Update'), body: bodyWith('https://example.org') } })
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const response = await api.rest('PATCH', `/articles/${id}`, { token: editorToken, body: { body: bodyWith('JaVaScRiPt:alert(1)') } })
    expect(response.status).toBe(400)
    expect(restErrorPaths(response.json)).toContain(`body.${LINK_PATH}`)
    const stored = await payload.findByID({ collection: 'articles', id, draft: true, overrideAccess: true })
    expect(JSON.stringify(stored.body)).toContain('https://example.org')
    expect(JSON.stringify(stored.body)).not.toMatch(/javascript/i)
  })

  it.each<[CollectionSlug, string, () => Record<string, unknown>]>([
    ['techniques', 'body', () => ({ name: unique('Technique'), category: 'professional' })],
    ['techniques', 'precautions', () => ({ name: unique('Technique'), category: 'professional' })],
    ['faqs', 'answer', () => ({ question: unique('Question') })],
    ['therapists', 'bio', () => ({ name: unique('Therapist') })],
    ['disclaimers', 'body', () => ({ title: unique('Disclaimer'), kind: 'general' })],
  ])('should refuse an unsafe link in %s.%s', async (collection, field, base) => {
    const before = await count(collection)
    const response = await api.rest('POST', `/${collection}`, {
      token: adminToken,
      body: { ...base(), [field]: bodyWith('data:text/html,<script>alert(1)</script>') },
    })
    expect(response.status, response.text.slice(0, 300)).toBe(400)
    expect(restErrorPaths(response.json)).toContain(`${field}.${LINK_PATH}`)
    expect(await count(collection)).toBe(before)
  })

  it('should refuse an unsafe link in the Thai locale and in a locale=all write', async () => {
    const created = await api.rest('POST', '/articles', { token: editorToken, body: { title: unique('Locales') } })
    const id = created.json.doc.id
    const thai = await api.rest('PATCH', `/articles/${id}?locale=th`, { token: editorToken, body: { title: 'ไทย', body: bodyWith('vbscript:x') } })
    expect(thai.status).toBe(400)
    expect(restErrorPaths(thai.json)).toContain(`body.${LINK_PATH}`)
    const all = await api.rest('PATCH', `/articles/${id}?locale=all`, {
      token: editorToken,
      body: { body: { en: bodyWith('https://example.org'), th: bodyWith('java\tscript:alert(1)') } },
    })
    expect(all.status).toBe(400)
    expect(restErrorPaths(all.json)).toEqual([`body.th.${LINK_PATH}`])
  })

  it('should accept http(s), mailto, tel and relative links and store them as written', async () => {
    const body = doc(paragraph(...SAFE.map((url) => link(url))))
    const response = await api.rest('POST', '/articles', {
      token: editorToken,
      body: { title: unique('Safe'), body, references: [{ title: 'Source', url: 'https://example.org/study' }] },
    })
    expect(response.status, response.text.slice(0, 300)).toBe(201)
    const stored = await payload.findByID({ collection: 'articles', id: response.json.doc.id, draft: true, overrideAccess: true })
    const urls = (stored.body?.root.children[0] as any).children.map((node: any) => node.fields.url)
    expect(urls).toEqual(SAFE)
  })
})

describe('unsafe links through GraphQL', () => {
  it.each(UNSAFE)('should refuse %s on create and update, naming the path', async (_label, url) => {
    const before = await count('articles')
    const create = await api.graphql(
      'mutation ($data: mutationArticleInput!) { createArticle(data: $data) { id } }',
      { data: { title: unique('GraphQL'), body: bodyWith(url) } },
      editorToken,
    )
    expect(create.json.data?.createArticle ?? null).toBeNull()
    expect(graphqlErrorPaths(create.json)).toContain(`body.${LINK_PATH}`)
    expect(create.json.errors[0].extensions.statusCode).toBe(400)
    expect(await count('articles')).toBe(before)

    const created = await api.rest('POST', '/articles', { token: editorToken, body: { title: unique('GraphQL update') } })
    const update = await api.graphql(
      'mutation ($id: Int!, $data: mutationArticleUpdateInput!) { updateArticle(id: $id, data: $data) { id } }',
      { id: created.json.doc.id, data: { references: [{ title: 'x', url }] } },
      editorToken,
    )
    expect(graphqlErrorPaths(update.json)).toContain('references.0.url')
  })
})

describe('unsafe links through the Local API', () => {
  it.each(UNSAFE)('should throw a ValidationError for %s', async (_label, url) => {
    const attempt = payload.create({ collection: 'faqs', data: { question: unique('Local'), answer: bodyWith(url, 'autolink') as never } })
    await expect(attempt).rejects.toMatchObject({
      name: 'ValidationError',
      status: 400,
      data: { errors: [expect.objectContaining({ path: `answer.${LINK_PATH}` })] },
    })
  })
})
