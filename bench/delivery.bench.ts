/**
 * Delivery read throughput, one run, on the production build:
 *   npx next build && npx tsx --conditions=production bench/delivery.bench.ts
 *
 * Seeds a throwaway PostgreSQL (src/bin/prepare.ts --seed), saves an unreviewed draft on the
 * benchmarked article (its title is a marker that must never be served), then runs
 * autocannon -c 20 -d 10, two rounds (BENCH_ROUNDS; even rounds take the targets in reverse
 * order), for list(10), by id, by slug (through `where`) and
 * GraphQL by slug (GET), after an unrecorded warm-up of BENCH_WARMUP_S seconds (default 3) per
 * target and path, against:
 *   - Relief cached       `next start` as shipped (the in-process cache answers hits before Next)
 *   - Relief uncached     DELIVERY_CACHE=off: every read through Payload and the delivery rules
 *   - stock Payload route DELIVERY_CACHE=off DELIVERY_STOCK_ROUTES=1: Payload's handlers, unwrapped
 *   - bare                node:http + pg on the same database and rows (bench/deliveryTargets.ts)
 *   - static              node:http answering Relief's own bodies from Buffers (the limit)
 * Every response body autocannon reads is checked for the draft marker and `"_status":"draft"`.
 */
import { type ChildProcess, fork } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { DEMO_PASSWORD } from '../src/seed/data/people'
import { TSX_FLAGS } from '../src/lib/tsxArgs'
import { freePort } from '../tests/helpers/freePort'
import { type OwnServer, startOwnPostgres, startOwnServer } from '../tests/e2e/ownServer'

type Result = { requests: { average: number }; latency: { p99: number; p50: number }; non2xx: number; errors: number; timeouts: number }
const autocannon = createRequire(import.meta.url)('autocannon') as (options: Record<string, unknown>) => Promise<Result> & {
  on: (event: string, fn: (...args: unknown[]) => void) => void
}

if (!fs.existsSync('.next/BUILD_ID')) throw new Error('Build first: npx next build')

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const CONNECTIONS = 20
const DURATION_S = 10
const MARKER = `UNREVIEWED-DRAFT-${Date.now()}`
const GRAPHQL_BY_SLUG = 'query($slug:String){Articles(where:{slug:{equals:$slug}}){docs{id title slug excerpt updatedAt}}}'

