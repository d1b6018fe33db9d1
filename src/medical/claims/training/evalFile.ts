/**
 * `npx tsx src/medical/claims/training/evalFile.ts <file.tsv> [--split train|dev] [--rules-only] [--mistakes]`:
 * per-kind recall and false-flag rate of the checker on one labelled file, such as a probe kept out
 * of the corpus (corpus/th.probe4.tsv), or on the sentences of one corpus file that sit in one split
 * (`--split dev`: a round's dev sentences). The language is read from the file name. The test split
 * is refused: it is reported as a whole by eval.ts, never file by file.
 */
import fs from 'node:fs'
import path from 'node:path'

import { type CorpusLanguage, loadSplit, parseCorpus } from '../corpus/corpus'
import { modelName } from '../model/scoreSentence'
import { evaluate, formatEvaluation } from './evaluate'

const args = process.argv.slice(2)
const file = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--split')
if (!file) throw new Error('usage: evalFile.ts <file.tsv> [--rules-only] [--mistakes]')
const lang: CorpusLanguage = path.basename(file).startsWith('th') ? 'th' : 'en'
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined
if (splitArg !== undefined && !['train', 'dev'].includes(splitArg)) throw new Error('--split must be train or dev')
const assignments = splitArg ? loadSplit().assignments : {}
const entries = parseCorpus(fs.readFileSync(file, 'utf8'), lang).filter(
  (entry) => !splitArg || assignments[entry.id] === splitArg,
)
const isModelDisabled = args.includes('--rules-only')
const evaluation = evaluate(entries, { isModelDisabled })
console.log(formatEvaluation(`${path.basename(file)}${splitArg ? ` (${splitArg} split)` : ''}, ${isModelDisabled ? 'rules only' : `rules + ${modelName}`}`, evaluation))
if (args.includes('--mistakes')) {
  for (const { entry, sources } of evaluation.mistakes) {
    console.log(`${entry.isRisky ? 'MISSED' : 'FALSE '} ${entry.kind}: ${entry.text} ${sources.join(' ')}`)
  }
}
