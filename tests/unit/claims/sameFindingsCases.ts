/*
 * A large, varied, deterministic set of texts for the claims checker (sameFindings.test.ts):
 * every corpus and labelled sentence alone, in upper case and with curly quotes; documents built
 * from them (paragraphs, lines, unpunctuated runs, English and Thai mixed, long Thai lines); the
 * fixture articles and import files; the benchmark texts; with and without citations, locale and
 * the model. Its findings were recorded from the checker before the speed work, so any change in
 * ids, offsets, kinds or confidence shows up as a difference.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CheckClaimsOptions } from '../../../src/medical/claims'
import { loadCorpus } from '../../../src/medical/claims/corpus/corpus'
import { LABELLED_SENTENCES } from './labelled'

export interface FindingsCase {
  name: string
  text: string
  options?: CheckClaimsOptions
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

// A small deterministic generator so the documents are the same on every machine.
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const curly = (text: string) => text.replace(/'/g, '\u2019').replace(/"([^"]*)"/g, '\u201C$1\u201D')

export function findingsCases(): FindingsCase[] {
  const corpus = loadCorpus()
  const english = corpus.filter((entry) => entry.lang === 'en').map((entry) => entry.text)
  const thai = corpus.filter((entry) => entry.lang === 'th').map((entry) => entry.text)
  const labelled = LABELLED_SENTENCES.map((sentence) => sentence.text)
  const cases: FindingsCase[] = []

  corpus.forEach((entry, index) => cases.push({ name: `corpus ${entry.lang} ${index}`, text: entry.text }))
  labelled.forEach((text, index) => cases.push({ name: `labelled ${index}`, text }))
  english.forEach((text, index) => {
    if (index % 3 === 0) cases.push({ name: `upper en ${index}`, text: text.toUpperCase() })
    if (index % 3 === 1) cases.push({ name: `curly en ${index}`, text: curly(text) })
    if (index % 5 === 2) cases.push({ name: `rules only en ${index}`, text, options: { isModelDisabled: true } })
    if (index % 7 === 3) cases.push({ name: `cited en ${index}`, text, options: { citations: [{ start: text.length, end: text.length }] } })
  })
  thai.forEach((text, index) => {
    if (index % 4 === 0) cases.push({ name: `locale th ${index}`, text, options: { locale: 'th' } })
    if (index % 5 === 1) cases.push({ name: `rules only th ${index}`, text, options: { isModelDisabled: true } })
  })

  const next = random(13)
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]
  const joiners = [' ', '\n', '\n\n', ' ', '  ', '\n- ', '\n\u2022 ', ', and ']
  for (let document = 0; document < 240; document += 1) {
    const count = 3 + Math.floor(next() * 40)
    const thaiShare = document % 4 === 0 ? 0.5 : document % 4 === 1 ? 1 : 0
    let text = ''
    const citations: Array<{ start: number; end: number }> = []
    for (let index = 0; index < count; index += 1) {
      const sentence = next() < thaiShare ? pick(thai) : pick(english)
      if (index) text += pick(joiners)
      const start = text.length
      text += document % 6 === 5 ? sentence.replace(/[.,!?]/g, '') : sentence
      if (next() < 0.15) citations.push({ start: start + Math.floor(next() * sentence.length), end: text.length })
      if (next() < 0.05) text += ' [2]'
    }
    const options: CheckClaimsOptions = {}
    if (document % 3 === 0) options.citations = citations
    if (document % 5 === 0) options.locale = document % 2 ? 'en' : 'th'
    if (document % 11 === 0) options.isModelDisabled = true
    cases.push({ name: `document ${document}`, text, options })
  }
  // Long Thai lines (cut into parts at spaces) and a long line without any space.
  for (let line = 0; line < 20; line += 1) {
    const parts = Array.from({ length: 5 + Math.floor(next() * 30) }, () => pick(thai))
    cases.push({ name: `thai line ${line}`, text: parts.join(line % 2 ? ' ' : '') })
  }

  for (const folder of ['tests/fixtures/articles', 'tests/fixtures/import']) {
    for (const file of fs.readdirSync(path.join(root, folder)).sort()) {
      const text = fs.readFileSync(path.join(root, folder, file), 'utf8')
      cases.push({ name: `fixture ${file}`, text })
      cases.push({ name: `fixture ${file} one line`, text: text.replace(/\n+/g, ' ') })
      cases.push({ name: `fixture ${file} unpunctuated`, text: text.replace(/[.,!?;:\n]/g, ' ') })
      cases.push({ name: `fixture ${file} th`, text, options: { locale: 'th' } })
    }
  }

  // The benchmark shapes (bench/claims-speed.bench.ts, bench/claims-scaling.bench.ts), smaller.
  const benchEnglish = english.slice(0, 40)
  const build = (sentences: string[], length: number, join: (sentence: string, index: number) => string) => {
    let text = ''
    for (let index = 0; text.length < length; index += 1) text += join(sentences[index % sentences.length], index)
    return text.slice(0, length)
  }
  cases.push({ name: 'bench paragraphs en', text: build(benchEnglish, 60_000, (s, i) => (i % 6 === 5 ? `${s}\n\n` : `${s} `)) })
  cases.push({ name: 'bench paragraphs th', text: build(thai.slice(0, 40), 60_000, (s, i) => (i % 6 === 5 ? `${s}\n\n` : `${s} `)) })
  cases.push({ name: 'bench lines en', text: build(benchEnglish, 30_000, (s) => `${s}\n`) })
  cases.push({ name: 'bench unpunctuated en', text: build(benchEnglish, 30_000, (s) => `${s.replace(/[.,]/g, '')} and `) })
  return cases
}
