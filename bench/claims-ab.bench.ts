/**
 * Claims checker A/B in separate processes (issue 13 speed): two copies of the checker, each
 * loaded alone in its own child process, alternating A B / B A so a change in the machine's load
 * hits both alike. Two checkers in one process (claims-speed.bench.ts with BENCH_BEFORE) compete
 * for the CPU caches and favour the one imported first; here each child has the machine's caches
 * to itself.
 *
 *   BENCH_A=src/medical/claims/index.ts BENCH_B=/tmp/before/src/medical/claims/index.ts \
 *     BENCH_PAIRS=6 npx tsx --conditions=production bench/claims-ab.bench.ts
 *
 * Each child checks every text once (warm-up), then times BENCH_RUNS runs of each text (median,
 * CPU time of the process) and a same-run reference (one lower-casing regular-expression scan of
 * the same text, as in claims-speed.bench.ts). The parent checks both give the same findings and
 * prints per text the median over pairs of A, B, A ÷ B (median of the pair ratios) and A ÷ reference.
 */
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chars, corpusText, ENGLISH, THAI, words } from './claimsTexts'

const texts = (): Record<string, string> => ({
  '5,000 words (en)': words(5_000),
  '100k chars (en)': chars(ENGLISH, 100_000),
  '400k chars (en)': chars(ENGLISH, 400_000),
  '400k chars (th)': chars(THAI, 400_000),
  'corpus, each sentence once (en)': corpusText('en'),
  'corpus, each sentence once (th)': corpusText('th'),
})

const reference = (text: string) => text.toLowerCase().match(/\b(?:cure|guarantee\w*|permanent|studies)\b/g)?.length ?? 0
const cpuNow = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const timed = (run: () => unknown, runs: number) => {
  const times: number[] = []
  for (let index = 0; index < runs; index += 1) {
    const start = cpuNow()
    run()
    times.push(cpuNow() - start)
  }
  return median(times)
}

interface ChildResult {
  [text: string]: { ms: number; referenceMs: number; findings: string }
}

async function child(checkerPath: string): Promise<void> {
  const { checkClaims } = (await import(path.resolve(checkerPath))) as typeof import('../src/medical/claims')
  const runs = Number(process.env.BENCH_RUNS ?? 11)
  const cases = texts()
  for (const text of Object.values(cases)) checkClaims(text)
  const result: ChildResult = {}
  for (const [name, text] of Object.entries(cases)) {
    const ms = timed(() => checkClaims(text), runs)
    const referenceMs = timed(() => reference(text), runs)
    // A digest of the findings, so the parent can compare the two checkers without large output.
    const findings = JSON.stringify(checkClaims(text))
    let hash = 0x811c9dc5
    for (let index = 0; index < findings.length; index += 1) hash = Math.imul(hash ^ findings.charCodeAt(index), 0x01000193)
    result[name] = { ms, referenceMs, findings: `${findings.length}:${(hash >>> 0).toString(16)}` }
  }
  process.stdout.write(JSON.stringify(result))
}

function runChild(checkerPath: string): ChildResult {
  const self = fileURLToPath(import.meta.url)
  const output = execFileSync(process.execPath, [...process.execArgv, self], {
    env: { ...process.env, BENCH_CHILD: checkerPath },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  return JSON.parse(output) as ChildResult
}

async function parent(): Promise<void> {
  const a = process.env.BENCH_A ?? 'src/medical/claims/index.ts'
  const b = process.env.BENCH_B
  if (!b) throw new Error('BENCH_B: path of the other checker\'s index.ts')
  const pairs = Number(process.env.BENCH_PAIRS ?? 6)
  const loads: string[] = [os.loadavg().map((load) => load.toFixed(2)).join(' ')]
  const results: Array<[ChildResult, ChildResult]> = []
  for (let pair = 0; pair < pairs; pair += 1) {
    if (pair % 2 === 0) {
      const first = runChild(a)
      results.push([first, runChild(b)])
    } else {
      const second = runChild(b)
      results.push([runChild(a), second])
    }
  }
  loads.push(os.loadavg().map((load) => load.toFixed(2)).join(' '))
  const rows = Object.keys(results[0][0]).map((name) => {
    const aMs = results.map(([resultA]) => resultA[name].ms)
    const bMs = results.map(([, resultB]) => resultB[name].ms)
    const referenceMs = results.flatMap(([resultA, resultB]) => [resultA[name].referenceMs, resultB[name].referenceMs])
    for (const [resultA, resultB] of results) {
      if (resultA[name].findings !== resultB[name].findings) throw new Error(`${name}: findings differ`)
    }
    return {
      text: name,
      'A ms': Number(median(aMs).toFixed(2)),
      'B ms': Number(median(bMs).toFixed(2)),
      'A/B': Number(median(aMs.map((ms, index) => ms / bMs[index])).toFixed(2)),
      'pair ratios': aMs.map((ms, index) => (ms / bMs[index]).toFixed(2)).join(' '),
      'fastest A / fastest B': `${Math.min(...aMs).toFixed(1)} / ${Math.min(...bMs).toFixed(1)}`,
      'reference ms': Number(median(referenceMs).toFixed(3)),
      'A/reference': Math.round(median(aMs) / median(referenceMs)),
      'B/reference': Math.round(median(bMs) / median(referenceMs)),
    }
  })
  console.log(`A ${a}\nB ${b}\n${pairs} pairs, load average before ${loads[0]}, after ${loads[1]}`)
  console.table(rows)
}

await (process.env.BENCH_CHILD ? child(process.env.BENCH_CHILD) : parent())
