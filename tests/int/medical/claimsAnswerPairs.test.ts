/**
 * `POST /api/medical-claims/check` on an FAQ question and its answer (faqPairs.ts): the finding
 * marks the answer, so the editor's highlight (start/end) falls on the words that make the claim.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Api, createApi } from '../../helpers/api'
import { createUser, PASSWORD } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'

const PATH = '/medical-claims/check'

let payload: Payload
let api: Api
let token: string

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  const user = await createUser(payload, ['editor'])
  token = await api.login(user.email, PASSWORD)
})

describe('POST /api/medical-claims/check with FAQ pairs', () => {
  it("should mark the answer that affirms its question's claim, with offsets and excerpt on the answer", async () => {
    const text = 'Opening hours are on the contact page.\nIs this the best treatment for a torn disc?\nWithout a doubt.'
    const res = await api.rest('POST', PATH, { token, body: { text, locale: 'en' } })
    expect(res.status).toBe(200)
    const findings = res.json.findings as Array<{ start: number; end: number; excerpt: string; kind: string; source: string }>
    expect(findings).toHaveLength(1)
    const [finding] = findings
    expect(finding.kind).toBe('superlative')
    expect(finding.source).toMatch(/^answer:/)
    expect(text.slice(finding.start, finding.end)).toBe('Without a doubt.')
    expect(finding.excerpt).toBe('Without a doubt.')
  })

  it('should find nothing when the answer says no to the claim', async () => {
    const text = 'Is this the best treatment for a torn disc?\nNo, and nobody can promise one treatment suits everyone.'
    const res = await api.rest('POST', PATH, { token, body: { text, locale: 'en' } })
    expect(res.status).toBe(200)
    expect(res.json.findings).toEqual([])
  })
})