const db = await startOwnPostgres()
const children: ChildProcess[] = []
const servers: OwnServer[] = []
try {
  const client = new pg.Client({ connectionString: db.databaseUrl })
  await client.connect()
  const { rows } = await client.query(
    `SELECT id, slug FROM articles WHERE _status = 'published' AND slug IS NOT NULL ORDER BY id LIMIT 1`,
  )
  await client.end()
  const { id, slug } = rows[0] as { id: number; slug: string }
  const paths = {
    'list(10)': '/api/articles?limit=10&depth=0',
    'by id': `/api/articles/${id}?depth=0`,
    'by slug': `/api/articles?where[slug][equals]=${encodeURIComponent(slug)}&depth=0`,
    'GraphQL by slug': `/api/graphql?query=${encodeURIComponent(GRAPHQL_BY_SLUG)}&variables=${encodeURIComponent(JSON.stringify({ slug }))}`,
  }

  const env = { RATE_LIMIT_MULTIPLIER: '100000', DATABASE_POOL_MAX: '10' }
  const cached = await startOwnServer(db, env)
  servers.push(cached)
  // An unreviewed draft of the benchmarked article: no target may ever serve its title.
  const login = await fetch(`${cached.baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'editor@relief.test', password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  const draft = await fetch(`${cached.baseURL}/api/articles/${id}?draft=true`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ title: MARKER }),
  })
  if (draft.status !== 200) throw new Error(`draft save answered ${draft.status}: ${await draft.text()}`)

  const uncached = await startOwnServer(db, { ...env, DELIVERY_CACHE: 'off' })
  servers.push(uncached)
  const stock = await startOwnServer(db, { ...env, DELIVERY_CACHE: 'off', DELIVERY_STOCK_ROUTES: '1' })
  servers.push(stock)

  // Relief's own answers, for the static limit.
  const bodiesFile = path.join(os.tmpdir(), `relief-bench-bodies-${process.pid}.json`)
  const bodies: Record<string, string> = {}
  for (const p of Object.values(paths)) bodies[p] = await (await fetch(`${uncached.baseURL}${p}`)).text()
  fs.writeFileSync(bodiesFile, JSON.stringify(bodies))

  const startTarget = async (mode: 'bare' | 'static', source: string) => {
    const port = await freePort()
    const child = fork(path.resolve('bench/deliveryTargets.ts'), [mode, String(port), source], {
      execArgv: [...TSX_FLAGS, '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    children.push(child)
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve())
      child.once('exit', (code) => reject(new Error(`${mode} target exited ${code}`)))
    })
    return `http://127.0.0.1:${port}`
  }
  const allTargets: Record<string, string> = {
    'Relief cached': cached.baseURL,
    'Relief uncached': uncached.baseURL,
    'stock Payload route': stock.baseURL,
    'bare node:http + pg': await startTarget('bare', db.databaseUrl),
    'static Buffers': await startTarget('static', bodiesFile),
  }
  // BENCH_TARGETS=cached,static (name prefixes, lower case) runs a subset; bare and static always run, for the ratios.
  const wanted = (process.env.BENCH_TARGETS ?? '').split(',').filter(Boolean)
  const targets = Object.fromEntries(
    Object.entries(allTargets).filter(
      ([name]) => !wanted.length || name.startsWith('bare') || name.startsWith('static') || wanted.some((w) => name.toLowerCase().startsWith(w)),
    ),
  )

  // Every target serves every path for a few seconds first, unrecorded: round 1 then measures
  // steady state too, not V8 compiling the server's hot path (which showed as round 1 p99 only).
  const warmupSeconds = Number(process.env.BENCH_WARMUP_S ?? 3)
  if (warmupSeconds > 0) {
    for (const p of Object.values(paths)) {
      for (const base of Object.values(targets)) {
        await autocannon({ url: `${base}${p}`, connections: CONNECTIONS, duration: warmupSeconds })
      }
    }
  }

  type Row = { round: number; path: string; target: string; rps: number; p50: number; p99: number; non2xx: number; drafts: number; bodies: number }
  const results: Row[] = []
  for (let round = 1; round <= ROUNDS; round++) {
    // Even rounds run the targets in reverse order, so no target always follows the same
    // neighbour (a server measured right after another one's load ran ahead of the next one).
    const ordered = round % 2 === 0 ? Object.entries(targets).reverse() : Object.entries(targets)
    for (const [name, p] of Object.entries(paths)) {
      for (const [target, base] of ordered) {
        let drafts = 0
        let checked = 0
        const instance = autocannon({
          url: `${base}${p}`,
          connections: CONNECTIONS,
          duration: DURATION_S,
          setupClient: (c: { on: (event: string, fn: (body: Buffer) => void) => void }) =>
            c.on('body', (body: Buffer) => {
              checked++
              if (body.includes(MARKER) || body.includes('"_status":"draft"')) drafts++
            }),
        })
        const result = await instance
        const row = {
          round,
          path: name,
          target,
          rps: Math.round(result.requests.average),
          p50: result.latency.p50,
          p99: result.latency.p99,
          non2xx: result.non2xx + result.errors + result.timeouts,
          drafts,
          bodies: checked,
        }
        results.push(row)
        console.log(JSON.stringify(row))
      }
    }
  }

  console.log('\n| round | request | target | req/s | × bare | × static | p50 ms | p99 ms | non-2xx | drafts / bodies checked |')
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  for (const row of results) {
    const same = (target: string) => results.find((r) => r.round === row.round && r.path === row.path && r.target === target)!
    const bare = same('bare node:http + pg').rps
    const limit = same('static Buffers').rps
    console.log(
      `| ${row.round} | ${row.path} | ${row.target} | ${row.rps} | ${(row.rps / bare).toFixed(2)} | ${(row.rps / limit).toFixed(3)} | ${row.p50} | ${row.p99} | ${row.non2xx} | ${row.drafts} / ${row.bodies} |`,
    )
  }
  fs.rmSync(bodiesFile, { force: true })
} finally {
  for (const child of children) child.kill('SIGTERM')
  await Promise.all(servers.map((s) => s.stop()))
  await db.cleanup()
}
