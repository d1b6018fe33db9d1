/**
 * Lockout that a stranger cannot abuse, answers that do not tell which emails have accounts,
 * login CSRF, and changing one's own password (issue 8 §4 and §7; README "Operating Relief CMS").
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RATE_LIMITS } from '@/lib/rateLimit/limits'

import { type Api, createApi } from '../../helpers/api'
import { createUser, PASSWORD } from '../../helpers/fixtures'
import { getTestPayload } from '../../helpers/payload'

let payload: Payload
let api: Api
let admin: Awaited<ReturnType<typeof createUser>>
const saved = { multiplier: process.env.RATE_LIMIT_MULTIPLIER, trust: process.env.TRUST_PROXY, cors: process.env.CORS_ORIGINS }

const octet = () => Math.floor(Math.random() * 250) + 1
const newIp = () => `10.${octet()}.${octet()}.${octet()}`
const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  api.rest('POST', '/users/login', { headers, body: { email, password } })
const gqlLogin = async (email: string, password: string, headers: Record<string, string>) => {
  const { POST } = await import('@/app/(payload)/api/graphql/route')
  const response = await POST(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }',
        variables: { e: email, p: password },
      }),
    }),
  )
  return { status: response.status, headers: response.headers, json: (await response.json()) as any }
}

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(payload.config)
  admin = await createUser(payload, ['admin'])
  process.env.RATE_LIMIT_MULTIPLIER = '1'
  process.env.TRUST_PROXY = '1'
})

afterAll(() => {
  for (const [key, value] of [
    ['RATE_LIMIT_MULTIPLIER', saved.multiplier],
    ['TRUST_PROXY', saved.trust],
    ['CORS_ORIGINS', saved.cors],
  ] as const) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

// Liveness bounds: every admitted login pays a 600,000-iteration password hash on a shared machine.
describe('lockout', { timeout: 120_000 }, () => {
  it('should stop an attacker IP with 429 while the owner logs in from another IP', async () => {
    const victim = await createUser(payload, ['editor'], 'victim')
    const attacker = { 'X-Forwarded-For': newIp() }
    const statuses: number[] = []
    for (let attempt = 0; attempt < 12; attempt++) {
      statuses.push((await login(victim.email, 'wrong-password', attacker)).status)
    }
    const allowed = RATE_LIMITS.login.ipAccount!.points
    expect(statuses.slice(0, allowed).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(allowed).every((status) => status === 429)).toBe(true)
    // Even the right password from the attacker's IP waits: guessing stays throttled.
    const fromAttacker = await login(victim.email, PASSWORD, attacker)
    expect(fromAttacker.status).toBe(429)
    expect(Number(fromAttacker.headers.get('retry-after'))).toBeGreaterThan(0)

    const owner = await login(victim.email, PASSWORD, { 'X-Forwarded-For': newIp() })
    expect(owner.status).toBe(200)
    expect(owner.json.token).toBeTruthy()
  })

  it('should stop an attacker through GraphQL too, and let the owner in through GraphQL', async () => {
    const victim = await createUser(payload, ['reviewer'], 'gqlvictim')
    const attacker = { 'X-Forwarded-For': newIp() }
    const messages: string[] = []
    for (let attempt = 0; attempt < 8; attempt++) {
      const res = await gqlLogin(victim.email, 'wrong-password', attacker)
      messages.push(String(res.json.errors?.[0]?.message))
    }
    expect(messages.at(-1)).toMatch(/too many requests/i)
    const owner = await gqlLogin(victim.email, PASSWORD, { 'X-Forwarded-For': newIp() })
    expect(owner.json.data?.loginUser?.token).toBeTruthy()
  })

  it('should let only an admin lift the limits of an account', async () => {
    const victim = await createUser(payload, ['reviewer'], 'lockedout')
    const ip = { 'X-Forwarded-For': newIp() }
    for (let attempt = 0; attempt < 7; attempt++) await login(victim.email, 'wrong-password', ip)
    expect((await login(victim.email, PASSWORD, ip)).status).toBe(429)

    const editor = await createUser(payload, ['editor'])
    const editorToken = (await login(editor.email, PASSWORD, { 'X-Forwarded-For': newIp() })).json.token
    expect((await api.rest('POST', '/users/unlock', { token: editorToken, body: { email: victim.email } })).status).toBe(403)
    expect((await api.rest('POST', '/users/unlock', { body: { email: victim.email } })).status).toBe(403)
    expect((await login(victim.email, PASSWORD, ip)).status).toBe(429)

    const adminToken = (await login(admin.email, PASSWORD, { 'X-Forwarded-For': newIp() })).json.token
    expect((await api.rest('POST', '/users/unlock', { token: adminToken, body: { email: victim.email } })).status).toBe(200)
    expect((await login(victim.email, PASSWORD, ip)).status).toBe(200)
  })

  it('should forgive earlier typos from an IP once the owner signs in there', async () => {
    const owner = await createUser(payload, ['editor'], 'typo')
    const ip = { 'X-Forwarded-For': newIp() }
    const allowed = RATE_LIMITS.login.ipAccount!.points
    for (let attempt = 0; attempt < allowed - 1; attempt++) await login(owner.email, 'typo', ip)
    expect((await login(owner.email, PASSWORD, ip)).status).toBe(200)
    for (let attempt = 0; attempt < allowed - 1; attempt++) expect((await login(owner.email, 'typo', ip)).status).toBe(401)
  })

  it('should let a team sign in from one address past the per-IP limit while wrong guesses from it still run out', async () => {
    const ip = { 'X-Forwarded-For': newIp() }
    const perIp = RATE_LIMITS.login.ip!.points
    const team = await Promise.all(Array.from({ length: 4 }, (_, index) => createUser(payload, ['editor'], `office${index}`)))
    const signIns = perIp + 5
    for (let index = 0; index < signIns; index++) {
      const response = await login(team[index % team.length].email, PASSWORD, ip)
      expect(response.status, `sign-in ${index + 1} of ${signIns}`).toBe(200)
    }
    // Each guess names a different unknown account, so only the per-IP bucket can stop them.
    const guesses = []
    for (let index = 0; index <= perIp; index++) guesses.push((await login(`guess-${index}-${newIp()}@relief.test`, 'wrong', ip)).status)
    expect(guesses.slice(0, perIp).every((status) => status === 401), JSON.stringify(guesses)).toBe(true)
    expect(guesses[perIp]).toBe(429)
    // A success refunds only its own hit: the address stays stopped.
    expect((await login(team[0].email, PASSWORD, ip)).status).toBe(429)
  })
})

describe('no account enumeration', () => {
  it('should answer a wrong password and an unknown email with the same status and body', async () => {
    const known = await createUser(payload, ['editor'], 'known')
    const ip = { 'X-Forwarded-For': newIp() }
    const wrong = await login(known.email, 'wrong-password', ip)
    const unknown = await login(`nobody-${Math.random().toString(36).slice(2)}@relief.test`, 'wrong-password', ip)
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(wrong.status)
    expect(unknown.json).toEqual(wrong.json)
  })

  it('should answer forgot-password for a known and an unknown email with the same status and body', async () => {
    const known = await createUser(payload, ['editor'], 'forgetful')
    const a = await api.rest('POST', '/users/forgot-password', { headers: { 'X-Forwarded-For': newIp() }, body: { email: known.email } })
    const b = await api.rest('POST', '/users/forgot-password', {
      headers: { 'X-Forwarded-For': newIp() },
      body: { email: `nobody-${Math.random().toString(36).slice(2)}@relief.test` },
    })
    expect(a.status).toBe(200)
    expect(b.status).toBe(a.status)
    expect(b.json).toEqual(a.json)
    expect(b.text).toBe(a.text)
  })

  it('should still mail the reset link to a known email, after answering', async () => {
    const { outbox } = await import('@/lib/email')
    const known = await createUser(payload, ['editor'], 'mailed')
    await api.rest('POST', '/users/forgot-password', { headers: { 'X-Forwarded-For': newIp() }, body: { email: known.email } })
    const deadline = Date.now() + 10_000
    while (!outbox.some((mail) => mail.to === known.email) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(outbox.some((mail) => mail.to === known.email)).toBe(true)
  })

  it('should answer 400 naming the field when forgot-password has no email', async () => {
    const res = await api.rest('POST', '/users/forgot-password', { headers: { 'X-Forwarded-For': newIp() }, body: {} })
    expect(res.status).toBe(400)
    expect(res.text).toMatch(/email/)
  })
})

describe('login CSRF', { timeout: 60_000 }, () => {
  it('should refuse a cross-origin JSON login with 403 and no cookie', async () => {
    const res = await login(admin.email, PASSWORD, { Origin: 'https://evil.example', 'X-Forwarded-For': newIp() })
    expect(res.status).toBe(403)
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(res.json?.token).toBeUndefined()
  })

  it('should refuse a cross-origin multipart login with 403 and no cookie', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ email: admin.email, password: PASSWORD }))
    const res = await api.rest('POST', '/users/login', {
      form,
      headers: { Origin: 'https://evil.example', 'X-Forwarded-For': newIp() },
    })
    expect(res.status).toBe(403)
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('should refuse a cross-origin GraphQL login', async () => {
    const res = await gqlLogin(admin.email, PASSWORD, { Origin: 'https://evil.example', 'X-Forwarded-For': newIp() })
    expect(res.json.data?.loginUser?.token ?? null).toBeNull()
    expect(res.json.errors[0].extensions.statusCode).toBe(403)
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('should let the same origin, a listed origin and clients without Origin log in', async () => {
    const same = await login(admin.email, PASSWORD, { Origin: 'http://localhost:3000', 'X-Forwarded-For': newIp() })
    expect(same.status).toBe(200)
    expect(same.headers.get('set-cookie')).toMatch(/payload-token=/)
    expect((await login(admin.email, PASSWORD, { 'X-Forwarded-For': newIp() })).status).toBe(200)
    process.env.CORS_ORIGINS = 'https://site.relief.test, https://other.relief.test'
    expect((await login(admin.email, PASSWORD, { Origin: 'https://site.relief.test', 'X-Forwarded-For': newIp() })).status).toBe(200)
  })
})

describe('changing one own password', { timeout: 60_000 }, () => {
  const patchSelf = async (data: Record<string, unknown>) => {
    const user = await createUser(payload, ['editor'], 'selfchange')
    const token = (await login(user.email, PASSWORD, { 'X-Forwarded-For': newIp() })).json.token
    return { user, res: await api.rest('PATCH', `/users/${user.id}`, { token, body: data }) }
  }

  it('should answer 400 naming currentPassword when it is missing, and keep the old password', async () => {
    const { user, res } = await patchSelf({ password: 'brand-new-password-1' })
    expect(res.status).toBe(400)
    expect(res.text).toMatch(/currentPassword/)
    expect((await login(user.email, PASSWORD, { 'X-Forwarded-For': newIp() })).status).toBe(200)
  })

  it('should answer 400 naming currentPassword when it is wrong', async () => {
    const { res } = await patchSelf({ password: 'brand-new-password-1', currentPassword: 'not-it' })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0].path).toBe('currentPassword')
  })

  it('should change the password when the current one is given', async () => {
    const { user, res } = await patchSelf({ password: 'brand-new-password-1', currentPassword: PASSWORD })
    expect(res.status).toBe(200)
    expect((await login(user.email, 'brand-new-password-1', { 'X-Forwarded-For': newIp() })).status).toBe(200)
  })

  it('should change the password from the admin account form (multipart, current password in its own field) and never return it', async () => {
    const user = await createUser(payload, ['editor'], 'formchange')
    const token = (await login(user.email, PASSWORD, { 'X-Forwarded-For': newIp() })).json.token
    const form = new FormData()
    form.set('_payload', JSON.stringify({ name: 'formchange', password: 'form-new-password-1', currentPassword: PASSWORD }))
    const res = await api.rest('PATCH', `/users/${user.id}`, { token, form })
    expect(res.status).toBe(200)
    expect(JSON.stringify(res.json)).not.toContain(PASSWORD)
    expect(res.json.doc.currentPassword ?? null).toBeNull()
    const newToken = (await login(user.email, 'form-new-password-1', { 'X-Forwarded-For': newIp() })).json.token
    const me = await api.rest('GET', `/users/${user.id}`, { token: newToken })
    expect(me.json.currentPassword ?? null).toBeNull()
  })

  it('should refuse a self-service change through GraphQL without the current password', async () => {
    const user = await createUser(payload, ['reviewer'], 'gqlself')
    const token = (await login(user.email, PASSWORD, { 'X-Forwarded-For': newIp() })).json.token
    const res = await api.graphql(
      `mutation($id: Int!) { updateUser(id: $id, data: { password: "brand-new-password-2" }) { id } }`,
      { id: user.id },
      token,
    )
    expect(JSON.stringify(res.json.errors)).toMatch(/currentPassword/)
    expect((await login(user.email, PASSWORD, { 'X-Forwarded-For': newIp() })).status).toBe(200)
  })

  it("should let an admin set someone else's password without theirs", async () => {
    const user = await createUser(payload, ['editor'], 'resetbyadmin')
    const adminToken = (await login(admin.email, PASSWORD, { 'X-Forwarded-For': newIp() })).json.token
    const res = await api.rest('PATCH', `/users/${user.id}`, { token: adminToken, body: { password: 'set-by-admin-123' } })
    expect(res.status).toBe(200)
    expect((await login(user.email, 'set-by-admin-123', { 'X-Forwarded-For': newIp() })).status).toBe(200)
  })

  it('should ask an admin for the current password when changing their own', async () => {
    const adminToken = (await login(admin.email, PASSWORD, { 'X-Forwarded-For': newIp() })).json.token
    const res = await api.rest('PATCH', `/users/${admin.id}`, { token: adminToken, body: { password: 'admin-new-123' } })
    expect(res.status).toBe(400)
    expect(res.text).toMatch(/currentPassword/)
  })
})
