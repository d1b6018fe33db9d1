/**
 * Issue 8 §2–3 on the production build (`next build` + `next start`): the worker pool starts
 * from the bundled server, oversized wording is refused, and GraphQL limits and the missing
 * field suggestions behave as in production.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'

const baseURL = inject('baseURL')
const PASSWORD = 'relief-dev-password'

const login = async (email: string) => {
  const response = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const graphql = async (query: string) => {
  const response = await fetch(`${baseURL}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  const text = await response.text()
  return { status: response.status, text, json: JSON.parse(text) as { errors?: { message: string }[]; data?: unknown } }
}

let adminToken: string
let editorToken: string

beforeAll(async () => {
  adminToken = await login('admin@relief.test')
  editorToken = await login('editor@relief.test')
})

describe('CPU-heavy work on the production build', () => {
  it('should check a text longer than the inline limit in the worker pool', async () => {
    const text = 'This routine is guaranteed to give permanent relief. Stretch gently.\n'.repeat(1_400)
    const response = await fetch(`${baseURL}/api/medical-claims/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
      body: JSON.stringify({ text }),
    })
    expect(response.status, await response.clone().text()).toBe(200)
    const { findings } = (await response.json()) as { findings: { ruleId: string }[] }
    expect(findings.length).toBeGreaterThanOrEqual(1_400)
  })

  it('should import a file parsed and converted in the worker pool, answering reads meanwhile', async () => {
    const paragraph = 'Slow pressure on the glutes eases a tight piriformis for many people. '.repeat(20)
    const form = new FormData()
    form.append('files', new Blob([`Glute care at home\n\n${paragraph}\n\n${paragraph}\n`]), 'glute-care.txt')
    form.append('files', new Blob([`Long notes\n\n${`${paragraph}\n\n`.repeat(700)}`]), 'long-notes.txt')
    let isImporting = true
    let readsDuringImport = 0
    const reads = (async () => {
      while (isImporting) {
        const read = await fetch(`${baseURL}/api/articles/count`)
        expect(read.status).toBe(200)
        if (isImporting) readsDuringImport += 1
      }
    })()
    const response = await fetch(`${baseURL}/api/import`, { method: 'POST', headers: { Authorization: `JWT ${adminToken}` }, body: form })
    isImporting = false
    await reads
    expect(response.status).toBe(200)
    const summary = (await response.json()) as { rows: { file: string; result: string; reason?: string }[] }
    expect(summary.rows.find((row) => row.file === 'glute-care.txt')).toMatchObject({ result: 'created' })
    // About 1 MB of text: parsed in the worker, then refused whole by the wording cap.
    expect(summary.rows.find((row) => row.file === 'long-notes.txt')).toMatchObject({
      result: 'failed',
      reason: expect.stringMatching(/over the limit of 300000/),
    })
    expect(readsDuringImport).toBeGreaterThan(0)
  })

  it('should refuse an editor article with a 1,000,000-character rich-text body with 413 naming "body"', async () => {
    const paragraph = { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'x'.repeat(10_000) }] }
    const response = await fetch(`${baseURL}/api/articles`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
      body: JSON.stringify({
        title: 'Too long',
        body: { root: { type: 'root', version: 1, children: Array.from({ length: 100 }, () => paragraph) } },
      }),
    })
    expect(response.status).toBe(413)
    const json = (await response.json()) as { errors: { data: { field: string } }[] }
    expect(json.errors[0]!.data.field).toBe('body')
  })
})

describe('GraphQL on the production build', () => {
  it('should not suggest field names ("Did you mean") in production', async () => {
    const res = await graphql('{ Articles { docs { titel } } }')
    expect(res.status).toBe(400)
    expect(res.json.errors?.map((error) => error.message)).toEqual(['Cannot query field "titel" on type "Article".'])
    expect(res.text).not.toMatch(/Did you mean/)
  })

  it('should refuse 500 aliases with 400 and answer a fragment cycle with a JSON 400', async () => {
    const aliases = await graphql(`{ ${Array.from({ length: 500 }, (_, i) => `a${i}: Articles(limit: 1) { totalDocs }`).join(' ')} }`)
    expect(aliases.status).toBe(400)
    expect(aliases.text).toMatch(/500 aliases; the limit is 20/)
    const cycle = await graphql('query { Articles { ...A } } fragment A on Articles { totalDocs ...B } fragment B on Articles { ...A }')
    expect(cycle.status).toBe(400)
    expect(cycle.json.errors?.map((error) => error.message)).toContain('Cannot spread fragment "A" within itself.')
  })
})
