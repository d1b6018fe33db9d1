/**
 * CORS from CORS_ORIGINS (README "Delivery"): listed origins are echoed with credentials and
 * `Vary: Origin`, preflights get 204 with methods, headers and max-age; others get nothing.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../../helpers/payload'
import { createDeliveryClient } from './deliveryClient'

const LISTED = 'http://localhost:5173'
const UNLISTED = 'http://evil.example'

let payload: Payload
let client: ReturnType<typeof createDeliveryClient>
const previous = process.env.CORS_ORIGINS

beforeAll(async () => {
  // Read on every request, so a test can set it without restarting Payload.
  process.env.CORS_ORIGINS = `https://www.relief.example, ${LISTED}`
  payload = await getTestPayload()
  client = createDeliveryClient(payload.config)
})

afterAll(() => {
  if (previous === undefined) delete process.env.CORS_ORIGINS
  else process.env.CORS_ORIGINS = previous
})

describe('CORS', () => {
  it('should echo a listed origin on GET with credentials and Vary: Origin', async () => {
    const response = await client.request('GET', '/articles?depth=0', { Origin: LISTED })
    expect(response.status).toBe(200)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(LISTED)
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBe('true')
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('ETag')
    expect(response.headers.get('Vary')).toMatch(/\bOrigin\b/)
  })

  it('should give an unlisted origin no CORS headers at all', async () => {
    const response = await client.request('GET', '/articles?depth=0', { Origin: UNLISTED })
    expect(response.status).toBe(200)
    for (const name of ['Access-Control-Allow-Origin', 'Access-Control-Allow-Credentials', 'Access-Control-Allow-Methods']) {
      expect(response.headers.get(name), name).toBeNull()
    }
    // Still varies: a cache must not hand this answer to a listed origin.
    expect(response.headers.get('Vary')).toMatch(/\bOrigin\b/)
  })

  it('should answer a preflight from a listed origin with 204, methods, headers and max-age', async () => {
    const response = await client.request('OPTIONS', '/articles', {
      Origin: LISTED,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'authorization, content-type',
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(LISTED)
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBe('true')
    expect(response.headers.get('Access-Control-Allow-Methods')).toContain('GET')
    const allowedHeaders = response.headers.get('Access-Control-Allow-Headers')!.toLowerCase()
    expect(allowedHeaders).toContain('authorization')
    expect(allowedHeaders).toContain('content-type')
    expect(Number(response.headers.get('Access-Control-Max-Age'))).toBeGreaterThan(0)
    expect(await response.text()).toBe('')
  })

  it('should answer a preflight from an unlisted origin without any allow header', async () => {
    const response = await client.request('OPTIONS', '/articles', {
      Origin: UNLISTED,
      'Access-Control-Request-Method': 'GET',
    })
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(response.headers.get('Access-Control-Allow-Methods')).toBeNull()
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull()
  })

  it('should allow no origin when CORS_ORIGINS is empty', async () => {
    process.env.CORS_ORIGINS = ''
    try {
      const response = await client.request('GET', '/articles?depth=0', { Origin: LISTED })
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull()
    } finally {
      process.env.CORS_ORIGINS = `https://www.relief.example, ${LISTED}`
    }
  })
})
