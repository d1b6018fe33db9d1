/**
 * Rate limits (README "Operating Relief CMS") with the real limiter and its production numbers: login, forgot and
 * reset password, GraphQL, the claims check and the importer answer 429 with Retry-After.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { POST as graphqlRoute } from '@/app/(payload)/api/graphql/route'
import { RATE_LIMITS } from '@/lib/rateLimit/limits'

import { type Api, createApi } from '../../helpers/api'
import { createUser, PASSWORD } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload
let api: Api
const tokens: Record<'admin' | 'editor', string> = {} as never
const saved = { multiplier: process.env.RATE_LIMIT_MULTIPLIER, trust: process.env.TRUST_PROXY }

const octet = () => Math.floor(Math.random() * 250) + 1
const newIp = () => `10.${octet()}.${octet()}.${octet()}`
const fromIp = (ip: string) => ({ 'X-Forwarded-For': ip })

/** Runs `count` calls, `concurrency` at a time, and returns their results in order. */
const flood = async <T>(count: number, concurrency: number, call: (index: number) => Promise<T>) => {
  const results: T[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++
        results[index] = await call(index)
      }
    }),
  )
  return results
}

const expectThrottled = (responses: { status: number; headers: Headers }[], allowed: number) => {
  const limited = responses.filter((res) => res.status === 429)
  expect(responses.length - limited.length).toBe(allowed)
  expect(limited.length).toBe(responses.length - allowed)
  for (const res of limited) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  // The first user of a fresh database becomes an admin, so the admin comes first.
  for (const role of ['admin', 'editor'] as const) {
    const user = await createUser(payload, [role])
    tokens[role] = await api.login(user.email, PASSWORD)
  }
  process.env.RATE_LIMIT_MULTIPLIER = '1'
  process.env.TRUST_PROXY = '1'
})

afterAll(() => {
  for (const [key, value] of [
    ['RATE_LIMIT_MULTIPLIER', saved.multiplier],
    ['TRUST_PROXY', saved.trust],
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

// Liveness bounds: every admitted login pays a 600,000-iteration password hash on a shared machine.
describe('rate limits', { timeout: 120_000 }, () => {
  it('should throttle 100 logins at concurrency 10 from one IP, with 429 and Retry-After', async () => {
    const ip = newIp()
    const responses = await flood(100, 10, (i) =>
      api.rest('POST', '/users/login', {
        headers: fromIp(ip),
        body: { email: `nobody-${i}@relief.test`, password: 'wrong-password' },
      }),
    )
    expectThrottled(responses, RATE_LIMITS.login.ip!.points)
    expect(responses.find((res) => res.status === 429)?.json.errors[0].message).toMatch(/too many requests/i)
  })

  it('should throttle 100 forgot-password requests at concurrency 10 from one IP', async () => {
    const ip = newIp()
    const responses = await flood(100, 10, (i) =>
      api.rest('POST', '/users/forgot-password', { headers: fromIp(ip), body: { email: `nobody-${i}@relief.test` } }),
    )
    expectThrottled(responses, RATE_LIMITS.forgotPassword.ip!.points)
  })

  it('should throttle forgot-password per email across IPs', async () => {
    const email = `someone-${Math.random().toString(36).slice(2)}@relief.test`
    const responses = await flood(10, 5, () =>
      api.rest('POST', '/users/forgot-password', { headers: fromIp(newIp()), body: { email } }),
    )
    expectThrottled(responses, RATE_LIMITS.forgotPassword.account!.points)
  })

  it('should throttle reset-password from one IP', async () => {
    const ip = newIp()
    const responses = await flood(30, 10, (i) =>
      api.rest('POST', '/users/reset-password', {
        headers: fromIp(ip),
        body: { token: `not-a-token-${i}`, password: 'new-password-123' },
      }),
    )
    expect(responses.filter((res) => res.status === 429).length).toBeGreaterThan(0)
    expect(responses.every((res) => res.status !== 200 && res.status < 500)).toBe(true)
  })

  it('should throttle 100 GraphQL requests at concurrency 10 from one IP at the route', async () => {
    const ip = newIp()
    const responses = await flood(100, 10, () =>
      graphqlRoute(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...fromIp(ip) },
          body: JSON.stringify({ query: '{ Articles(limit: 1) { totalDocs } }' }),
        }),
      ),
    )
    expectThrottled(responses, RATE_LIMITS.graphql.ip!.points)
    const limited = responses.find((res) => res.status === 429)!
    expect(((await limited.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/too many/i)
  })

  it('should throttle GraphQL per signed-in user across IPs', async () => {
    const responses = await flood(RATE_LIMITS.graphql.account!.points + 10, 10, () =>
      graphqlRoute(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.editor}`, ...fromIp(newIp()) },
          body: JSON.stringify({ query: '{ Articles(limit: 1) { totalDocs } }' }),
        }),
      ),
    )
    expectThrottled(responses, RATE_LIMITS.graphql.account!.points)
  })

  it('should throttle claims checks past the limit at concurrency 10, signed in or not', async () => {
    const ip = newIp()
    const responses = await flood(RATE_LIMITS.claimsCheck.ip!.points + 10, 10, (i) =>
      api.rest('POST', '/medical-claims/check', {
        headers: fromIp(ip),
        token: i % 2 === 0 ? tokens.editor : undefined,
        body: { text: 'Stretching may ease tightness.' },
      }),
    )
    expectThrottled(responses, RATE_LIMITS.claimsCheck.ip!.points)
    expect(responses.some((res) => res.status === 200)).toBe(true)
  })

  it('should throttle the importer per IP', async () => {
    const ip = newIp()
    const responses = await flood(RATE_LIMITS.import.ip!.points + 5, 5, () => {
      const form = new FormData()
      form.append('dryRun', 'true')
      return api.rest('POST', '/import', { headers: fromIp(ip), token: tokens.admin, form })
    })
    expectThrottled(responses, RATE_LIMITS.import.ip!.points)
    expect(responses.some((res) => res.status === 429 && /too many/i.test(res.text))).toBe(true)
  })

  it('should not throttle another IP when one IP is throttled', async () => {
    const noisy = newIp()
    await flood(RATE_LIMITS.login.ip!.points + 1, 5, (i) =>
      api.rest('POST', '/users/login', { headers: fromIp(noisy), body: { email: `x${i}@relief.test`, password: 'x' } }),
    )
    const quiet = await api.rest('POST', '/users/login', {
      headers: fromIp(newIp()),
      body: { email: 'nobody@relief.test', password: 'x' },
    })
    expect(quiet.status).toBe(401)
  })

  it('should take the client from the right end of X-Forwarded-For behind a trusted proxy', async () => {
    const realClient = newIp()
    // A client writes a different "address" into the header each time; the proxy appends the real one.
    const responses = await flood(RATE_LIMITS.login.ip!.points + 5, 5, (i) =>
      api.rest('POST', '/users/login', {
        headers: { 'X-Forwarded-For': `203.0.113.${i}, ${realClient}` },
        body: { email: `spoof-${i}@relief.test`, password: 'wrong-password' },
      }),
    )
    expectThrottled(responses, RATE_LIMITS.login.ip!.points)
  })
})
