/**
 * `npx tsx --conditions=production bench/authTiming.bench.ts [--rounds 30]`
 *
 * Do login and forgot-password tell, by their timing, whether an email has an account?
 * Starts a throwaway embedded PostgreSQL, migrates it, creates one user and calls Payload's
 * real REST route handler in process, interleaving a known and an unknown email each round
 * (each request from its own address, limits scaled out of the way). Prints medians and the
 * known/unknown ratio, plus a same-run reference: Payload's own forgot-password operation
 * (Local API, which our endpoint replaces on REST) for the same two emails.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { parseArgs, promisify } from 'node:util'
import pg from 'pg'

import { startThrowawayServer, withDatabase } from '../tests/helpers/throwawayDatabase'

const run = promisify(execFile)
const { values } = parseArgs({ options: { rounds: { type: 'string', default: '30' } } })
const rounds = Number(values.rounds)
const env = { NODE_ENV: 'test' as const, PAYLOAD_SECRET: 'relief-bench-secret', RATE_LIMIT_MULTIPLIER: '100000' }

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const fmt = (ms: number) => ms.toFixed(1)

const { serverUrl, stop } = await startThrowawayServer()
try {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query('DROP DATABASE IF EXISTS bench_auth')
  await admin.query('CREATE DATABASE bench_auth')
  await admin.end()
  const databaseUrl = withDatabase(serverUrl, 'bench_auth')
  await run(path.resolve('node_modules/.bin/tsx'), ['--conditions=production', 'src/bin/prepare.ts'], {
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl },
  })
  Object.assign(process.env, env, { DATABASE_URL: databaseUrl })

  const { getPayload } = await import('payload')
  const { REST_POST } = await import('@payloadcms/next/routes')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  const post = REST_POST(config)
  const known = 'known-user@relief.test'
  await payload.create({ collection: 'users', data: { email: known, name: 'Known', password: 'right-password-1', roles: ['editor'] } as never })

  let address = 0
  const call = async (route: string, body: Record<string, unknown>) => {
    address += 1
    const request = new Request(`http://localhost:3000/api/users/${route}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.9.${address >> 8 & 255}.${address & 255}` },
      body: JSON.stringify(body),
    })
    const started = performance.now()
    const response = await post(request, { params: Promise.resolve({ slug: ['users', route] }) })
    await response.text()
    return { ms: performance.now() - started, status: response.status }
  }
  const timeLocal = async (fn: () => Promise<unknown>) => {
    const started = performance.now()
    await fn()
    return performance.now() - started
  }

  const times = { loginKnown: [] as number[], loginUnknown: [] as number[], forgotKnown: [] as number[], forgotUnknown: [] as number[], refKnown: [] as number[], refUnknown: [] as number[] }
  const statuses = new Set<string>()
  // Two warm-up rounds are not counted.
  for (let round = -2; round < rounds; round++) {
    const unknown = `nobody-${round + 10}@relief.test`
    const a = await call('login', { email: known, password: 'wrong-password' })
    const b = await call('login', { email: unknown, password: 'wrong-password' })
    const c = await call('forgot-password', { email: known })
    const d = await call('forgot-password', { email: unknown })
    // The reset link is mailed after the answer; let it finish so rounds do not overlap.
    await new Promise((resolve) => setTimeout(resolve, 100))
    // Payload's own operation; the known email's 15 s re-request interval is cleared first.
    await payload.update({ collection: 'users', where: { email: { equals: known } }, data: { resetPasswordRequestedAt: null } as never, overrideAccess: true })
    const e = await timeLocal(() => payload.forgotPassword({ collection: 'users', data: { email: known } }))
    const f = await timeLocal(() => payload.forgotPassword({ collection: 'users', data: { email: unknown } }))
    statuses.add(`login ${a.status}/${b.status}, forgot ${c.status}/${d.status}`)
    if (round < 0) continue
    times.loginKnown.push(a.ms)
    times.loginUnknown.push(b.ms)
    times.forgotKnown.push(c.ms)
    times.forgotUnknown.push(d.ms)
    times.refKnown.push(e)
    times.refUnknown.push(f)
  }
  const row = (name: string, k: number[], u: number[]) =>
    `| ${name} | ${fmt(median(k))} | ${fmt(median(u))} | ${(median(k) / median(u)).toFixed(2)} |`
  console.log(`statuses (known/unknown): ${[...statuses].join('; ')}`)
  console.log(`\n${rounds} rounds, medians in ms\n`)
  console.log('| request | known email | unknown email | ratio known/unknown |')
  console.log('|---|---|---|---|')
  console.log(row('POST /api/users/login (wrong password)', times.loginKnown, times.loginUnknown))
  console.log(row('POST /api/users/forgot-password', times.forgotKnown, times.forgotUnknown))
  console.log(row("reference: Payload's forgotPassword operation", times.refKnown, times.refUnknown))
  // Stopping the database ends pooled connections; that is expected here, not an error.
  ;(payload.db as unknown as { pool?: { on: (event: string, fn: () => void) => void } }).pool?.on('error', () => {})
  await payload.destroy()
} finally {
  await stop()
}
