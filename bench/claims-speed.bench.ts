/**
 * Claims checker speed with the learned model (issue 13): `npm run bench:claims`
 * Times a 5,000-word article and 400,000 characters (paragraphs of English, and of Thai), and the
 * labelled corpus with every sentence once (English, Thai), rules + model, against a same-run
 * reference: one lower-casing regular-expression scan of the same text.
 * Each time is the median of BENCH_RUNS runs (default 15) after a warm-up.
 */
import os from 'node:os'
import { checkClaims } from '../src/medical/claims'
import { chars, corpusText, ENGLISH, THAI, words } from './claimsTexts'


const reference = (text: string) => text.toLowerCase().match(/\b(?:cure|guarantee\w*|permanent|studies)\b/g)?.length ?? 0

// BENCH_CLOCK=cpu times by this process's CPU time (process.cpuUsage) instead of the wall clock:
// on a shared, overloaded machine the wall clock also counts the time other processes hold the CPU.
const isCpuClock = process.env.BENCH_CLOCK === 'cpu'
const now = () => {
  if (!isCpuClock) return performance.now()
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

const median = (run: () => unknown, runs: number) => {
  run()
  const times: number[] = []
  for (let index = 0; index < runs; index += 1) {
    const start = now()
    run()
    times.push(now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]
}

/**
 * Medians of two runs timed turn about, so a change in the machine's load hits both alike; which
 * goes first alternates, since the second of a pair was measurably favoured (or not) by the first.
 */
const interleavedMedians = (first: () => unknown, second: () => unknown, runs: number) => {
  first()
  second()
  const times: [number[], number[]] = [[], []]
  for (let index = 0; index < runs; index += 1) {
    const order = index % 2 ? [1, 0] : [0, 1]
    for (const slot of order) {
      const start = now()
      ;[first, second][slot]()
      times[slot].push(now() - start)
    }
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(runs / 2)]) as [number, number]
}

const runs = Number(process.env.BENCH_RUNS ?? 15)
const cases = {
  '5,000 words (en)': words(5_000),
  '400k chars (en)': chars(ENGLISH, 400_000),
  '400k chars (th)': chars(THAI, 400_000),
  '100k chars (en)': chars(ENGLISH, 100_000),
  '200k chars (en)': chars(ENGLISH, 200_000),
  'corpus, each sentence once (en)': corpusText('en'),
  'corpus, each sentence once (th)': corpusText('th'),
}
// BENCH_BEFORE=<path to another copy's src/medical/claims/index.ts> times that checker too, in
// the same run (turn about with this one), checks it gives the same findings, and prints this one's time as a share of it.
type Checker = typeof checkClaims
const before = process.env.BENCH_BEFORE
  ? ((await import(process.env.BENCH_BEFORE)) as { checkClaims: Checker }).checkClaims
  : undefined

console.log(`load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`)
// Every text once before any timing, so the first text is not timed while V8 is still compiling
// the checker's functions and expressions (a long-lived worker checks warm). BENCH_COLD=1 skips
// this, as the bench did before 2026-11-30: then the first row (5,000 words) includes the warm-up.
if (!process.env.BENCH_COLD) {
  for (const text of Object.values(cases)) {
    checkClaims(text)
    checkClaims(text, { isModelDisabled: true })
    before?.(text)
  }
}
const rows = Object.entries(cases).map(([name, text]) => {
  const [checker, beforeMs] = before
    ? interleavedMedians(() => checkClaims(text), () => before(text), runs)
    : [median(() => checkClaims(text), runs), undefined]
  const rulesOnly = median(() => checkClaims(text, { isModelDisabled: true }), runs)
  const baseline = median(() => reference(text), runs)
  if (before && JSON.stringify(before(text)) !== JSON.stringify(checkClaims(text))) throw new Error(`${name}: findings differ`)
  return {
    text: name,
    chars: text.length,
    findings: checkClaims(text).length,
    'checker ms': Number(checker.toFixed(2)),
    ...(beforeMs === undefined ? {} : { 'before ms': Number(beforeMs.toFixed(2)), 'checker/before': Number((checker / beforeMs).toFixed(2)) }),
    'rules only ms': Number(rulesOnly.toFixed(2)),
    'reference ms': Number(baseline.toFixed(3)),
    'checker/reference': Math.round(checker / baseline),
  }
})
console.table(rows)
console.log(`load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}`)
