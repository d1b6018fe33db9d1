/**
 * `POST /api/medical-claims/check` (docs/workflow.md, "Claims check") through Payload's real REST route handler.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Api, createApi } from '../../helpers/api'
import { createUser, PASSWORD } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'

const PATH = '/medical-claims/check'
const TEXT = 'Gentle stretching may ease tightness. This massage cures sciatica for good and is clinically proven. It cannot cure the cause.'

let payload: Payload
let api: Api
const tokens: Record<'admin' | 'editor' | 'reviewer' | 'reader', string> = {} as never

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  // The first user of a fresh database becomes an admin, so the admin comes first.
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    const user = await createUser(payload, [role])
    tokens[role] = await api.login(user.email, PASSWORD)
  }
  const reader = await createUser(payload, [])
  tokens.reader = await api.login(reader.email, PASSWORD)
})

describe('POST /api/medical-claims/check', () => {
  it('should answer 401 to an anonymous caller', async () => {
    const res = await api.rest('POST', PATH, { body: { text: TEXT } })
    expect(res.status).toBe(401)
    expect(res.json.errors[0].message).toMatch(/sign in/i)
  })

  it('should answer 403 to a signed-in user without a staff role', async () => {
    const res = await api.rest('POST', PATH, { token: tokens.reader, body: { text: TEXT } })
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toMatch(/staff/i)
  })

  it('should answer 400 naming "text" when text is missing, not a string, or the body is not JSON', async () => {
    for (const body of [{}, { text: 42 }, { text: null }, { text: ['cures'] }, { hasReferences: true }, []]) {
      const res = await api.rest('POST', PATH, { token: tokens.editor, body })
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.json.errors[0].message).toContain('text')
    }
    const notJson = await api.rest('POST', PATH, { token: tokens.editor, headers: { 'Content-Type': 'application/json' } })
    expect(notJson.status).toBe(400)
    expect(notJson.json.errors[0].message).toContain('text')
  })

  it('should answer 400 when hasReferences is not a boolean', async () => {
    const res = await api.rest('POST', PATH, { token: tokens.editor, body: { text: TEXT, hasReferences: 'yes' } })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toContain('hasReferences')
  })

  it('should answer 413 when text is longer than 100,000 characters', async () => {
    const res = await api.rest('POST', PATH, { token: tokens.editor, body: { text: 'a'.repeat(100_001) } })
    expect(res.status).toBe(413)
    expect(res.json.errors[0].message).toContain('text')
    const atLimit = await api.rest('POST', PATH, { token: tokens.editor, body: { text: 'a '.repeat(50_000) } })
    expect(atLimit.status).toBe(200)
    expect(atLimit.json.findings).toEqual([])
  })

  it('should return findings whose offsets point at the excerpt in the text sent', async () => {
    const res = await api.rest('POST', PATH, { token: tokens.editor, body: { text: TEXT } })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toContain('no-store')
    const { findings } = res.json
    expect(findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['cure-claim', 'clinically-proven'])
    for (const finding of findings) {
      expect(Object.keys(finding).sort()).toEqual([
        'confidence',
        'end',
        'excerpt',
        'kind',
        'locale',
        'message',
        'ruleId',
        'severity',
        'source',
        'start',
        'suggestion',
      ])
      expect(finding.source).toBe(`rule:${finding.ruleId}`)
      expect(finding.confidence).toBeGreaterThan(0)
      expect(finding.locale).toBe('en')
      expect(TEXT.slice(finding.start, finding.end)).toBe(finding.excerpt)
      expect(finding.severity).toBe('block')
      expect(finding.message).toBeTruthy()
      expect(finding.suggestion).toBeTruthy()
    }
    expect(findings[0]).toMatchObject({ excerpt: 'cures', start: TEXT.indexOf('cures'), end: TEXT.indexOf('cures') + 5 })
    expect(findings[1]).toMatchObject({ excerpt: 'clinically proven', start: TEXT.indexOf('clinically proven') })
    // "It cannot cure the cause." is negated: no finding there.
    expect(findings.some((f: { start: number }) => f.start >= TEXT.indexOf('It cannot'))).toBe(false)
  })

  it('should keep evidence findings when hasReferences is true: a list elsewhere supports no claim', async () => {
    const res = await api.rest('POST', PATH, { token: tokens.reviewer, body: { text: TEXT, hasReferences: true } })
    expect(res.status).toBe(200)
    expect(res.json.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['cure-claim', 'clinically-proven'])
  })

  it('should answer 400 naming "locale" for an unknown or non-string locale', async () => {
    for (const locale of ['fr', 42, ['th'], '']) {
      const res = await api.rest('POST', PATH, { token: tokens.editor, body: { text: TEXT, locale } })
      expect(res.status, JSON.stringify(locale)).toBe(400)
      expect(res.json.errors[0].message).toContain('locale')
    }
  })

  it('should check Thai text and return the kind, confidence and source of each finding in the locale sent', async () => {
    const text = 'การนวดรักษาอาการปวดร้าวลงขาให้หายขาดได้ ไม่ต้องผ่าตัดอีกต่อไป'
    const res = await api.rest('POST', PATH, { token: tokens.editor, body: { text, locale: 'th' } })
    expect(res.status).toBe(200)
    const kinds = res.json.findings.map((f: { kind: string }) => f.kind)
    expect(kinds).toContain('cure')
    expect(kinds).toContain('skip-care')
    for (const finding of res.json.findings) {
      expect(finding.locale).toBe('th')
      expect(finding.source).toMatch(/^(?:rule|model):/)
      expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt)
    }
  })

  it('should serve every staff role and find nothing in careful wording', async () => {
    for (const role of ['admin', 'editor', 'reviewer'] as const) {
      const res = await api.rest('POST', PATH, {
        token: tokens[role],
        body: { text: 'Gentle stretching may ease tightness for some people.' },
      })
      expect(res.status, role).toBe(200)
      expect(res.json).toEqual({ findings: [] })
    }
  })

  it('should not answer other methods', async () => {
    const res = await api.rest('GET', PATH, { token: tokens.editor })
    expect(res.status).toBe(404)
  })
})
