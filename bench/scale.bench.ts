/**
 * Scale benchmark (issue 10 "Scale", issue 11 §6): fills one database with 1k, 10k and 100k
 * published articles (bench/scale/clone.ts) and reports p50/p99 of the reads that grow with
 * the content: the public list, filter by technique, sort by updatedAt, find by slug, the
 * review-due query, the reviewer's queue, and search (en, th). Every read is uncached: the
 * Local API as an anonymous reader (or the reviewer, for the queue) with access applied, the
 * same operation the REST and GraphQL routes run, or the search function the endpoint calls.
 *
 *   npx tsx --conditions=production bench/scale.bench.ts [--sizes 1000,10000,100000] [--iterations 100] [--trace]
 *
 * `--trace` also prints every SQL statement (with its time) of one reviewer's-queue, one list
 * and one filter-by-technique read at each size.
 *
 * Uses BENCH_DATABASE_URL (a server URL; a database `relief_scale` is created on it) or a
 * throwaway embedded PostgreSQL 17. Results go to bench/out/scale.json.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

import { startThrowawayServer, withDatabase } from '../tests/helpers/throwawayDatabase'
import { TSX_FLAGS } from '../src/lib/tsxArgs'
import { PASSWORD } from '../tests/helpers/fixtures'

import { dropSecondaryIndexes, recreateIndexes, restoreForeignKeyChecks, skipForeignKeyChecks } from './scale/bulkLoad'
import { checkCloneShape } from './scale/checkShape'
import { cloneArticles } from './scale/clone'
import { traceSql } from './scale/traceSql'
import { createTemplates } from './scale/templates'

const run = promisify(execFile)
const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback)
}
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number)
const iterations = Number(arg('iterations', '100'))
const DATABASE = 'relief_scale'

const server = process.env.BENCH_DATABASE_URL
  ? { serverUrl: process.env.BENCH_DATABASE_URL, stop: async () => {} }
  : await startThrowawayServer()
const admin = new pg.Client({ connectionString: server.serverUrl })
await admin.connect()
await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
await admin.query(`CREATE DATABASE ${DATABASE}`)
if (!process.env.BENCH_DATABASE_URL) {
  // Our own throwaway server: fewer checkpoints during the bulk load (a server given with
  // BENCH_DATABASE_URL keeps its settings).
  await admin.query(`ALTER SYSTEM SET max_wal_size = '8GB'`)
  await admin.query(`ALTER SYSTEM SET checkpoint_timeout = '30min'`)
  await admin.query('SELECT pg_reload_conf()')
}
await admin.end()
const databaseUrl = withDatabase(server.serverUrl, DATABASE)
Object.assign(process.env, {
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'relief-bench-secret',
  // Quiet logs; the operations themselves are the same as in production.
  NODE_ENV: 'test',
})
const started = Date.now()
await run(path.resolve('node_modules/.bin/tsx'), [...TSX_FLAGS, 'src/bin/prepare.ts'], { env: process.env })
console.log(`migrated in ${((Date.now() - started) / 1000).toFixed(1)} s`)

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { runSearch } = await import('../src/search/runSearch')
const { SEARCHABLE_COLLECTIONS } = await import('../src/search/searchable')
const payload = await getPayload({ config })
const templates = await createTemplates(payload)
const reviewer = { ...(templates.reviewer as object), collection: 'users' } as never
const db = new pg.Client({ connectionString: databaseUrl })
await db.connect()

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!

const measure = async (fn: (n: number) => Promise<unknown>) => {
  for (let n = 0; n < Math.min(10, iterations); n += 1) await fn(n)
  const times: number[] = []
  for (let n = 0; n < iterations; n += 1) {
    const start = process.hrtime.bigint()
    await fn(n)
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p99: percentile(times, 99) }
}

const slugsAt = async (count: number) =>
  (await db.query(`SELECT slug FROM articles WHERE _status = 'published' ORDER BY random() LIMIT ${count}`)).rows.map(
    (row) => row.slug as string,
  )

const EN_QUERIES = ['sciatica', 'piriformis tension', 'foam rolling', 'tight hamstrings massage', 'clinician numbness']
const TH_QUERIES = ['สะโพก', 'หลังส่วนล่าง', 'การนวดคลาย']

type Row = { size: number; articles: number; versions: number } & Record<string, { p50: number; p99: number } | number>
const results: Row[] = []

for (const size of sizes) {
  const { rows } = await db.query('SELECT count(*)::int AS n FROM articles')
  const missing = size - Number(rows[0].n)
  const fillStart = Date.now()
  if (missing > 0) {
    await db.query(`SET maintenance_work_mem = '1GB'`)
    await db.query(`SET work_mem = '256MB'`)
    const indexes = await dropSecondaryIndexes(db)
    const isSkippingForeignKeys = await skipForeignKeyChecks(db)
    // In slices, so one transaction never holds hundreds of thousands of rows.
    for (let done = 0; done < missing; done += 25_000) {
      await cloneArticles(db, templates, Math.min(25_000, missing - done))
    }
    if (isSkippingForeignKeys) await restoreForeignKeyChecks(db)
    const indexStart = Date.now()
    await recreateIndexes(db, indexes)
    console.log(
      `size ${size}: cloned in ${((indexStart - fillStart) / 1000).toFixed(1)} s (foreign-key checks ${isSkippingForeignKeys ? 'skipped' : 'on'}), ` +
        `${indexes.length} secondary indexes rebuilt in ${((Date.now() - indexStart) / 1000).toFixed(1)} s`,
    )
    await db.query('RESET work_mem')
  }
  await db.query('VACUUM ANALYZE')
  const fillSeconds = (Date.now() - fillStart) / 1000
  const counts = (
    await db.query(`SELECT (SELECT count(*) FROM articles)::int AS a, (SELECT count(*) FROM _articles_v)::int AS v`)
  ).rows[0]
  console.log(`size ${size}: ${counts.a} articles, ${counts.v} versions, filled in ${fillSeconds.toFixed(1)} s`)
  if (results.length === 0) {
    const email = (templates.reviewer as { email: string }).email
    await checkCloneShape(payload, db, { email, password: PASSWORD })
  }
  const slugs = await slugsAt(iterations + 10)
  const technique = (n: number) => templates.techniqueIds[n % templates.techniqueIds.length]!
  const anonymous = { collection: 'articles', depth: 0, overrideAccess: false } as const

  const row: Row = { size, articles: counts.a, versions: counts.v, fillSeconds }
  row.list = await measure(() => payload.find({ ...anonymous, limit: 10 }))
  row.byTechnique = await measure((n) => payload.find({ ...anonymous, limit: 10, where: { techniques: { in: [technique(n)] } } }))
  // The same filter as a one-branch `or`: the same answer, counted by Payload itself (its
  // grouped join), as this run's reference for src/delivery/relationCount.
  row.byTechniquePayloadCount = await measure((n) =>
    payload.find({ ...anonymous, limit: 10, where: { or: [{ techniques: { in: [technique(n)] } }] } }),
  )
  row.sortUpdatedAt = await measure(() => payload.find({ ...anonymous, limit: 10, sort: '-updatedAt' }))
  row.bySlug = await measure((n) => payload.find({ ...anonymous, limit: 1, where: { slug: { equals: slugs[n % slugs.length] } } }))
  // The WHERE of the review-due job's conditional UPDATE (src/workflow/reviewDue.ts), as a read.
  // The clones that are past due are already flagged, as after the job's earlier runs, so this
  // finds what an hourly run finds: the few that fell due since.
  row.reviewDue = await measure(() =>
    db.query(`SELECT id FROM articles WHERE _status = 'published'
      AND medical_review_next_review_due < now() AND medical_review_is_review_due IS NOT TRUE ORDER BY id`),
  )
  // ReviewDashboard's "Waiting for my review" panel: latest versions in review, newest first.
  const reviewerQueue = () =>
    payload.find({
      collection: 'articles',
      draft: true,
      depth: 0,
      limit: 5,
      sort: '-updatedAt',
      where: { draftState: { in: ['in_review'] } },
      overrideAccess: false,
      user: reviewer,
    })
  row.reviewerQueue = await measure(reviewerQueue)
  if (process.argv.includes('--trace')) {
    await traceSql(payload, `reviewerQueue at ${size}`, reviewerQueue)
    await traceSql(payload, `list at ${size}`, () => payload.find({ ...anonymous, limit: 10 }))
    await traceSql(payload, `byTechnique at ${size}`, () =>
      payload.find({ ...anonymous, limit: 10, where: { techniques: { in: [technique(0)] } } }),
    )
  }
  const searchOf = (locale: string, q: string) =>
    runSearch(payload, { q, locale, collections: SEARCHABLE_COLLECTIONS, limit: 10, page: 1 })
  row.searchEn = await measure((n) => searchOf('en', EN_QUERIES[n % EN_QUERIES.length]!))
  row.searchTh = await measure((n) => searchOf('th', TH_QUERIES[n % TH_QUERIES.length]!))
  results.push(row)
  console.log(JSON.stringify(row))
}

fs.mkdirSync('bench/out', { recursive: true })
fs.writeFileSync('bench/out/scale.json', JSON.stringify({ at: new Date().toISOString(), iterations, results }, null, 2))

const QUERIES = ['list', 'byTechnique', 'byTechniquePayloadCount', 'sortUpdatedAt', 'bySlug', 'reviewDue', 'reviewerQueue', 'searchEn', 'searchTh']
const cell = (value: unknown) => {
  const v = value as { p50: number; p99: number }
  return `${v.p50.toFixed(1)} / ${v.p99.toFixed(1)}`
}
console.log(`\n| query (p50 / p99 ms) | ${results.map((r) => `${r.size.toLocaleString('en')}`).join(' | ')} | p99 ${results.at(-1)?.size} ÷ ${results[0]?.size} |`)
console.log(`|---|${results.map(() => '---|').join('')}---|`)
for (const query of QUERIES) {
  const first = results[0]![query] as { p99: number }
  const last = results.at(-1)![query] as { p99: number }
  console.log(`| ${query} | ${results.map((r) => cell(r[query])).join(' | ')} | ${(last.p99 / first.p99).toFixed(2)}× |`)
}

await db.end()
await payload.destroy()
await server.stop()
process.exit(0)
