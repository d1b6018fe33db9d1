/**
 * Where the uncached anonymous read spends its time (issue 10, "find and remove what makes our
 * uncached path slower"): Payload's REST handler wrapped as the route files wrap it
 * (withDelivery), with the response cache off, serving `GET /api/articles?limit=10&depth=0` and
 * `GET /api/articles/:id?depth=0` as the public does.
 *
 *   npx tsx --conditions=production bench/readProfile.bench.ts [--requests 400] [--articles 200]
 *
 * Reports, per request: wall time, SQL statements and time in SQL, the time each of our hooks and
 * access functions takes (every collection hook, field hook and access function of `articles`
 * is timed, wrapped after Payload initialised), and a CPU profile of the loop
 * (bench/out/read-profile.cpuprofile; self time summed by package / project file).
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import inspector from 'node:inspector/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

import { startThrowawayServer, withDatabase } from '../tests/helpers/throwawayDatabase'
import { TSX_FLAGS } from '../src/lib/tsxArgs'

import { cloneArticles } from './scale/clone'
import { createTemplates } from './scale/templates'

const run = promisify(execFile)
const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback)
}
const requests = Number(arg('requests', '400'))
const articleCount = Number(arg('articles', '200'))
const DATABASE = 'relief_read_profile'

const server = process.env.BENCH_DATABASE_URL
  ? { serverUrl: process.env.BENCH_DATABASE_URL, stop: async () => {} }
  : await startThrowawayServer()
const admin = new pg.Client({ connectionString: server.serverUrl })
await admin.connect()
await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
await admin.query(`CREATE DATABASE ${DATABASE}`)
await admin.end()
const databaseUrl = withDatabase(server.serverUrl, DATABASE)
Object.assign(process.env, {
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'relief-bench-secret',
  NODE_ENV: 'test',
  DELIVERY_CACHE: 'off',
})
await run(path.resolve('node_modules/.bin/tsx'), [...TSX_FLAGS, 'src/bin/prepare.ts'], { env: process.env })

const { getPayload } = await import('payload')
const { REST_GET } = await import('@payloadcms/next/routes')
const { default: config } = await import('../payload.config')
const { withDelivery } = await import('../src/delivery/withDelivery')
const payload = await getPayload({ config })
const templates = await createTemplates(payload)
const db = new pg.Client({ connectionString: databaseUrl })
await db.connect()
if (articleCount > templates.articleIds.length) await cloneArticles(db, templates, articleCount - templates.articleIds.length)
await db.query('VACUUM ANALYZE')
await db.end()

// ---- timing of every hook and access function of `articles` ----
type Timing = { calls: number; ms: number }
const timings = new Map<string, Timing>()
const timed = <F extends (...args: any[]) => any>(label: string, fn: F): F =>
  function timedFn(this: unknown, ...args: unknown[]) {
    const start = process.hrtime.bigint()
    const done = () => {
      const t = timings.get(label) ?? { calls: 0, ms: 0 }
      t.calls += 1
      t.ms += Number(process.hrtime.bigint() - start) / 1e6
      timings.set(label, t)
    }
    const result = fn.apply(this, args)
    if (result && typeof (result as Promise<unknown>).then === 'function') return (result as Promise<unknown>).finally(done)
    done()
    return result
  } as F

const nameOf = (fn: Function, fallback: string) =>
  fn.name && fn.name !== 'anonymous' ? fn.name : `${fallback} ${String(fn).replace(/\s+/g, ' ').slice(0, 70)}`
const collection = payload.collections.articles.config as unknown as {
  hooks: Record<string, ((...args: any[]) => any)[]>
  access: Record<string, (...args: any[]) => any>
  fields: Record<string, any>[]
}
for (const [kind, hooks] of Object.entries(collection.hooks)) {
  if (!Array.isArray(hooks)) continue
  hooks.forEach((hook, n) => (hooks[n] = timed(`collection ${kind}: ${nameOf(hook, `#${n}`)}`, hook)))
}
for (const [kind, access] of Object.entries(collection.access)) {
  if (typeof access === 'function') collection.access[kind] = timed(`access ${kind}: ${nameOf(access, kind)}`, access)
}
const wrapFields = (fields: Record<string, any>[], prefix: string) => {
  for (const field of fields) {
    const name = `${prefix}${field.name ?? field.type}`
    for (const kind of ['afterRead', 'beforeChange', 'afterChange']) {
      const hooks = field.hooks?.[kind] as ((...args: any[]) => any)[] | undefined
      if (kind === 'afterRead' && hooks) hooks.forEach((hook, n) => (hooks[n] = timed(`field afterRead ${name}: ${nameOf(hook, `#${n}`)}`, hook)))
    }
    if (typeof field.access?.read === 'function') field.access.read = timed(`field access.read ${name}`, field.access.read)
    if (Array.isArray(field.fields)) wrapFields(field.fields, `${name}.`)
    if (Array.isArray(field.tabs)) for (const tab of field.tabs) wrapFields(tab.fields, `${name}.`)
    if (Array.isArray(field.blocks)) for (const block of field.blocks) wrapFields(block.fields, `${name}.${block.slug}.`)
  }
}
wrapFields(collection.fields, '')

// ---- SQL statements per request ----
type Query = (...args: unknown[]) => Promise<unknown>
const pool = (payload.db as unknown as { pool: { query: Query } }).pool
const originalQuery = pool.query
let statements = 0
let sqlMs = 0
pool.query = async function counted(this: unknown, ...args: unknown[]) {
  const start = process.hrtime.bigint()
  try {
    return await originalQuery.apply(this, args)
  } finally {
    statements += 1
    sqlMs += Number(process.hrtime.bigint() - start) / 1e6
  }
}

const handler = withDelivery(REST_GET(payload.config), payload.config)
const get = async (target: string) => {
  const url = new URL(`/api${target}`, 'http://localhost:3000')
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handler(new Request(url), { params: Promise.resolve({ slug }) })
  if (response.status !== 200) throw new Error(`${target}: ${response.status}`)
  await response.arrayBuffer()
}

const id = templates.articleIds[1]!
const TARGETS = { list: '/articles?limit=10&depth=0', byId: `/articles/${id}?depth=0` }

const profiler = new inspector.Session()
profiler.connect()
await profiler.post('Profiler.enable')
await profiler.post('Profiler.setSamplingInterval', { interval: 200 })

const report: Record<string, unknown> = {}
for (const [name, target] of Object.entries(TARGETS)) {
  for (let n = 0; n < 30; n += 1) await get(target)
  timings.clear()
  statements = 0
  sqlMs = 0
  const times: number[] = []
  await profiler.post('Profiler.start')
  for (let n = 0; n < requests; n += 1) {
    const start = process.hrtime.bigint()
    await get(target)
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  const { profile } = await profiler.post('Profiler.stop')
  fs.mkdirSync('bench/out', { recursive: true })
  fs.writeFileSync(`bench/out/read-profile-${name}.cpuprofile`, JSON.stringify(profile))
  times.sort((a, b) => a - b)
  const mean = times.reduce((a, b) => a + b, 0) / times.length
  console.log(
    `\n## ${name} ${target}: mean ${mean.toFixed(2)} ms, p50 ${times[Math.floor(times.length / 2)]!.toFixed(2)} ms, ` +
      `${(statements / requests).toFixed(1)} SQL statements and ${(sqlMs / requests).toFixed(2)} ms in SQL per request`,
  )
  console.log('hooks and access functions, ms per request (wall time, overlapping across documents):')
  const rows = [...timings.entries()].sort((a, b) => b[1].ms - a[1].ms)
  for (const [label, t] of rows) console.log(`  ${(t.ms / requests).toFixed(3).padStart(8)} ms  ${(t.calls / requests).toFixed(1).padStart(5)} calls  ${label}`)

  // Self time by where the code lives.
  const nodes = profile.nodes as { id: number; callFrame: { url: string; functionName: string; lineNumber: number }; hitCount?: number }[]
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const dt = new Map<number, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  samples.forEach((sample, n) => dt.set(sample, (dt.get(sample) ?? 0) + (deltas[n] ?? 0) / 1000))
  const total = [...dt.values()].reduce((a, b) => a + b, 0)
  const where = (url: string) => {
    if (!url) return '(native / idle / gc)'
    const at = url.lastIndexOf('node_modules/')
    if (at !== -1) {
      const rest = url.slice(at + 'node_modules/'.length).split('/')
      return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!
    }
    const src = url.indexOf('/src/')
    if (src !== -1) return url.slice(src + 1)
    return url.startsWith('node:') ? 'node:internal' : url
  }
  const byWhere = new Map<string, number>()
  const byFunction = new Map<string, number>()
  for (const [nodeId, ms] of dt) {
    const node = byId.get(nodeId)!
    const place = where(node.callFrame.url)
    byWhere.set(place, (byWhere.get(place) ?? 0) + ms)
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${place}:${node.callFrame.lineNumber + 1}`
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms)
  }
  console.log(`CPU profile (${total.toFixed(0)} ms sampled): self time by package / project file`)
  for (const [place, ms] of [...byWhere.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${place}`)
  }
  console.log('top functions by self time')
  for (const [fn, ms] of [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${fn}`)
  }
  report[name] = { mean, statementsPerRequest: statements / requests, sqlMsPerRequest: sqlMs / requests, hooks: Object.fromEntries(rows) }
}

// The same reads with every collection and field hook of `articles` taken out (access kept):
// what all our hooks cost together, against the same Payload on the same rows. The two arms
// alternate in blocks (AB BA AB …) because a process keeps getting faster as it warms up, and
// measuring one arm after the other credits that to the second.
const meanOf = async (target: string, count: number) => {
  const start = process.hrtime.bigint()
  for (let n = 0; n < count; n += 1) await get(target)
  return Number(process.hrtime.bigint() - start) / 1e6 / count
}
const savedHooks = { ...collection.hooks }
const savedFieldHooks = new Map<Record<string, any>, unknown>()
const collectFieldHooks = (fields: Record<string, any>[]) => {
  for (const field of fields) {
    if (field.hooks?.afterRead) savedFieldHooks.set(field, field.hooks)
    if (Array.isArray(field.fields)) collectFieldHooks(field.fields)
    if (Array.isArray(field.tabs)) for (const tab of field.tabs) collectFieldHooks(tab.fields)
    if (Array.isArray(field.blocks)) for (const block of field.blocks) collectFieldHooks(block.fields)
  }
}
collectFieldHooks(collection.fields)
const setHooks = (isOn: boolean) => {
  for (const kind of Object.keys(savedHooks)) if (Array.isArray(savedHooks[kind])) collection.hooks[kind] = isOn ? savedHooks[kind]! : []
  for (const [field, hooks] of savedFieldHooks) field.hooks = isOn ? hooks : { ...(hooks as object), afterRead: [] }
}
const BLOCKS = 8
const perBlock = Math.max(20, Math.round(requests / BLOCKS))
const sums = { with: { list: 0, byId: 0 }, without: { list: 0, byId: 0 } }
for (const target of Object.values(TARGETS)) for (let n = 0; n < 30; n += 1) await get(target)
for (let block = 0; block < BLOCKS; block += 1) {
  const order = block % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const)
  for (const arm of order) {
    setHooks(arm === 'with')
    sums[arm].list += await meanOf(TARGETS.list, perBlock)
    sums[arm].byId += await meanOf(TARGETS.byId, perBlock)
  }
}
setHooks(true)
const withHooks = { list: sums.with.list / BLOCKS, byId: sums.with.byId / BLOCKS }
const withoutHooks = { list: sums.without.list / BLOCKS, byId: sums.without.byId / BLOCKS }
console.log(
  `\nA/B, same process, ${BLOCKS} alternating blocks of ${perBlock} reads per arm and read, mean ms per request: ` +
    `list ${withHooks.list.toFixed(2)} with our hooks, ${withoutHooks.list.toFixed(2)} without ` +
    `(${(withHooks.list / withoutHooks.list).toFixed(2)}×); by id ${withHooks.byId.toFixed(2)} with, ${withoutHooks.byId.toFixed(2)} without ` +
    `(${(withHooks.byId / withoutHooks.byId).toFixed(2)}×)`,
)
report.ab = { withHooks, withoutHooks }
fs.writeFileSync('bench/out/read-profile.json', JSON.stringify(report, null, 2))

await payload.destroy()
await server.stop()
process.exit(0)
