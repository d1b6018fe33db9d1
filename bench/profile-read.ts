/**
 * Where an uncached anonymous read spends its CPU, on the production build:
 *   npx next build && npx tsx --conditions=production bench/profile-read.ts [path] [seconds]
 *
 * Starts `next start` with the response cache off and V8's sampling profiler on, loads one path
 * with autocannon -c 10 for the given seconds (default `/api/articles?limit=10&depth=0`, 15 s),
 * stops the server (the profile is written at exit) and prints self time grouped by package and
 * the top functions. The .cpuprofile stays in bench/out/ for Chrome DevTools.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'

import { freePort } from '../tests/helpers/freePort'
import { startOwnPostgres } from '../tests/e2e/ownServer'

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const autocannon = createRequire(import.meta.url)('autocannon') as (options: Record<string, unknown>) => Promise<{
  requests: { average: number }
  non2xx: number
}>

if (!fs.existsSync('.next/BUILD_ID')) throw new Error('Build first: npx next build')
const target = process.argv[2] ?? '/api/articles?limit=10&depth=0'
const seconds = Number(process.argv[3] ?? 15)
const outDir = path.resolve('bench/out/profile')
fs.rmSync(outDir, { recursive: true, force: true })
fs.mkdirSync(outDir, { recursive: true })

/** Which package (or our own source) a frame's script belongs to. */
const ownerOf = (url: string) => {
  if (!url) return '(native / V8)'
  const modules = url.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/')
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
  }
  if (url.startsWith('node:')) return 'node core'
  if (url.includes('/.next/server/chunks/')) return '.next chunk (app code + inlined packages)'
  return url.replace(/^file:\/\//, '').replace(process.cwd(), '.')
}

const db = await startOwnPostgres()
try {
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  // NODE_OPTIONS may not carry --cpu-prof: run Next's CLI under a profiling node instead.
  const server = spawn(
    process.execPath,
    [`--cpu-prof`, `--cpu-prof-dir=${outDir}`, 'node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: db.databaseUrl,
        MEDIA_DIR: db.mediaDir,
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
        NEXT_PUBLIC_SERVER_URL: baseURL,
        DELIVERY_CACHE: 'off',
        RATE_LIMIT_MULTIPLIER: '100000',
        DATABASE_POOL_MAX: '10',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  const exited = new Promise((resolve) => server.once('exit', resolve))
  try {
    const deadline = Date.now() + 90_000
    for (;;) {
      const isReady = await fetch(`${baseURL}/api/health/ready`).then((r) => r.ok, () => false)
      if (isReady) break
      if (Date.now() > deadline) throw new Error('next start did not become ready')
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const url = `${baseURL}${target}`
    await autocannon({ url, connections: 10, duration: 3 }) // warm-up
    const result = await autocannon({ url, connections: 10, duration: seconds })
    console.log(`${target}: ${Math.round(result.requests.average)} req/s, non-2xx ${result.non2xx}`)
  } finally {
    // SIGINT lets Next close and node write the profile.
    server.kill('SIGINT')
    await exited
  }
} finally {
  await db.cleanup()
}

// Next may fork workers: take the largest profile written.
const files = fs.readdirSync(outDir).filter((name) => name.endsWith('.cpuprofile'))
const largest = files
  .map((name) => ({ name, size: fs.statSync(path.join(outDir, name)).size }))
  .sort((a, b) => b.size - a.size)[0]
if (!largest) throw new Error('no .cpuprofile written')
const profile = JSON.parse(fs.readFileSync(path.join(outDir, largest.name), 'utf8')) as Profile
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const selfUs = new Map<number, number>()
profile.samples.forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)))
const total = [...selfUs.values()].reduce((sum, value) => sum + value, 0)
const idle = [...selfUs].filter(([id]) => byId.get(id)?.callFrame.functionName === '(idle)').reduce((s, [, v]) => s + v, 0)

const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value)
const byOwner = new Map<string, number>()
const byFunction = new Map<string, number>()
for (const [id, us] of selfUs) {
  const frame = byId.get(id)?.callFrame
  if (!frame || frame.functionName === '(idle)') continue
  add(byOwner, ownerOf(frame.url), us)
  add(byFunction, `${frame.functionName || '(anonymous)'}  ${ownerOf(frame.url)}:${frame.lineNumber + 1}`, us)
}
const busy = total - idle
const table = (map: Map<string, number>, rows: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([key, us]) => `${((100 * us) / busy).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${key}`)
    .join('\n')
console.log(`profile ${largest.name}: busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms`)
console.log('\nself time by owner\n' + table(byOwner, 25))
console.log('\ntop functions (self)\n' + table(byFunction, 40))
