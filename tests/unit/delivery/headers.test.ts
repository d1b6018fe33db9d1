import { describe, expect, it } from 'vitest'

import { corsOrigins } from '@/delivery/corsOrigins'
import { matchesIfNoneMatch, strongEtag } from '@/delivery/etag'
import { isAuthenticatedRequest } from '@/delivery/isAuthenticatedRequest'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('delivery header helpers', () => {
  it('should give equal bodies equal strong ETags and different bodies different ones', () => {
    expect(strongEtag(bytes('{"a":1}'))).toBe(strongEtag(bytes('{"a":1}')))
    expect(strongEtag(bytes('{"a":1}'))).not.toBe(strongEtag(bytes('{"a":2}')))
    expect(strongEtag(bytes('x'))).toMatch(/^"[^W]/)
  })

  it('should match If-None-Match lists, weak forms and the wildcard', () => {
    const tag = strongEtag(bytes('body'))
    expect(matchesIfNoneMatch(tag, tag)).toBe(true)
    expect(matchesIfNoneMatch(`"other", W/${tag}`, tag)).toBe(true)
    expect(matchesIfNoneMatch('*', tag)).toBe(true)
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false)
    expect(matchesIfNoneMatch(null, tag)).toBe(false)
  })

  it('should read CORS_ORIGINS as a trimmed comma list with no origin by default', () => {
    expect(corsOrigins(undefined)).toEqual([])
    expect(corsOrigins('')).toEqual([])
    expect(corsOrigins(' http://localhost:5173/ ,https://www.relief.example,, ')).toEqual([
      'http://localhost:5173',
      'https://www.relief.example',
    ])
  })

  it('should treat any Authorization header or Payload session cookie as authenticated', () => {
    const request = (headers: Record<string, string>) => new Request('http://x/api/articles', { headers })
    expect(isAuthenticatedRequest(request({}))).toBe(false)
    expect(isAuthenticatedRequest(request({ Cookie: 'theme=dark; other-token=1' }))).toBe(false)
    expect(isAuthenticatedRequest(request({ Authorization: 'JWT abc' }))).toBe(true)
    expect(isAuthenticatedRequest(request({ Authorization: 'users API-Key abc' }))).toBe(true)
    expect(isAuthenticatedRequest(request({ Cookie: 'theme=dark; payload-token=abc' }))).toBe(true)
  })
})
