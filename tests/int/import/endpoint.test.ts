import fs from 'node:fs'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Api, createApi } from '../../helpers/api'
import { createUser, PASSWORD } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'
import { countAll, fixture, latestArticle, plainText } from './helpers'

let payload: Payload
let api: Api
const tokens: Record<'admin' | 'editor' | 'reviewer', string> = { admin: '', editor: '', reviewer: '' }

const form = (files: [name: string, content: string | Uint8Array][], fields: Record<string, string> = {}) => {
  const data = new FormData()
  for (const [name, content] of files) data.append('files', new Blob([content as BlobPart]), name)
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

const markdown = (title: string) => `# ${title}\n\nA short walk loosens the lower back.\n\n## Try this\n\n- Walk\n- Rest\n`

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    const user = await createUser(payload, [role], role)
    tokens[role] = await api.login(user.email, PASSWORD)
  }
}, 60_000)

describe('POST /api/import', () => {
  it('should answer 401 to anonymous callers and 403 to editors and reviewers, writing nothing', async () => {
    const before = await countAll(payload)
    const files = form([['walk.md', markdown('Walking Helps')]])
    expect((await api.rest('POST', '/import', { form: files })).status).toBe(401)
    const editor = await api.rest('POST', '/import', { token: tokens.editor, form: form([['walk.md', markdown('Walking Helps')]]) })
    expect(editor.status).toBe(403)
    expect(editor.json.errors[0].message).toMatch(/admins/)
    const reviewer = await api.rest('POST', '/import', { token: tokens.reviewer, form: form([['walk.md', markdown('Walking Helps')]]) })
    expect(reviewer.status).toBe(403)
    expect(await countAll(payload)).toEqual(before)
  })

  it('should answer 400 when there are no files', async () => {
    const empty = await api.rest('POST', '/import', { token: tokens.admin, form: form([], { dryRun: 'true' }) })
    expect(empty.status).toBe(400)
    expect(empty.json.errors[0]).toMatchObject({ message: expect.stringMatching(/No files/), data: { field: 'files' } })
    const json = await api.rest('POST', '/import', { token: tokens.admin, body: { files: [] } })
    expect(json.status).toBe(400)
    const textInstead = new FormData()
    textInstead.append('files', 'not a file')
    expect((await api.rest('POST', '/import', { token: tokens.admin, form: textInstead })).status).toBe(400)
  })

  it('should answer 400 for an unknown locale, author or dryRun value', async () => {
    const cases: Record<string, string>[] = [{ locale: 'fr' }, { author: 'no-such-therapist' }, { dryRun: 'maybe' }]
    for (const fields of cases) {
      const res = await api.rest('POST', '/import', { token: tokens.admin, form: form([['x.md', markdown('X')]], fields) })
      expect(res.status, JSON.stringify(fields)).toBe(400)
      expect(res.json.errors[0].data.field).toBe(Object.keys(fields)[0])
    }
  })

  it('should import several files for an admin and return the summary with per-file errors', async () => {
    const res = await api.rest('POST', '/import', {
      token: tokens.admin,
      form: form([
        ['glute-release.html', fs.readFileSync(fixture('glute-release.html'))],
        ['broken.txt', Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x00, 0x01])],
        ['walk.md', markdown('Walking Helps')],
      ]),
    })
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ dryRun: false, locale: 'en', totals: { created: 2, updated: 0, unchanged: 0, failed: 1 } })
    const [html, broken, walk] = res.json.rows
    expect(html).toMatchObject({ file: 'glute-release.html', result: 'created', faqs: 2, disclaimers: 1 })
    expect(broken).toMatchObject({ file: 'broken.txt', result: 'failed', reason: expect.stringMatching(/binary/) })
    expect(walk).toMatchObject({ file: 'walk.md', result: 'created', title: 'Walking Helps' })
    const article = await latestArticle(payload, walk.articleId)
    expect(article.workflowState).toBe('draft')
    expect(article.claims.checkedAt).toBeTruthy()
    expect(plainText(article.body)).toContain('A short walk loosens the lower back.')
    const stored = JSON.stringify(await latestArticle(payload, html.articleId))
    expect(stored).not.toMatch(/<script|onclick|javascript:/)
    const { docs } = await payload.find({ collection: 'import-records', where: { sourcePath: { equals: 'upload:walk.md' } } })
    expect(docs).toHaveLength(1)
  })

  it('should treat a re-upload by file name as the same source', async () => {
    const again = await api.rest('POST', '/import', { token: tokens.admin, form: form([['walk.md', markdown('Walking Helps')]]) })
    expect(again.json.rows[0]).toMatchObject({ result: 'unchanged' })
    const changed = await api.rest('POST', '/import', { token: tokens.admin, form: form([['walk.md', markdown('Walking Helps More')]]) })
    expect(changed.json.rows[0]).toMatchObject({ result: 'updated', title: 'Walking Helps More' })
  })

  it('should write nothing when dryRun is set', async () => {
    const before = await countAll(payload)
    const res = await api.rest('POST', '/import', { token: tokens.admin, form: form([['dry.md', markdown('Dry Run Only')]], { dryRun: 'true' }) })
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ dryRun: true, totals: { created: 1 } })
    expect(res.json.rows[0].details.faqs).toEqual([])
    expect(await countAll(payload)).toEqual(before)
  })

  it('should hide the import records from everyone but admins', async () => {
    expect((await api.rest('GET', '/import-records', { token: tokens.editor })).status).toBe(403)
    expect((await api.rest('GET', '/import-records')).status).toBe(403)
    const admin = await api.rest('GET', '/import-records', { token: tokens.admin })
    expect(admin.status).toBe(200)
    expect(admin.json.totalDocs).toBeGreaterThan(0)
  })
})
