import { describe, expect, it } from 'vitest'

import { publicCacheControl } from '@/delivery/cachePolicy'
import { editableResponse } from '@/delivery/editableResponse'

describe('editing a handler answer in place', () => {
  it('should edit the headers of a Response a handler built, without copying it or its body', async () => {
    const response = Response.json({ id: 1 }, { status: 200, headers: { 'Surrogate-Key': 'stale' } })
    const answer = editableResponse(response)
    expect(answer).toBe(response)
    expect(answer.headers.get('Surrogate-Key')).toBeNull()
    answer.headers.set('ETag', '"x"')
    expect(await answer.json()).toEqual({ id: 1 })
  })

  it('should copy a Response whose headers are immutable, keeping status, headers and body', async () => {
    const redirect = Response.redirect('http://localhost:3000/api/media/file/a.png', 302)
    expect(() => redirect.headers.set('X-Test', '1')).toThrow()
    const answer = editableResponse(redirect)
    expect(answer).not.toBe(redirect)
    expect(answer.status).toBe(302)
    expect(answer.headers.get('Location')).toBe('http://localhost:3000/api/media/file/a.png')
    answer.headers.set('Cache-Control', 'no-store')
    expect(answer.headers.get('Cache-Control')).toBe('no-store')
  })
})

describe('public Cache-Control', () => {
  it('should follow the settings it is given, also after answering with other ones', () => {
    expect(publicCacheControl(undefined, undefined, undefined)).toBe(
      'public, max-age=60, s-maxage=600, stale-while-revalidate=60',
    )
    expect(publicCacheControl('5', '50', '7')).toBe('public, max-age=5, s-maxage=50, stale-while-revalidate=7')
    expect(publicCacheControl('5', '50', '7')).toBe('public, max-age=5, s-maxage=50, stale-while-revalidate=7')
    expect(publicCacheControl('-1', 'x', '0')).toBe('public, max-age=60, s-maxage=600, stale-while-revalidate=0')
  })

  it('should take CACHE_MAX_AGE, CACHE_S_MAXAGE and CACHE_STALE_WHILE_REVALIDATE from the environment', () => {
    const previous = { ...process.env }
    try {
      process.env.CACHE_MAX_AGE = '11'
      process.env.CACHE_S_MAXAGE = '22'
      process.env.CACHE_STALE_WHILE_REVALIDATE = '33'
      expect(publicCacheControl()).toBe('public, max-age=11, s-maxage=22, stale-while-revalidate=33')
      // Read once per process: the header every anonymous answer carries stays the same.
      process.env.CACHE_MAX_AGE = '12'
      expect(publicCacheControl()).toBe('public, max-age=11, s-maxage=22, stale-while-revalidate=33')
    } finally {
      for (const name of ['CACHE_MAX_AGE', 'CACHE_S_MAXAGE', 'CACHE_STALE_WHILE_REVALIDATE']) {
        if (previous[name] === undefined) delete process.env[name]
        else process.env[name] = previous[name]
      }
    }
  })
})
