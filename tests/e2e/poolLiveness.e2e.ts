import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type OwnPostgres, type OwnServer, startOwnPostgres, startOwnServer } from './ownServer'

/**
 * Every route that writes or opens a transaction, hit with three times the pool size at once.
 * A code path that holds a transaction's connection while it waits for a second one leaves the
 * whole pool `idle in transaction` under such a burst, and the server never answers again.
 *
 * The server runs with the acquire, statement and idle-in-transaction timeouts switched off:
 * those defences would turn such a hang into 503s after a while and hide the path.
 */
const POOL_SIZE = 5
const BURST = 3 * POOL_SIZE
const ANSWER_WITHIN_MS = 30_000
const READ_WITHIN_MS = 1_000
const PASSWORD = 'relief-dev-password'

let db: OwnPostgres
let server: OwnServer
const tokens: Record<'admin' | 'editor' | 'reviewer', string> = { admin: '', editor: '', reviewer: '' }

type Call = { method: string; path: string; token?: string; body?: unknown; form?: () => FormData }
type Outcome = number | 'no answer'

const send = async ({ method, path, token, body, form }: Call): Promise<Outcome> => {
  const headers: Record<string, string> = {}
  if (token) headers.Authorization = `JWT ${token}`
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  try {
    const response = await fetch(`${server.baseURL}${path}`, {
      method,
      headers,
      body: form ? form() : body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    })
    await response.arrayBuffer()
    return response.status
  } catch {
    return 'no answer'
  }
}

const api = async (call: Call) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (call.token) headers.Authorization = `JWT ${call.token}`
  const response = await fetch(`${server.baseURL}${call.path}`, {
    method: call.method,
    headers,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  })
  const json = (await response.json().catch(() => undefined)) as any
  return { status: response.status, json }
}

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      },
    ],
  },
})

let counter = 0
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`

const contentData: Record<string, () => Record<string, unknown>> = {
  articles: () => ({
    title: `Burst article ${unique()}`,
    excerpt: 'A short excerpt for a burst test.',
    topics: ['sciatica'],
    body: paragraph('Gentle stretching can ease sciatic pain for some people.'),
  }),
  techniques: () => ({
    name: `Burst technique ${unique()}`,
    category: 'professional',
    targetAreas: ['glutes'],
    pressure: 'moderate',
    benefits: [{ benefit: 'Eases tension in the hip rotators' }],
    sessionMinutes: { min: 10, max: 20 },
  }),
  faqs: () => ({ question: `How long is a session ${unique()}?`, answer: paragraph('About an hour.'), topic: 'sciatica', order: 1 }),
  therapists: () => ({ name: `Burst Therapist ${unique()}`, headline: 'Licensed massage therapist', yearsOfExperience: 3 }),
  disclaimers: () => ({ title: `Burst disclaimer ${unique()}`, kind: 'medical', body: paragraph('Not medical advice.'), appliesTo: ['articles'] }),
}

const pngForm = (data: Record<string, unknown>) => () => {
  // A valid 1×1 PNG: the upload path (sharp, sizes, file write) runs for real.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  )
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `burst-${unique()}.png`)
  form.append('_payload', JSON.stringify(data))
  return form
}

const importForm = () => {
  const form = new FormData()
  const markdown = `# Burst import ${unique()}\n\nSlow, gentle pressure around the hip can ease tension.\n`
  form.append('files', new Blob([markdown], { type: 'text/markdown' }), `burst-${unique()}.md`)
  return form
}

/** Fires the same request BURST times at once; every one must answer, then a read must be quick. */
const burst = async (label: string, makeCall: (index: number) => Call) => {
  const outcomes = await Promise.all(Array.from({ length: BURST }, (_, index) => send(makeCall(index))))
  const unexpected = outcomes.filter((outcome) => outcome === 'no answer' || outcome >= 500 && outcome !== 503)
  expect(unexpected, `${label}: ${JSON.stringify(outcomes)}`).toEqual([])
  const started = Date.now()
  const read = await send({ method: 'GET', path: '/api/articles?limit=1&depth=0' })
  expect(read, `${label}: read after the burst`).toBe(200)
  expect(Date.now() - started, `${label}: read after the burst took too long`).toBeLessThan(READ_WITHIN_MS)
  return outcomes
}

