import { afterEach, describe, expect, it } from 'vitest'

import { isCookieSecure } from '@/lib/auth/isCookieSecure'
import { clientIp } from '@/lib/rateLimit/clientIp'
import { limitsFor } from '@/lib/rateLimit/limits'

const saved = { ...process.env }
afterEach(() => {
  for (const key of ['TRUST_PROXY', 'RATE_LIMITS', 'RATE_LIMIT_MULTIPLIER']) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
})

describe('auth cookies', () => {
  it('should mark cookies Secure in production', () => {
    expect(isCookieSecure({ NODE_ENV: 'production' } as NodeJS.ProcessEnv)).toBe(true)
  })
  it('should let COOKIE_SECURE=false opt out for a plain-http production run', () => {
    expect(isCookieSecure({ NODE_ENV: 'production', COOKIE_SECURE: 'false' } as NodeJS.ProcessEnv)).toBe(false)
  })
  it('should not mark cookies Secure in development unless asked', () => {
    expect(isCookieSecure({ NODE_ENV: 'development' } as NodeJS.ProcessEnv)).toBe(false)
    expect(isCookieSecure({ NODE_ENV: 'development', COOKIE_SECURE: 'true' } as NodeJS.ProcessEnv)).toBe(true)
  })
})

describe('client IP', () => {
  const headers = (xff: string) => new Headers({ 'x-forwarded-for': xff })
  it('should take the entry that the trusted proxies appended', () => {
    process.env.TRUST_PROXY = '2'
    expect(clientIp(headers('6.6.6.6, 1.2.3.4, 10.0.0.1'))).toBe('1.2.3.4')
    process.env.TRUST_PROXY = 'true'
    expect(clientIp(headers('6.6.6.6, 1.2.3.4'))).toBe('1.2.3.4')
  })
  it('should use the address next start records when no proxy is trusted', () => {
    delete process.env.TRUST_PROXY
    expect(clientIp(headers('1.2.3.4'))).toBe('1.2.3.4')
    expect(clientIp(new Headers())).toBe('unknown')
  })
})

describe('limits as data', () => {
  it('should merge RATE_LIMITS over the table and scale by RATE_LIMIT_MULTIPLIER', () => {
    process.env.RATE_LIMIT_MULTIPLIER = '1'
    process.env.RATE_LIMITS = JSON.stringify({ graphql: { ip: { points: 600 } } })
    expect(limitsFor('graphql').ip).toEqual({ points: 600, windowSeconds: 60 })
    process.env.RATE_LIMIT_MULTIPLIER = '3'
    expect(limitsFor('login').ipAccount?.points).toBe(15)
  })
})
