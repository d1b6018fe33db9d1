import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { type Api, createApi } from '../../helpers/api'
import { createUser } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { outbox } from '@/lib/email'

// A small pool with every timeout off: a path that waits for a second connection while its
// transaction holds the first hangs here for good instead of being rescued by a timeout.
const POOL_SIZE = 5
Object.assign(process.env, {
  DATABASE_POOL_MAX: String(POOL_SIZE),
  DATABASE_CONNECTION_TIMEOUT_MS: '0',
  DATABASE_STATEMENT_TIMEOUT_MS: '0',
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0',
})

const BURST = 3 * POOL_SIZE
const ANSWER_WITHIN_MS = 20_000

let payload: Payload
let api: Api
let knownEmail: string

/** Resolves with the results, or rejects if any of them has not answered in time. */
const allWithin = <T>(promises: Promise<T>[], ms: number) =>
  Promise.race([
    Promise.all(promises),
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`not every request answered within ${ms} ms`)), ms).unref(),
    ),
  ])

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  knownEmail = (await createUser(payload, ['editor'])).email
})

describe('forgot password under a burst', () => {
  it('should answer a burst of REST requests for an unknown email with 200 on a pool of 5', async () => {
    const results = await allWithin(
      Array.from({ length: BURST }, () => api.rest('POST', '/users/forgot-password', { body: { email: 'nosuch@relief.test' } })),
      ANSWER_WITHIN_MS,
    )
    expect(results.map((result) => result.status)).toEqual(Array(BURST).fill(200))
  })

  it('should answer a burst of GraphQL requests, and send one email per interval for a known address', async () => {
    const before = outbox.filter((mail) => mail.to === knownEmail).length
    const started = Date.now()
    const results = await allWithin(
      Array.from({ length: BURST }, (_, index) =>
        index % 2
          ? api.graphql(`mutation { forgotPasswordUser(email: "${knownEmail.toUpperCase()}") }`)
          : api.rest('POST', '/users/forgot-password', { body: { email: knownEmail } }),
      ),
      ANSWER_WITHIN_MS,
    )
    for (const result of results) expect(result.status).toBe(200)
    // Payload's 15-second interval still holds: at most one mail per interval the burst took.
    // The mail leaves after the answer (so known and unknown emails take the same time).
    await vi.waitFor(() => expect(outbox.filter((mail) => mail.to === knownEmail).length).toBeGreaterThan(before), {
      timeout: 5_000,
    })
    const sent = outbox.filter((mail) => mail.to === knownEmail).length - before
    expect(sent).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 15_000))
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: knownEmail } }, showHiddenFields: true })
    expect(docs[0]?.resetPasswordToken).toMatch(/^[0-9a-f]{40}$/)
    expect(new Date(docs[0]!.resetPasswordExpiration!).getTime()).toBeGreaterThan(Date.now())
  })

  it('should answer a burst of a REST request with no email with a 400 naming the field', async () => {
    const results = await allWithin(
      Array.from({ length: BURST }, () => api.rest('POST', '/users/forgot-password', { body: {} })),
      ANSWER_WITHIN_MS,
    )
    for (const result of results) {
      expect(result.status).toBe(400)
      expect(JSON.stringify(result.json)).toContain('email')
    }
  })

  it('should let the emailed token reset the password', async () => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: knownEmail } }, showHiddenFields: true })
    const token = docs[0]!.resetPasswordToken!
    const reset = await api.rest('POST', '/users/reset-password', { body: { token, password: 'a-brand-new-password-1' } })
    expect(reset.status).toBe(200)
    await expect(api.login(knownEmail, 'a-brand-new-password-1')).resolves.toBeTypeOf('string')
  })
})
