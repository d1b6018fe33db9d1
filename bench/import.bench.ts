/**
 * `npm run bench:import [-- --count 1000]`: the article importer's benchmark.
 *
 * 1. Generates N varied articles (60% .txt, 30% .md, 10% .html; headings, lists, an FAQ
 *    section, a disclaimer, an author trailer on 40%, boilerplate) into bench/out/articles.
 * 2. Starts a throwaway embedded PostgreSQL and migrates two databases with src/bin/prepare.ts.
 * 3. Reference: creates N plain draft articles through the Local API (no parsing), in its own
 *    process and database.
 * 4. Import: imports the N files (Importer, as the CLI does) in its own process and database;
 *    wall time, articles/s and peak RSS.
 * 5. Re-runs the real CLI (`tsx src/bin/import.ts --json`) on the same files: all unchanged.
 * Writes bench/out/results.json and prints a Markdown summary for bench/RESULTS.md.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs, promisify } from 'node:util'
import pg from 'pg'

import { startThrowawayServer, withDatabase } from '../tests/helpers/throwawayDatabase'
import { generateArticles } from './generate'

const run = promisify(execFile)
const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' } } })
const count = Number(values.count)
const GOAL_SECONDS = 60
const outDir = path.resolve('bench/out')
const articlesDir = path.join(outDir, 'articles')
const tsx = path.resolve('node_modules/.bin/tsx')

const seconds = (ms: number) => Math.round(ms / 100) / 10

/** Workers run as the import CLI runs them (src/bin/import.ts): with Lexical's production build. */
const child = async (args: string[], databaseUrl: string) => {
  const started = performance.now()
  const { stdout } = await run(tsx, ['--conditions=production', ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test', PAYLOAD_SECRET: 'relief-bench-secret' },
    maxBuffer: 256 * 1024 * 1024,
  })
  return { stdout, wallMs: performance.now() - started }
}

fs.rmSync(articlesDir, { recursive: true, force: true })
fs.mkdirSync(articlesDir, { recursive: true })
const generationStarted = performance.now()
const articles = generateArticles(count)
for (const article of articles) fs.writeFileSync(path.join(articlesDir, article.name), article.content)
const generationMs = performance.now() - generationStarted
const formats = articles.reduce<Record<string, number>>((acc, { name }) => {
  const extension = path.extname(name).slice(1)
  acc[extension] = (acc[extension] ?? 0) + 1
  return acc
}, {})
console.log(`generated ${count} articles in ${seconds(generationMs)} s (${JSON.stringify(formats)})`)

const { serverUrl, stop } = await startThrowawayServer()
try {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  for (const name of ['bench_reference', 'bench_import']) {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`)
    await admin.query(`CREATE DATABASE ${name}`)
  }
  await admin.end()
  const referenceUrl = withDatabase(serverUrl, 'bench_reference')
  const importUrl = withDatabase(serverUrl, 'bench_import')
  await Promise.all([child(['src/bin/prepare.ts'], referenceUrl), child(['src/bin/prepare.ts'], importUrl)])
  console.log('databases migrated')

  const reference = JSON.parse((await child(['bench/worker.ts', 'reference', String(count)], referenceUrl)).stdout.trim().split('\n').pop()!)
  console.log(`reference: ${count} plain draft articles in ${seconds(reference.ms)} s`)
  const imported = JSON.parse((await child(['bench/worker.ts', 'import', articlesDir], importUrl)).stdout.trim().split('\n').pop()!)
  console.log(`import: ${count} files in ${seconds(imported.ms)} s`, imported.totals)
  const cli = await child(['src/bin/import.ts', '--json', articlesDir], importUrl)
  const rerun = JSON.parse(cli.stdout)

  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${os.type()} ${os.release()}`,
    },
    count,
    formats,
    generationSeconds: seconds(generationMs),
    reference: { seconds: seconds(reference.ms), perSecond: Math.round(count / (reference.ms / 1000)), peakRssMb: reference.peakRssMb },
    import: {
      seconds: seconds(imported.ms),
      perSecond: Math.round(count / (imported.ms / 1000)),
      peakRssMb: imported.peakRssMb,
      rssBeforeMb: imported.rssBeforeMb,
      totals: imported.totals,
      failures: imported.failures,
      stored: imported.stored,
    },
    ratio: Math.round((imported.ms / reference.ms) * 10) / 10,
    cliRerun: { seconds: seconds(cli.wallMs), totals: rerun.totals },
    goalSeconds: GOAL_SECONDS,
    meetsGoal: imported.ms / 1000 <= GOAL_SECONDS,
  }
  fs.writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)

  console.log(`
| figure | value |
|---|---|
| articles imported | ${results.import.totals.created} created, ${results.import.totals.failed} failed (${Object.entries(formats).map(([k, v]) => `${v} .${k}`).join(', ')}) |
| import wall time | ${results.import.seconds} s (goal ≤ ${GOAL_SECONDS} s: ${results.meetsGoal ? 'met' : 'NOT met'}) |
| import throughput | ${results.import.perSecond} articles/s |
| import peak RSS | ${results.import.peakRssMb} MB (${results.import.rssBeforeMb} MB after Payload init) |
| reference: ${count} plain draft articles, Local API | ${results.reference.seconds} s (${results.reference.perSecond}/s, peak RSS ${results.reference.peakRssMb} MB) |
| import / reference | ${results.ratio}× |
| stored | ${imported.stored.articles} articles, ${imported.stored.faqs} FAQs, ${imported.stored.disclaimers} disclaimers, ${imported.stored.therapists} therapists; ${imported.stored.articlesLinkedToTechniques} articles linked to techniques |
| CLI re-run (unchanged), process start to exit | ${results.cliRerun.seconds} s: ${JSON.stringify(results.cliRerun.totals)} |
| generation | ${results.generationSeconds} s |
| machine | ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGb} GB, Node ${results.machine.node} |
`)
  if (!results.meetsGoal || imported.totals.failed > 0) process.exitCode = 1
} finally {
  await stop()
}
