/**
 * The claims check on save (issue 13): evidence counts only when a citation sits beside the
 * claim, and Thai wording of every document is checked in its own locale.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'

type Finding = { ruleId: string; kind: string; locale?: string; path: string; source: string; confidence: number }

const CLAIM = 'Deep tissue work is clinically proven to free a trapped nerve.'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const findingsOf = (doc: unknown) => ((doc as { claims?: { findings?: Finding[] } }).claims?.findings ?? []) as Finding[]

describe('claims check on saved documents', () => {
  it('should flag an unsupported evidence claim although the article has an unrelated References entry', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: `Evidence ${Date.now()}`,
        body: await richText(payload, CLAIM),
        references: [{ title: 'A guide to desk posture', url: 'https://example.org/posture' }],
      } as never,
    })
    const findings = findingsOf(article)
    expect(findings.map((finding) => finding.ruleId)).toContain('clinically-proven')
    const finding = findings.find((candidate) => candidate.ruleId === 'clinically-proven')
    expect(finding).toMatchObject({ kind: 'unreferenced-evidence', locale: 'en', path: 'body', source: 'rule:clinically-proven' })
  })

  it('should accept a link placed beside the claim as its citation', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: {
        title: `Linked evidence ${Date.now()}`,
        body: await richText(payload, `${CLAIM} See [the trial](https://example.org/trial).`),
      } as never,
    })
    expect(findingsOf(article).map((finding) => finding.ruleId)).not.toContain('clinically-proven')
  })

  it('should check the Thai locale of a document and say so on its findings', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: `Thai ${Date.now()}`, body: await richText(payload, 'Gentle stretching may ease tightness for some people.') } as never,
    })
    expect(findingsOf(article)).toEqual([])
    const thai = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'th',
      data: { title: 'นวดแก้ปวดหลัง', body: await richText(payload, 'การนวดรักษาอาการปวดร้าวลงขาให้หายขาดได้') } as never,
    })
    const findings = findingsOf(thai)
    expect(findings.some((finding) => finding.locale === 'th' && finding.kind === 'cure' && finding.path === 'body')).toBe(true)
    expect((thai as { claims?: { blockingCount?: number } }).claims?.blockingCount).toBeGreaterThan(0)
    // A later save in English still reports the stored Thai wording.
    const english = await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { excerpt: 'What sciatica is.' } as never,
    })
    expect(findingsOf(english).some((finding) => finding.locale === 'th' && finding.kind === 'cure')).toBe(true)
  })
})
