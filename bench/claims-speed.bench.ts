/**
 * Claims checker speed with the learned model (issue 13): `npm run bench:claims`
 * Times a 5,000-word article and 400,000 characters (paragraphs of English, and of Thai), rules +
 * model, against a same-run reference: one lower-casing regular-expression scan of the same text.
 * Each time is the median of BENCH_RUNS runs (default 15) after a warm-up.
 */
import { checkClaims } from '../src/medical/claims'

const ENGLISH = [
  'Gentle pressure on the glutes can ease tension for some people.',
  'Massage cannot cure the underlying cause of nerve pain.',
  'This routine is guaranteed to give permanent relief.',
  'Stop if you feel tingling or burning down the leg, and see Dr. Lee.',
  'Studies show that warmth relaxes tight muscles.',
  'Why live with pain when one session can end it?',
  'Our clinic is open on weekdays from nine until six.',
  'Deep tissue work is clinically proven to free a trapped nerve [3].',
]
const THAI = [
  'การนวดอาจช่วยให้กล้ามเนื้อรอบสะโพกคลายตัวได้ชั่วคราว',
  'การนวดรักษาอาการปวดร้าวลงขาให้หายขาดได้',
  'หากขาอ่อนแรงมากขึ้นเรื่อย ๆ ควรพบแพทย์โดยเร็ว',
  'ไม่ต้องผ่าตัดอีกต่อไป เพราะการนวดของเราช่วยได้',
]

const build = (sentences: string[], isDone: (parts: string[], size: number) => boolean) => {
  const parts: string[] = []
  let size = 0
  for (let index = 0; !isDone(parts, size); index += 1) {
    const sentence = sentences[index % sentences.length]
    parts.push(index % 6 === 5 ? `${sentence}\n\n` : `${sentence} `)
    size += sentence.length + 1
  }
  return parts.join('')
}
const words = (count: number) => build(ENGLISH, (parts) => parts.join('').split(/\s+/).length >= count)
const chars = (sentences: string[], length: number) => build(sentences, (_, size) => size >= length).slice(0, length)

const reference = (text: string) => text.toLowerCase().match(/\b(?:cure|guarantee\w*|permanent|studies)\b/g)?.length ?? 0

const median = (run: () => unknown, runs: number) => {
  run()
  const times: number[] = []
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]
}

const runs = Number(process.env.BENCH_RUNS ?? 15)
const cases = {
  '5,000 words (en)': words(5_000),
  '400k chars (en)': chars(ENGLISH, 400_000),
  '400k chars (th)': chars(THAI, 400_000),
  '100k chars (en)': chars(ENGLISH, 100_000),
  '200k chars (en)': chars(ENGLISH, 200_000),
}
const rows = Object.entries(cases).map(([name, text]) => {
  const checker = median(() => checkClaims(text), runs)
  const rulesOnly = median(() => checkClaims(text, { isModelDisabled: true }), runs)
  const baseline = median(() => reference(text), runs)
  return {
    text: name,
    chars: text.length,
    findings: checkClaims(text).length,
    'checker ms': Number(checker.toFixed(2)),
    'rules only ms': Number(rulesOnly.toFixed(2)),
    'reference ms': Number(baseline.toFixed(3)),
    'checker/reference': Math.round(checker / baseline),
  }
})
console.table(rows)
