/**
 * The texts both claims benchmarks check (claims-speed.bench.ts, claims-ab.bench.ts): short
 * sentences of each kind repeated up to a length, and the labelled corpus read once.
 */
import { loadCorpus } from '../src/medical/claims/corpus/corpus'

export const ENGLISH = [
  'Gentle pressure on the glutes can ease tension for some people.',
  'Massage cannot cure the underlying cause of nerve pain.',
  'This routine is guaranteed to give permanent relief.',
  'Stop if you feel tingling or burning down the leg, and see Dr. Lee.',
  'Studies show that warmth relaxes tight muscles.',
  'Why live with pain when one session can end it?',
  'Our clinic is open on weekdays from nine until six.',
  'Deep tissue work is clinically proven to free a trapped nerve [3].',
]
export const THAI = [
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
export const words = (count: number) => build(ENGLISH, (parts) => parts.join('').split(/\s+/).length >= count)
export const chars = (sentences: string[], length: number) => build(sentences, (_, size) => size >= length).slice(0, length)
// The texts above repeat a few sentences, which caches (a Thai run segmented once, a token hashed
// once) favour; the corpus texts use every labelled sentence once, so nearly every sentence is new.
export const corpusText = (lang: 'en' | 'th') =>
  loadCorpus()
    .filter((entry) => entry.lang === lang)
    .map((entry, index) => (index % 6 === 5 ? `${entry.text}\n\n` : `${entry.text} `))
    .join('')
