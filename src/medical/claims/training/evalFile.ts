/**
 * `npx tsx src/medical/claims/training/evalFile.ts <file.tsv> [--rules-only] [--mistakes]`: per-kind
 * recall and false-flag rate of the checker on one labelled file outside the split, such as a
 * probe kept out of the corpus (corpus/th.probe4.tsv). The language is read from the file name.
 */
import fs from 'node:fs'
import path from 'node:path'

import { type CorpusLanguage, parseCorpus } from '../corpus/corpus'
import { modelName } from '../model/scoreSentence'
import { evaluate, formatEvaluation } from './evaluate'

const args = process.argv.slice(2)
const file = args.find((arg) => !arg.startsWith('--'))
if (!file) throw new Error('usage: evalFile.ts <file.tsv> [--rules-only] [--mistakes]')
const lang: CorpusLanguage = path.basename(file).startsWith('th') ? 'th' : 'en'
const entries = parseCorpus(fs.readFileSync(file, 'utf8'), lang)
const isModelDisabled = args.includes('--rules-only')
const evaluation = evaluate(entries, { isModelDisabled })
console.log(formatEvaluation(`${path.basename(file)}, ${isModelDisabled ? 'rules only' : `rules + ${modelName}`}`, evaluation))
if (args.includes('--mistakes')) {
  for (const { entry, sources } of evaluation.mistakes) {
    console.log(`${entry.isRisky ? 'MISSED' : 'FALSE '} ${entry.kind}: ${entry.text} ${sources.join(' ')}`)
  }
}
