/**
 * `POST /api/medical-claims/check` with `citations` (docs/editor-findings.md): the editor sends the
 * body's text and where its links sit, and gets what the save will find, with offsets that point
 * at the words in the text it sent.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { lexicalTextMap } from '@/medical/editorFindings/lexicalTextMap'

import { type Api, createApi } from '../../helpers/api'
import { createUser, PASSWORD, richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'

const PATH = '/medical-claims/check'
const CLAIM = 'Deep tissue work is clinically proven to free a trapped nerve.'

type Finding = { ruleId: string; start: number; end: number; excerpt: string; severity: string }

let payload: Payload
let api: Api
let editorToken: string

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  await createUser(payload, ['admin'])
  const editor = await createUser(payload, ['editor'])
  editorToken = await api.login(editor.email, PASSWORD)
})

const check = (body: Record<string, unknown>) => api.rest('POST', PATH, { token: editorToken, body })

describe('POST /api/medical-claims/check with citations', () => {
  it('should treat a claim with a citation beside it as cited, and the same text without citations as not', async () => {
    const body = await richText(payload, `${CLAIM} See [the trial](https://example.org/trial).`)
    const { text, citations } = lexicalTextMap(body)
    expect(citations.length).toBe(1)
    const cited = await check({ text, citations })
    expect(cited.status).toBe(200)
    expect(cited.json.findings.map((finding: Finding) => finding.ruleId)).not.toContain('clinically-proven')
    const uncited = await check({ text })
    expect(uncited.status).toBe(200)
    expect(uncited.json.findings.map((finding: Finding) => finding.ruleId)).toContain('clinically-proven')
  })

  it('should find what the save stores for the same body, at offsets into the text sent', async () => {
    const body = await richText(
      payload,
      `Gentle strokes may ease tightness. This massage **cures** sciatica.\n\n${CLAIM} See [the trial](https://example.org/trial).\n\n- It works for everyone, every time.`,
    )
    const article = await payload.create({ collection: 'articles', data: { title: `Parity ${Date.now()}`, body } as never })
    const saved = ((article as { claims?: { findings?: (Finding & { path: string })[] } }).claims?.findings ?? []).filter(
      (finding) => finding.path === 'body',
    )
    const { text, citations } = lexicalTextMap(body)
    const res = await check({ text, citations, locale: 'en' })
    expect(res.status).toBe(200)
    const live: Finding[] = res.json.findings
    expect(live.map(({ ruleId, start, end }) => ({ ruleId, start, end }))).toEqual(
      saved.map(({ ruleId, start, end }) => ({ ruleId, start, end })),
    )
    expect(live.map((finding) => finding.ruleId)).toContain('cure-claim')
    for (const finding of live) expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt)
  })

  it('should answer 400 naming "citations" for a malformed list, and write nothing', async () => {
    const text = CLAIM
    const before = await payload.count({ collection: 'articles' })
    for (const citations of [
      'all of it',
      { start: 0, end: 3 },
      [{ start: -1, end: 3 }],
      [{ start: 0.5, end: 3 }],
      [{ start: 5, end: 2 }],
      [{ start: 0, end: text.length + 1 }],
      [{ start: '0', end: 3 }],
      [null],
      [[0, 3]],
      Array.from({ length: 5_001 }, () => ({ start: 0, end: 1 })),
    ]) {
      const res = await check({ text, citations })
      expect(res.status, JSON.stringify(citations).slice(0, 60)).toBe(400)
      expect(res.json.errors[0].message).toContain('citations')
    }
    expect(await payload.count({ collection: 'articles' })).toEqual(before)
  })

  it('should accept an empty or null citations list as none', async () => {
    for (const citations of [[], null]) {
      const res = await check({ text: CLAIM, citations })
      expect(res.status).toBe(200)
      expect(res.json.findings.map((finding: Finding) => finding.ruleId)).toContain('clinically-proven')
    }
  })
})
