/**
 * HTTP caching of the delivery API (README "Delivery"): strong ETags, 304s, public Cache-Control and
 * Surrogate-Key/Cache-Tag for anonymous content reads; private, no-store with a credential.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createApi } from '../../helpers/api'
import { createUser, PASSWORD } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { createDeliveryClient } from './deliveryClient'
import { createLiveArticle, publishTitle, rand } from './fixtures'

let payload: Payload
let client: ReturnType<typeof createDeliveryClient>
let live: Awaited<ReturnType<typeof createLiveArticle>>
let token: string

const keysOf = (response: Response) => (response.headers.get('Surrogate-Key') ?? '').split(' ').filter(Boolean)

beforeAll(async () => {
  payload = await getTestPayload()
  client = createDeliveryClient(payload.config)
  const editor = await createUser(payload, ['editor'])
  token = await createApi(payload.config).login(editor.email, PASSWORD)
  live = await createLiveArticle(payload)
})

describe('anonymous content reads', () => {
  it('should give a read by id a strong ETag and public Cache-Control with max-age, s-maxage and stale-while-revalidate', async () => {
    const response = await client.request('GET', `/articles/${live.article.id}?depth=0`)
    expect(response.status).toBe(200)
    expect(response.headers.get('ETag')).toMatch(/^"[A-Za-z0-9_-]{20,}"$/)
    const cacheControl = response.headers.get('Cache-Control') ?? ''
    expect(cacheControl).toMatch(/^public, /)
    expect(cacheControl).toMatch(/max-age=\d+/)
    expect(cacheControl).toMatch(/s-maxage=\d+/)
    expect(cacheControl).toMatch(/stale-while-revalidate=\d+/)
    expect((await response.json()).id).toBe(live.article.id)
  })

  it('should give the same body the same ETag on every read', async () => {
    const first = await client.request('GET', `/articles/${live.article.id}?depth=1`)
    const second = await client.request('GET', `/articles/${live.article.id}?depth=1`)
    expect(await first.text()).toBe(await second.text())
    expect(second.headers.get('ETag')).toBe(first.headers.get('ETag'))
  })

  it('should answer If-None-Match with the current ETag by 304 and no body', async () => {
    const first = await client.request('GET', `/articles/${live.article.id}`)
    const etag = first.headers.get('ETag')!
    const second = await client.request('GET', `/articles/${live.article.id}`, { 'If-None-Match': etag })
    expect(second.status).toBe(304)
    expect(await second.text()).toBe('')
    expect(second.headers.get('ETag')).toBe(etag)
    expect(second.headers.get('Cache-Control')).toMatch(/^public, /)
    const stale = await client.request('GET', `/articles/${live.article.id}`, { 'If-None-Match': '"not-the-tag"' })
    expect(stale.status).toBe(200)
  })

  it('should change the ETag after a publish changes the live document', async () => {
    const { article } = await createLiveArticle(payload)
    const before = await client.request('GET', `/articles/${article.id}?depth=0`)
    const etag = before.headers.get('ETag')!
    const title = `Republished ${rand()}`
    await publishTitle(payload, article.id, title)
    const after = await client.request('GET', `/articles/${article.id}?depth=0`, { 'If-None-Match': etag })
    expect(after.status).toBe(200)
    expect(after.headers.get('ETag')).not.toBe(etag)
    expect((await after.json()).title).toBe(title)
  })

  it('should list the document and its populated relations at depth 1 in Surrogate-Key and Cache-Tag', async () => {
    const { article, author, technique } = live
    const deep = await client.request('GET', `/articles/${article.id}?depth=1`)
    expect(keysOf(deep)).toEqual(
      expect.arrayContaining([`articles:${article.id}`, `therapists:${author.id}`, `techniques:${technique.id}`]),
    )
    expect(deep.headers.get('Cache-Tag')?.split(',')).toEqual(keysOf(deep))
    const shallow = await client.request('GET', `/articles/${article.id}?depth=0`)
    expect(keysOf(shallow)).toEqual([`articles:${article.id}`])
  })

  it('should tag a list by slug through where with the collection and every document in it', async () => {
    const slug = (await payload.findByID({ collection: 'articles', id: live.article.id })).slug as string
    const response = await client.request('GET', `/articles?where[slug][equals]=${encodeURIComponent(slug)}&depth=1`)
    expect(response.status).toBe(200)
    expect((await response.clone().json()).docs.map((d: { id: number }) => d.id)).toEqual([live.article.id])
    expect(keysOf(response)).toEqual(
      expect.arrayContaining(['articles', `articles:${live.article.id}`, `therapists:${live.author.id}`]),
    )
    expect(response.headers.get('ETag')).toBeTruthy()
  })

  it('should cache count and globals publicly', async () => {
    const count = await client.request('GET', '/articles/count')
    expect(count.status).toBe(200)
    expect(count.headers.get('Cache-Control')).toMatch(/^public, /)
    expect(keysOf(count)).toEqual(['articles'])
    const global = await client.request('GET', '/globals/site-settings')
    expect(global.status).toBe(200)
    expect(global.headers.get('ETag')).toBeTruthy()
    expect(keysOf(global)).toContain('globals:site-settings')
  })

  it('should not cache errors publicly', async () => {
    const missing = await client.request('GET', '/articles/999999')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('Cache-Control')).toBe('no-store')
    expect(missing.headers.get('ETag')).toBeNull()
    expect(missing.headers.get('Surrogate-Key')).toBeNull()
    const badLimit = await client.request('GET', '/articles?limit=abc&where[nope][equals]=1')
    expect(badLimit.status).toBe(400)
    expect(badLimit.headers.get('Cache-Control')).toBe('no-store')
  })
})

describe('authenticated reads', () => {
  it('should mark a read with a JWT header private, no-store with no Surrogate-Key or ETag', async () => {
    const response = await client.request('GET', `/articles/${live.article.id}?depth=1`, { Authorization: `JWT ${token}` })
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    expect(response.headers.get('Surrogate-Key')).toBeNull()
    expect(response.headers.get('Cache-Tag')).toBeNull()
    expect(response.headers.get('ETag')).toBeNull()
  })

  it('should mark a read with the session cookie private, no-store', async () => {
    const response = await client.request('GET', '/articles?depth=0', { Cookie: `payload-token=${token}` })
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    expect(response.headers.get('Surrogate-Key')).toBeNull()
  })

  it('should mark a read with an API key header private, no-store even when the key is unknown', async () => {
    const response = await client.request('GET', '/articles?depth=0', { Authorization: 'users API-Key not-a-real-key' })
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    expect(response.headers.get('Surrogate-Key')).toBeNull()
  })
})
