/**
 * Cost of the round-7 discourse cues (FAQ pairs, reported claims, object negation; issue 13):
 * the checker of this tree against a base checker extracted from an earlier commit, in one process,
 * runs interleaved, on the same English text (every English corpus sentence once, as paragraphs).
 *   git archive <base-commit> src/medical/claims | tar -x -C /tmp/claims-base
 *   CLAIMS_BASE=/tmp/claims-base npx tsx --conditions=production bench/claims-discourse.bench.ts
 * Prints the median time of each over BENCH_RUNS runs (default 15) and their ratio.
 */
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { checkClaims } from '../src/medical/claims'
import { loadCorpus } from '../src/medical/claims/corpus/corpus'

const base = process.env.CLAIMS_BASE
if (!base) throw new Error('set CLAIMS_BASE to a directory holding src/medical/claims of the base commit')
const runs = Number(process.env.BENCH_RUNS ?? 15)
const { checkClaims: baseCheck } = (await import(pathToFileURL(path.join(base, 'src/medical/claims/index.ts')).href)) as {
  checkClaims: typeof checkClaims
}
const english = loadCorpus().filter((entry) => entry.lang === 'en').map((entry) => entry.text)
const text = english.join('\n\n')
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const time = (check: typeof checkClaims) => {
  const started = performance.now()
  check(text)
  return performance.now() - started
}
time(checkClaims)
time(baseCheck)
const now: number[] = []
const before: number[] = []
for (let run = 0; run < runs; run += 1) {
  before.push(time(baseCheck))
  now.push(time(checkClaims))
}
console.log(
  `${english.length} English sentences, ${text.length} characters, load average ${os.loadavg()[0].toFixed(1)}: ` +
    `base ${median(before).toFixed(1)} ms, this tree ${median(now).toFixed(1)} ms, ratio ${(median(now) / median(before)).toFixed(2)}`,
)