const createAs = async (token: string, collection: string, data: Record<string, unknown>) => {
  const { status, json } = await api({ method: 'POST', path: `/api/${collection}`, token, body: data })
  if (status !== 201) throw new Error(`create ${collection}: ${status} ${JSON.stringify(json)}`)
  return json.doc as { id: number }
}

beforeAll(async () => {
  db = await startOwnPostgres()
  server = await startOwnServer(db, {
    DATABASE_POOL_MAX: String(POOL_SIZE),
    DATABASE_CONNECTION_TIMEOUT_MS: '0',
    DATABASE_STATEMENT_TIMEOUT_MS: '0',
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0',
  })
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    const { status, json } = await api({
      method: 'POST',
      path: '/api/users/login',
      body: { email: `${role}@relief.test`, password: PASSWORD },
    })
    if (status !== 200) throw new Error(`login ${role}: ${status}`)
    tokens[role] = json.token
  }
}, 600_000)

afterAll(async () => {
  await server?.stop()
  await db?.cleanup()
})

describe('a burst of three times the pool size', { timeout: 300_000 }, () => {
  it('should answer every forgot-password request for an unknown email and stay responsive', async () => {
    await burst('forgot-password unknown', () => ({
      method: 'POST',
      path: '/api/users/forgot-password',
      body: { email: 'nosuch@relief.test' },
    }))
  })

  it('should answer every auth request and stay responsive', async () => {
    const target = await createAs(tokens.admin, 'users', {
      email: `burst-${unique()}@relief.test`,
      name: 'Burst Target',
      password: PASSWORD,
      roles: ['editor'],
    })
    const targetEmail = (await api({ method: 'GET', path: `/api/users/${target.id}`, token: tokens.admin })).json.email
    await burst('forgot-password known', () => ({ method: 'POST', path: '/api/users/forgot-password', body: { email: targetEmail } }))
    await burst('login', () => ({ method: 'POST', path: '/api/users/login', body: { email: targetEmail, password: PASSWORD } }))
    await burst('login wrong password', () => ({
      method: 'POST',
      path: '/api/users/login',
      body: { email: targetEmail, password: 'not-the-password' },
    }))
    await burst('login unknown email', () => ({ method: 'POST', path: '/api/users/login', body: { email: 'nosuch@relief.test', password: 'x' } }))
    await burst('unlock', () => ({ method: 'POST', path: '/api/users/unlock', token: tokens.admin, body: { email: targetEmail } }))
    await burst('reset-password', () => ({
      method: 'POST',
      path: '/api/users/reset-password',
      body: { token: 'not-a-real-token', password: 'a-new-password-123' },
    }))
    await burst('first-register', () => ({
      method: 'POST',
      path: '/api/users/first-register',
      body: { email: `first-${unique()}@relief.test`, password: PASSWORD, name: 'First' },
    }))
    const sessions = await Promise.all(
      Array.from({ length: BURST }, async () =>
        (await api({ method: 'POST', path: '/api/users/login', body: { email: targetEmail, password: PASSWORD } })).json.token as string,
      ),
    )
    await burst('refresh-token', (index) => ({ method: 'POST', path: '/api/users/refresh-token', token: sessions[index] }))
    await burst('logout', (index) => ({ method: 'POST', path: '/api/users/logout', token: sessions[index] }))
    await burst('me', () => ({ method: 'GET', path: '/api/users/me', token: tokens.editor }))
  })

  it('should answer every create, update and delete on each collection and the global', async () => {
    for (const [collection, data] of Object.entries(contentData)) {
      const created = await burst(`create ${collection}`, () => ({ method: 'POST', path: `/api/${collection}`, token: tokens.editor, body: data() }))
      expect(created.filter((status) => status === 201).length, `create ${collection}: ${JSON.stringify(created)}`).toBeGreaterThan(0)
      const target = await createAs(tokens.editor, collection, data())
      await burst(`update ${collection}`, () => ({
        method: 'PATCH',
        path: `/api/${collection}/${target.id}`,
        token: tokens.editor,
        body: data(),
      }))
      const victims = await Promise.all(Array.from({ length: BURST }, () => createAs(tokens.admin, collection, data())))
      await burst(`delete ${collection}`, (index) => ({ method: 'DELETE', path: `/api/${collection}/${victims[index]!.id}`, token: tokens.admin }))
      await burst(`delete where ${collection}`, () => ({
        method: 'DELETE',
        path: `/api/${collection}?where[id][equals]=${target.id}`,
        token: tokens.admin,
      }))
    }

    await burst('create media', () => ({ method: 'POST', path: '/api/media', token: tokens.editor, form: pngForm({ alt: 'A burst image' }) }))
    const media = await Promise.all(
      Array.from({ length: BURST }, async () => {
        const response = await fetch(`${server.baseURL}/api/media`, {
          method: 'POST',
          headers: { Authorization: `JWT ${tokens.editor}` },
          body: pngForm({ alt: 'A burst image' })(),
          signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
        })
        return ((await response.json()) as { doc: { id: number } }).doc
      }),
    )
    await burst('update media', (index) => ({ method: 'PATCH', path: `/api/media/${media[index]!.id}`, token: tokens.editor, body: { alt: 'Changed alt' } }))
    await burst('delete media', (index) => ({ method: 'DELETE', path: `/api/media/${media[index]!.id}`, token: tokens.admin }))

    const users = await Promise.all(
      Array.from({ length: BURST }, () =>
        createAs(tokens.admin, 'users', { email: `u-${unique()}@relief.test`, name: 'Burst', password: PASSWORD }),
      ),
    )
    await burst('create users', () => ({
      method: 'POST',
      path: '/api/users',
      token: tokens.admin,
      body: { email: `c-${unique()}@relief.test`, name: 'Burst', password: PASSWORD },
    }))
    await burst('update users', (index) => ({ method: 'PATCH', path: `/api/users/${users[index]!.id}`, token: tokens.admin, body: { name: 'Renamed' } }))
    await burst('delete users', (index) => ({ method: 'DELETE', path: `/api/users/${users[index]!.id}`, token: tokens.admin }))

    const article = await createAs(tokens.editor, 'articles', contentData.articles!())
    await burst('lock a document', () => ({
      method: 'POST',
      path: '/api/payload-locked-documents',
      token: tokens.editor,
      body: { document: { relationTo: 'articles', value: article.id }, globalSlug: null },
    }))
    await burst('save preferences', (index) => ({
      method: 'POST',
      path: `/api/payload-preferences/burst-${index % 3}`,
      token: tokens.editor,
      body: { value: { columns: [] } },
    }))
    await burst('workflow-events create', () => ({ method: 'POST', path: '/api/workflow-events', token: tokens.admin, body: {} }))
    await burst('import-records create', () => ({ method: 'POST', path: '/api/import-records', token: tokens.admin, body: {} }))
    await burst('update site-settings', (index) => ({
      method: 'POST',
      path: '/api/globals/site-settings',
      token: tokens.admin,
      body: { reviewIntervalMonths: 6 + (index % 6) },
    }))
  })

  it('should answer every workflow action', { timeout: 600_000 }, async () => {
    const article = await createAs(tokens.editor, 'articles', contentData.articles!())
    const act = (action: string, token: string, extra: Record<string, unknown> = {}) =>
      burst(`workflow ${action}`, () => ({
        method: 'POST',
        path: `/api/articles/${article.id}/workflow`,
        token,
        body: { action, comment: 'Checked under load.', acknowledgeFindings: true, ...extra },
      }))
    // Walks the article through every action; whether each one is allowed in its state does
    // not matter here, only that every request gets an answer.
    await act('submit', tokens.editor)
    await act('withdraw', tokens.editor)
    await act('submit', tokens.editor)
    await act('request_changes', tokens.reviewer)
    await act('submit', tokens.editor)
    await act('approve', tokens.reviewer)
    await act('publish', tokens.editor)
    await act('reaffirm', tokens.reviewer)
    await act('unpublish', tokens.admin)
    await act('restore', tokens.editor)
  })

  it('should answer every workflow schedule, workflow read, import and claims check', { timeout: 600_000 }, async () => {
    const article = await createAs(tokens.editor, 'articles', contentData.articles!())
    await burst('workflow schedule', () => ({
      method: 'POST',
      path: `/api/articles/${article.id}/workflow/schedule`,
      token: tokens.editor,
      body: { action: 'publish', at: new Date(Date.now() + 3_600_000).toISOString() },
    }))
    await burst('workflow info', () => ({ method: 'GET', path: `/api/articles/${article.id}/workflow`, token: tokens.editor }))
    await burst('import', () => ({ method: 'POST', path: '/api/import', token: tokens.admin, form: importForm }))
    await burst('claims check', () => ({
      method: 'POST',
      path: '/api/medical-claims/check',
      token: tokens.editor,
      body: { text: 'This massage cures sciatica permanently and replaces surgery.' },
    }))
  })

  it('should answer every GraphQL mutation', async () => {
    const article = await createAs(tokens.editor, 'articles', contentData.articles!())
    const gql = (label: string, query: string, token?: string, variables: (index: number) => Record<string, unknown> = () => ({})) =>
      burst(`graphql ${label}`, (index) => ({
        method: 'POST',
        path: '/api/graphql',
        token,
        body: { query, variables: variables(index) },
      }))
    await gql('forgotPassword', 'mutation { forgotPasswordUser(email: "nosuch@relief.test") }')
    await gql('forgotPassword known', 'mutation { forgotPasswordUser(email: "editor@relief.test") }')
    await gql('login', `mutation { loginUser(email: "editor@relief.test", password: "${PASSWORD}") { token } }`)
    await gql('login wrong', 'mutation { loginUser(email: "nosuch@relief.test", password: "nope") { token } }')
    await gql('refresh', 'mutation { refreshTokenUser { refreshedToken } }', tokens.reviewer)
    await gql('unlock', 'mutation { unlockUser(email: "nosuch@relief.test") }', tokens.admin)
    await gql('resetPassword', 'mutation { resetPasswordUser(token: "nope", password: "another-pass-123") { token } }')
    await gql(
      'createArticle',
      'mutation ($data: mutationArticleInput!) { createArticle(data: $data) { id } }',
      tokens.editor,
      () => ({ data: { ...contentData.articles!(), slug: `gql-${unique()}`, workflowState: 'draft' } }),
    )
    await gql(
      'updateArticle',
      'mutation ($id: Int!, $data: mutationArticleUpdateInput!) { updateArticle(id: $id, data: $data) { id } }',
      tokens.editor,
      () => ({ id: article.id, data: { excerpt: `Changed ${unique()}` } }),
    )
    const victims = await Promise.all(Array.from({ length: BURST }, () => createAs(tokens.admin, 'faqs', contentData.faqs!())))
    await gql('deleteFaq', 'mutation ($id: Int!) { deleteFaq(id: $id) { id } }', tokens.admin, (index) => ({ id: victims[index]!.id }))
    await gql(
      'updateSiteSetting',
      'mutation { updateSiteSetting(data: { reviewIntervalMonths: 9 }) { reviewIntervalMonths } }',
      tokens.admin,
    )
    await gql(
      'workflowTransition',
      `mutation { workflowTransition(collection: articles, id: "${article.id}", action: "submit") { state } }`,
      tokens.editor,
    )
    await gql('logout', 'mutation { logoutUser }', tokens.reviewer)
  })
})
