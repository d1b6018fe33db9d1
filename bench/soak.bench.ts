/**
 * `npx tsx bench/soak.bench.ts [--minutes 10] [--warmup 2] [--skip-build]`: a bounded mixed load
 * against a production build on loopback, for a fixed time, then a report (README "Operating Relief CMS").
 *
 * 1. `next build` (unless --skip-build and a build exists), a throwaway embedded PostgreSQL,
 *    one database migrated and seeded with the demo content (src/bin/prepare.ts --seed).
 * 2. `next start -H 127.0.0.1` on a free port, media in a temp dir.
 * 3. Fixed loops, each with its own pace, so the load is bounded whatever the server does:
 *    anonymous reads (REST list/by id, GraphQL, the home and article pages), editor edits
 *    (PATCH of a draft), workflow transitions (submit → approve → publish → unpublish →
 *    restore, round-robin over a few articles), logins, small PNG uploads.
 * 4. The server's RSS (its process tree, from /proc) and the load average every 5 s.
 * It stops by itself after --minutes, stops the server and PostgreSQL, writes
 * bench/out/soak.json and prints a Markdown summary for bench/RESULTS.md.
 */
import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs, promisify } from 'node:util'
import pg from 'pg'
import sharp from 'sharp'

import { freePort } from '../tests/helpers/freePort'
import { startThrowawayServer, withDatabase } from '../tests/helpers/throwawayDatabase'

const run = promisify(execFile)
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    'skip-build': { type: 'boolean', default: false },
  },
})
const durationMs = Number(values.minutes) * 60_000
const warmupMs = Number(values.warmup) * 60_000
const bin = (name: string) => path.resolve('node_modules/.bin', name)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const PASSWORD = 'relief-dev-password' // the demo users' password (src/seed/data/people.ts)

type Sample = { kind: string; ms: number; status: number }
const samples: Sample[] = []
const unexpected: { kind: string; status: number; body: string; at: number }[] = []
let startedAt = 0

/** The descendants of a pid, from /proc (next start may fork workers). */
const processTree = (root: number): number[] => {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // gone meanwhile
    }
  }
  const out = [root]
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []))
  return out
}

const rssMb = (pid: number) => {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) / 1024 : 0
  } catch {
    return 0
  }
}

const waitForServer = async (url: string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await sleep(500)
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
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
        children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      },
    ],
  },
})

if (!values['skip-build'] || !fs.existsSync('.next/BUILD_ID')) {
  const buildStarted = Date.now()
  await run(bin('next'), ['build'], {
    env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' },
    maxBuffer: 64 * 1024 * 1024,
  })
  console.log(`next build took ${((Date.now() - buildStarted) / 1000).toFixed(0)} s`)
}

