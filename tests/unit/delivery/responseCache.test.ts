import { describe, expect, it } from 'vitest'

import { cacheKey } from '@/delivery/cache/cacheKey'
import { isCacheableRequest } from '@/delivery/cache/isCacheableRequest'
import { type CachedResponse, ResponseCache } from '@/delivery/cache/responseCache'
import { parseFeedQuery } from '@/delivery/changes/parseFeedQuery'

const answer = (bytes: number, tags: string[]): CachedResponse => ({
  body: Buffer.alloc(bytes, 'x'),
  status: 200,
  headers: [['content-type', 'application/json']],
  etag: '"e"',
  tags,
})
const activeCache = (maxBytes: number) => {
  const cache = new ResponseCache(maxBytes)
  cache.isActive = true
  return cache
}

describe('ResponseCache', () => {
  it('should evict the least recently used entries once over its byte bound', () => {
    const cache = activeCache(3_000)
    cache.set('a', answer(800, ['t']), cache.generation)
    cache.set('b', answer(800, ['t']), cache.generation)
    expect(cache.get('a')).toBeDefined()
    cache.set('c', answer(800, ['t']), cache.generation)
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBeDefined()
    expect(cache.get('c')).toBeDefined()
    expect(cache.usedBytes).toBeLessThanOrEqual(3_000)
  })

  it('should drop every entry carrying an invalidated tag and keep the others', () => {
    const cache = activeCache(1_000_000)
    cache.set('doc', answer(10, ['articles:1']), cache.generation)
    cache.set('list', answer(10, ['articles', 'articles:1', 'articles:2']), cache.generation)
    cache.set('other', answer(10, ['techniques:3']), cache.generation)
    expect(cache.invalidate(['articles:1'])).toBe(2)
    expect(cache.get('doc')).toBeUndefined()
    expect(cache.get('list')).toBeUndefined()
    expect(cache.get('other')).toBeDefined()
  })

  it('should refuse to store a read that began before an invalidation, an untagged answer, or while not listening', () => {
    const cache = activeCache(1_000_000)
    const before = cache.generation
    cache.invalidate(['articles:1'])
    expect(cache.set('late', answer(10, ['articles:1']), before)).toBe(false)
    expect(cache.set('untagged', answer(10, []), cache.generation)).toBe(false)
    cache.isActive = false
    expect(cache.set('dark', answer(10, ['x']), cache.generation)).toBe(false)
    expect(cache.get('late')).toBeUndefined()
  })
})

describe('cache key and bypass', () => {
  it('should key on sorted parameters, keep the order within one name, and include Accept-Language', () => {
    const a = cacheKey(new URL('http://x/api/articles?b=2&a=1&a=0'), null)
    expect(cacheKey(new URL('http://x/api/articles?a=1&b=2&a=0'), null)).toBe(a)
    expect(cacheKey(new URL('http://x/api/articles?a=0&b=2&a=1'), null)).not.toBe(a)
    expect(cacheKey(new URL('http://x/api/articles?b=2&a=1&a=0'), 'th')).not.toBe(a)
  })

  it('should bypass the cache for credentials, cookies, draft and GraphQL draft arguments', () => {
    const get = (url: string, headers: Record<string, string> = {}) => {
      const request = new Request(url, { headers })
      return isCacheableRequest(request, new URL(url))
    }
    expect(get('http://x/api/articles')).toBe(true)
    expect(get('http://x/api/articles', { Authorization: 'Bearer x' })).toBe(false)
    expect(get('http://x/api/articles', { Cookie: 'a=b' })).toBe(false)
    expect(get('http://x/api/articles?draft=false')).toBe(false)
    expect(get(`http://x/api/graphql?query=${encodeURIComponent('{ Articles(draft:true) { docs { id } } }')}`)).toBe(false)
  })
})

describe('feed query', () => {
  it('should name the parameter that is wrong', () => {
    expect(parseFeedQuery(new URLSearchParams('since=x'))).toMatchObject({ param: 'since' })
    expect(parseFeedQuery(new URLSearchParams('limit=0'))).toMatchObject({ param: 'limit' })
    expect(parseFeedQuery(new URLSearchParams('limit=101'))).toMatchObject({ param: 'limit' })
    expect(parseFeedQuery(new URLSearchParams('cursor=1'))).toMatchObject({ param: 'cursor' })
    expect(parseFeedQuery(new URLSearchParams('since=12&limit=5'))).toEqual({ since: 12n, limit: 5 })
    expect(parseFeedQuery(new URLSearchParams(''))).toEqual({ since: 0n, limit: 50 })
  })
})
