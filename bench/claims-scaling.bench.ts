/**
 * Claims checker scaling: `npx tsx --conditions=production bench/claims-scaling.bench.ts [maxChars]`
 * Times the checker on texts of 50k to 800k characters in three shapes (one paragraph of many
 * sentences, one sentence per line, one endless sentence without punctuation) and prints the
 * ratio of each time to the one at half the size: about 2 means linear, about 4 quadratic.
 * Each size also times a same-run reference (one lower-casing regex scan of the text).
 */
import { checkClaims } from '../src/medical/claims'

const SENTENCES = [
  'Gentle pressure on the glutes can ease tension for some people.',
  'Massage cannot cure the underlying cause of nerve pain.',
  'This routine is guaranteed to give permanent relief.',
  'Stop if you feel tingling or burning down the leg, and see Dr. Lee.',
  'Studies show that warmth relaxes tight muscles.',
]

const build = (length: number, join: (sentence: string) => string) => {
  const parts: string[] = []
  let size = 0
  for (let index = 0; size < length; index += 1) {
    const part = join(SENTENCES[index % SENTENCES.length])
    parts.push(part)
    size += part.length
  }
  return parts.join('').slice(0, length)
}

const SHAPES: Record<string, (length: number) => string> = {
  paragraph: (length) => build(length, (sentence) => `${sentence} `),
  lines: (length) => build(length, (sentence) => `${sentence}\n`),
  unpunctuated: (length) => build(length, (sentence) => `${sentence.replace(/[.,]/g, '')} and `),
}

const reference = (text: string) => text.toLowerCase().match(/\b(?:cure|guarantee\w*|permanent|studies)\b/g)?.length ?? 0

// The fastest of a few runs: on a shared machine the slower ones measure the neighbours.
const fastest = (run: () => unknown, runs: number) => {
  let best = Infinity
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now()
    run()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

const maxChars = Number(process.argv[2] ?? 800_000)
checkClaims(SHAPES.paragraph(50_000)) // warm up the JIT before the first timed size
const sizes = [50_000, 100_000, 200_000, 400_000, 800_000].filter((size) => size <= maxChars)
for (const [shape, make] of Object.entries(SHAPES)) {
  let previous: number | undefined
  const rows = sizes.map((size) => {
    const text = make(size)
    const runs = Number(process.env.BENCH_RUNS ?? 5)
    const checker = fastest(() => checkClaims(text), runs)
    const baseline = fastest(() => reference(text), runs)
    const row = {
      chars: size,
      findings: checkClaims(text).length,
      checkerMs: Math.round(checker),
      referenceMs: Number(baseline.toFixed(1)),
      'checker/reference': Math.round(checker / baseline),
      'time ÷ time at half size': previous ? Number((checker / previous).toFixed(2)) : '-',
    }
    previous = checker
    return row
  })
  console.log(`\n${shape}`)
  console.table(rows)
}
