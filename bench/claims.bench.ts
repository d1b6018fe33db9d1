/**
 * Claims checker speed: `npx tsx bench/claims.bench.ts`
 * The checker runs on every save, over all wording. Compared in the same run against a
 * reference that only lower-cases the text and scans it once with one regular expression,
 * so the ratio holds on a noisy, shared machine.
 */
import { checkClaims } from '../src/medical/claims'

const SENTENCES = [
  'Gentle pressure on the glutes can ease tension for some people.',
  'Massage cannot cure the underlying cause of nerve pain.',
  'This routine is guaranteed to give permanent relief.',
  'Stop if you feel tingling or burning down the leg.',
  'Studies show that warmth relaxes tight muscles.',
  'Ask your doctor before starting if you have numbness.',
  'Can massage heal a herniated disc?',
  'Our therapists adapt the pressure to what you tolerate.',
]

const article = (words: number) => {
  const parts: string[] = []
  let count = 0
  for (let i = 0; count < words; i++) {
    const sentence = SENTENCES[i % SENTENCES.length]
    parts.push(i % 5 === 4 ? `${sentence}\n\n` : sentence)
    count += sentence.split(' ').length
  }
  return parts.join(' ')
}

const reference = (text: string) => text.toLowerCase().match(/\b(cure|guarantee\w*|permanent|studies)\b/g)?.length ?? 0

const median = (fn: () => unknown, runs: number) => {
  fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]
}

const rows = [500, 5_000, 20_000].map((words) => {
  const text = article(words)
  const checker = median(() => checkClaims(text), 21)
  const baseline = median(() => reference(text), 21)
  return { words, findings: checkClaims(text).length, checkerMs: checker.toFixed(2), referenceMs: baseline.toFixed(3), ratio: (checker / baseline).toFixed(0) }
})
console.table(rows)