const { serverUrl, stop: stopDatabase } = await startThrowawayServer()
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relief-soak-media-'))
let server: ReturnType<typeof spawn> | undefined
try {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query('CREATE DATABASE relief_soak')
  await admin.end()
  const databaseUrl = withDatabase(serverUrl, 'relief_soak')
  await run(bin('tsx'), ['--conditions=production', 'src/bin/prepare.ts', '--seed'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development', MEDIA_DIR: mediaDir },
  })

  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  server = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      MEDIA_DIR: mediaDir,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      NEXT_PUBLIC_SERVER_URL: base,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const serverLog: string[] = []
  server.stderr?.on('data', (chunk) => serverLog.push(String(chunk)))
  await waitForServer(`${base}/api/articles?limit=1`, 120_000)
  const serverPid = server.pid!

  /**
   * One timed request; anything ≥ 500 is unexpected, and so is a 4xx the caller did not expect.
   * A 429 (rate limit, README "Operating Relief CMS") is a correct answer to a steady caller: it shows in the
   * statuses column, not as a failure.
   */
  const request = async (kind: string, url: string, init: RequestInit = {}, expected: number[] = [200, 201, 429]) => {
    const started = performance.now()
    let status = 0
    let body = ''
    try {
      const response = await fetch(`${base}${url}`, { ...init, signal: AbortSignal.timeout(60_000) })
      status = response.status
      body = await response.text()
    } catch (error) {
      body = String(error)
    }
    const ms = performance.now() - started
    if (startedAt) samples.push({ kind, ms, status })
    if (startedAt && !expected.includes(status)) {
      unexpected.push({ kind, status, body: body.slice(0, 300), at: Math.round((Date.now() - startedAt) / 1000) })
    }
    let json: any
    try {
      json = JSON.parse(body)
    } catch {
      json = undefined
    }
    return { status, json }
  }
  const jsonInit = (method: string, token: string | undefined, body: unknown): RequestInit => ({
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  const login = async (email: string) => {
    const { status, json } = await request('login', '/api/users/login', jsonInit('POST', undefined, { email, password: PASSWORD }))
    if (status !== 200) throw new Error(`login ${email}: ${status}`)
    return json.token as string
  }

  // Set-up (not measured: startedAt is still 0).
  const tokens = {
    admin: await login('admin@relief.test'),
    editor: await login('editor@relief.test'),
    reviewer: await login('reviewer@relief.test'),
  }
  const published = (await request('read', '/api/articles?limit=50&depth=0')).json.docs as { id: number; slug: string }[]
  const medical = (await request('read', '/api/disclaimers?where[kind][equals]=medical&limit=1&depth=0')).json.docs[0]
  const newArticle = async (title: string) => {
    const { status, json } = await request(
      'setup',
      '/api/articles',
      jsonInit('POST', tokens.editor, {
        title,
        excerpt: 'Slow, gentle pressure on the lower back may ease muscle tension for some people.',
        body: paragraph('Slow strokes along the lower back can feel soothing. Stop if the pain gets worse.'),
        disclaimers: [medical.id],
      }),
    )
    if (status !== 201) throw new Error(`create article: ${status} ${JSON.stringify(json)}`)
    return json.doc.id as number
  }
  const editIds = [await newArticle('Soak edit one'), await newArticle('Soak edit two')]
  const cycleIds = [
    await newArticle('Soak cycle one'),
    await newArticle('Soak cycle two'),
    await newArticle('Soak cycle three'),
  ]
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#7a9cc6' } }).png().toBuffer()

  const CYCLE: { action: string; who: keyof typeof tokens; extra?: Record<string, unknown> }[] = [
    { action: 'submit', who: 'editor' },
    { action: 'approve', who: 'reviewer', extra: { acknowledgeFindings: true } },
    { action: 'publish', who: 'editor' },
    { action: 'unpublish', who: 'admin', extra: { comment: 'soak cycle' } },
    { action: 'restore', who: 'editor' },
  ]
  const cycleStep = new Map(cycleIds.map((id) => [id, 0]))

  const readers: (() => Promise<unknown>)[] = [
    () => request('read:list', '/api/articles?limit=10&depth=1'),
    () => {
      const doc = published[Math.floor(Math.random() * published.length)]
      return request('read:byId', `/api/articles/${doc.id}?depth=2`)
    },
    () =>
      request(
        'read:graphql',
        '/api/graphql',
        jsonInit('POST', undefined, { query: '{ Articles(limit: 5) { docs { id title slug excerpt } totalDocs } }' }),
      ),
    () => request('read:page', '/'),
    () => {
      const doc = published[Math.floor(Math.random() * published.length)]
      return request('read:page', `/articles/${doc.slug}`)
    },
  ]

  let edits = 0
  let uploads = 0
  const loops: { name: string; paceMs: number; step: () => Promise<unknown> }[] = [
    { name: 'reader-1', paceMs: 100, step: () => readers[Math.floor(Math.random() * readers.length)]() },
    { name: 'reader-2', paceMs: 100, step: () => readers[Math.floor(Math.random() * readers.length)]() },
    { name: 'reader-3', paceMs: 100, step: () => readers[Math.floor(Math.random() * readers.length)]() },
    {
      name: 'editor',
      paceMs: 500,
      step: () => {
        const id = editIds[edits++ % editIds.length]
        return request(
          'edit',
          `/api/articles/${id}?draft=true`,
          jsonInit('PATCH', tokens.editor, { excerpt: `Gentle pressure may ease tension (revision ${edits}).` }),
        )
      },
    },
    {
      name: 'workflow',
      paceMs: 1000,
      step: async () => {
        const id = cycleIds[Math.floor(Math.random() * cycleIds.length)]
        const step = CYCLE[cycleStep.get(id)!]
        const { status } = await request(
          'transition',
          `/api/articles/${id}/workflow`,
          jsonInit('POST', tokens[step.who], { action: step.action, ...step.extra }),
        )
        if (status === 200) cycleStep.set(id, (cycleStep.get(id)! + 1) % CYCLE.length)
      },
    },
    {
      name: 'login',
      paceMs: 2000,
      step: () =>
        request(
          'login',
          '/api/users/login',
          jsonInit('POST', undefined, { email: ['editor@relief.test', 'reviewer@relief.test'][Math.floor(Math.random() * 2)], password: PASSWORD }),
        ),
    },
    {
      name: 'upload',
      paceMs: 3000,
      step: () => {
        const form = new FormData()
        form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `soak-${++uploads}.png`)
        form.append('_payload', JSON.stringify({ alt: `Soak upload ${uploads}` }))
        return request('upload', '/api/media', { method: 'POST', headers: { Authorization: `JWT ${tokens.editor}` }, body: form })
      },
    },
  ]

  const memory: { t: number; rssMb: number; mainRssMb: number; load1: number }[] = []
  startedAt = Date.now()
  const endAt = startedAt + durationMs
  const sampler = setInterval(() => {
    const pids = processTree(serverPid)
    memory.push({
      t: Math.round((Date.now() - startedAt) / 1000),
      rssMb: Math.round(pids.reduce((sum, pid) => sum + rssMb(pid), 0)),
      mainRssMb: Math.round(rssMb(serverPid)),
      load1: os.loadavg()[0],
    })
  }, 5000)
  console.log(`soak: ${values.minutes} min against ${base} (server pid ${serverPid})`)
  await Promise.all(
    loops.map(async ({ paceMs, step }) => {
      while (Date.now() < endAt) {
        const begun = Date.now()
        await step()
        await sleep(Math.max(0, paceMs - (Date.now() - begun)))
      }
    }),
  )
  clearInterval(sampler)

  // Figures.
  const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  const kinds = [...new Set(samples.map((s) => s.kind))].sort()
  const perKind = kinds.map((kind) => {
    const of = samples.filter((s) => s.kind === kind)
    const ms = of.map((s) => s.ms).sort((a, b) => a - b)
    const statuses = of.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s.status]: (acc[s.status] ?? 0) + 1 }), {})
    return { kind, count: of.length, p50: Math.round(quantile(ms, 0.5)), p99: Math.round(quantile(ms, 0.99)), statuses }
  })
  const fiveXx = samples.filter((s) => s.status >= 500 || s.status === 0).length
  const steady = memory.filter((m) => m.t * 1000 >= warmupMs)
  const rssSorted = steady.map((m) => m.rssMb).sort((a, b) => a - b)
  const median = quantile(rssSorted, 0.5)
  const spread = { min: rssSorted[0], median, max: rssSorted[rssSorted.length - 1] }
  const isFlat = rssSorted.every((value) => Math.abs(value - median) <= 0.2 * median)
  const loads = memory.map((m) => m.load1)
  const result = {
    date: new Date().toISOString(),
    minutes: Number(values.minutes),
    warmupMinutes: Number(values.warmup),
    requests: samples.length,
    perKind,
    fiveXx,
    unexpected,
    rss: { ...spread, first: memory[0]?.rssMb, last: memory.at(-1)?.rssMb, isFlat, samples: memory },
    load1: { min: Math.min(...loads), mean: loads.reduce((a, b) => a + b, 0) / loads.length, max: Math.max(...loads) },
    uploads,
    edits,
  }
  fs.mkdirSync('bench/out', { recursive: true })
  fs.writeFileSync('bench/out/soak.json', JSON.stringify(result, null, 2))

  const rssAt = (minute: number) => memory.find((m) => m.t >= minute * 60)?.rssMb ?? '–'
  console.log(`\n| kind | requests | p50 ms | p99 ms | statuses |\n|---|---|---|---|---|`)
  for (const k of perKind) {
    const statuses = Object.entries(k.statuses).map(([s, n]) => `${s}×${n}`).join(' ')
    console.log(`| ${k.kind} | ${k.count} | ${k.p50} | ${k.p99} | ${statuses} |`)
  }
  console.log(`| **all** | ${samples.length} | | | 5xx or no answer: ${fiveXx} |`)
  console.log(`\nunexpected statuses: ${unexpected.length}`)
  for (const u of unexpected.slice(0, 10)) console.log(`  ${u.at}s ${u.kind} ${u.status} ${u.body}`)
  console.log(
    `\nRSS (server tree) after ${values.warmup} min warm-up: min ${spread.min} MB, median ${median} MB, max ${spread.max} MB → ` +
      `${isFlat ? 'flat' : 'NOT flat'} within ±20% of the median; first sample ${memory[0]?.rssMb} MB, last ${memory.at(-1)?.rssMb} MB`,
  )
  console.log(
    `RSS by minute: ${Array.from({ length: Number(values.minutes) + 1 }, (_, m) => `${m}:${rssAt(m)}`).join(' ')}`,
  )
  console.log(
    `load average (1 min) during the run: min ${result.load1.min.toFixed(2)}, mean ${result.load1.mean.toFixed(2)}, max ${result.load1.max.toFixed(2)}`,
  )
  if (fiveXx > 0) {
    console.log('server stderr (tail):')
    console.log(serverLog.join('').slice(-3000))
  }
  process.exitCode = fiveXx === 0 && isFlat ? 0 : 1
} finally {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM')
    await new Promise((resolve) => server!.once('exit', resolve))
  }
  await stopDatabase()
  fs.rmSync(mediaDir, { recursive: true, force: true })
}
