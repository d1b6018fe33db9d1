/**
 * Read latency while a 1 MB text import runs, on the production build:
 *   npx next build && npx tsx --conditions=production bench/read-latency.bench.ts
 *
 * Starts a throwaway PostgreSQL, seeds it (src/bin/prepare.ts --seed), and for each pool size
 * (CPU_WORKERS=0: everything on the request thread, as before the pool; then the default pool)
 * starts `next start`, times anonymous `GET /api/articles/count` at concurrency 2 while idle
 * and while an admin imports a 1 MB .txt (POST /api/import), and prints p50/p99 and the ratio
 * of the p99 under import to the idle p99 of the same server.
 */
import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

import { TSX_FLAGS } from '../src/lib/tsxArgs'
import { freePort } from '../tests/helpers/freePort'
import { startThrowawayServer, withDatabase } from '../tests/helpers/throwawayDatabase'

const run = promisify(execFile)
const bin = (name: string) => path.resolve('node_modules/.bin', name)
const IMPORTS = 3
const IDLE_READS = 300

if (!fs.existsSync('.next/BUILD_ID')) throw new Error('Build first: npx next build')

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

const timedRead = async (baseURL: string) => {
  const started = performance.now()
  const response = await fetch(`${baseURL}/api/articles/count`)
  await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`read answered ${response.status}`)
  return performance.now() - started
}

/** Two readers in a loop until `until` settles (or `count` reads are done). */
const readLoop = async (baseURL: string, options: { count?: number; until?: Promise<unknown> }) => {
  const times: number[] = []
  let isDone = false
  void options.until?.finally(() => (isDone = true))
  const reader = async () => {
    while (!isDone && (options.count === undefined || times.length < options.count)) times.push(await timedRead(baseURL))
  }
  await Promise.all([reader(), reader()])
  return times
}

const paragraph = 'Slow pressure on the glutes eases a tight piriformis for many people. '.repeat(20)
const megabyteText = `Long notes\n\n${`${paragraph}\n\n`.repeat(740)}`

const measure = async (databaseUrl: string, mediaDir: string, workers: string | undefined) => {
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const server = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      MEDIA_DIR: mediaDir,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      NEXT_PUBLIC_SERVER_URL: baseURL,
      ...(workers === undefined ? {} : { CPU_WORKERS: workers }),
    },
    stdio: 'ignore',
  })
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        if ((await fetch(`${baseURL}/api/articles/count`)).ok) break
      } catch {
        // not listening yet
      }
      if (attempt > 240) throw new Error('server did not start')
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const login = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@relief.test', password: 'relief-dev-password' }),
    })
    const { token } = (await login.json()) as { token: string }
    const importOnce = async (index: number) => {
      const form = new FormData()
      form.append('files', new Blob([megabyteText]), `long-notes-${index}.txt`)
      const started = performance.now()
      const response = await fetch(`${baseURL}/api/import`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
      await response.arrayBuffer()
      return performance.now() - started
    }
    // Warm-up: the first import starts the worker and loads Lexical; the first reads compile routes.
    await readLoop(baseURL, { count: 50 })
    await importOnce(-1)
    const idle = await readLoop(baseURL, { count: IDLE_READS })
    const during: number[] = []
    const importTimes: number[] = []
    for (let index = 0; index < IMPORTS; index += 1) {
      const importing = importOnce(index)
      during.push(...(await readLoop(baseURL, { until: importing })))
      importTimes.push(await importing)
    }
    return {
      CPU_WORKERS: workers ?? 'default',
      'idle p50 ms': Number(percentile(idle, 50).toFixed(1)),
      'idle p99 ms': Number(percentile(idle, 99).toFixed(1)),
      'reads during import': during.length,
      'import p50 ms': Number(percentile(during, 50).toFixed(1)),
      'import p99 ms': Number(percentile(during, 99).toFixed(1)),
      'p99 import / idle': Number((percentile(during, 99) / percentile(idle, 99)).toFixed(2)),
      'import request ms (median)': Math.round(percentile(importTimes, 50)),
    }
  } finally {
    server.kill('SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
  }
}

const { serverUrl, stop } = await startThrowawayServer()
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relief-bench-media-'))
try {
  const database = `relief_bench_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${database}`)
  await admin.end()
  const databaseUrl = withDatabase(serverUrl, database)
  await run(bin('tsx'), [...TSX_FLAGS, 'src/bin/prepare.ts', '--seed'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development', MEDIA_DIR: mediaDir },
  })
  const rows = []
  for (const workers of ['0', undefined]) rows.push(await measure(databaseUrl, mediaDir, workers))
  console.log(`1 MB import = ${megabyteText.length} characters; ${IMPORTS} imports; ${os.availableParallelism()} cores`)
  console.table(rows)
} finally {
  await stop()
  fs.rmSync(mediaDir, { recursive: true, force: true })
}
