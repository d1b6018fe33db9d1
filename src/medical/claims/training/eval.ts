/**
 * `npm run eval:claims [-- --split test|dev|train] [--rules-only|--model-only] [--hand-written|--generated]
 * [--mistakes]`: per-kind recall and false-flag rate of the checker on one split of the corpus (the
 * frozen test split by default). --hand-written keeps only sentences of <lang>.tsv: on dev they
 * share no template with the generated training sentences, so they show how far the model carries.
 * --mistakes lists sentences of train or dev only: the test split is reported as figures.
 * --file <lang>.<name>.tsv scores a labelled file outside the split (corpus/en.probe4.tsv, a held-out probe),
 * or, with --split train|dev, the sentences of one corpus file that sit in that split (a round's dev
 * part). A corpus file's test sentences are never scored on their own: the test split is reported whole.
 */
import fs from 'node:fs'

import { type CorpusEntry, type CorpusLanguage, loadSplit, parseCorpus, type Split, splitCorpus } from '../corpus/corpus'
import { modelName } from '../model/scoreSentence'
import { evaluate, formatEvaluation } from './evaluate'

const args = process.argv.slice(2)
// --file <lang>.<name>.tsv: a labelled file outside the split (a held-out probe such as corpus/en.probe4.tsv).
const fileArg = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : fileArg ? undefined : 'test'
if (splitArg !== undefined && !['train', 'dev', 'test'].includes(splitArg)) throw new Error('--split must be train, dev or test')
if (fileArg && splitArg === 'test') throw new Error('--file with --split: train or dev only (the test split is reported whole)')
const split = (splitArg ?? 'test') as Split
const isModelDisabled = args.includes('--rules-only')
// --model-only: the model alone (rules off), to see how far it carries to wording no rule reads.
const isRulesDisabled = args.includes('--model-only')
if (isModelDisabled && isRulesDisabled) throw new Error('--rules-only and --model-only exclude each other')
const isHandWrittenOnly = args.includes('--hand-written')
const isGeneratedOnly = args.includes('--generated')
const fromFile = (file: string): CorpusEntry[] => {
  const entries = parseCorpus(fs.readFileSync(file, 'utf8'), (file.split('/').pop() ?? '').split('.')[0] as CorpusLanguage)
  if (!splitArg) return entries
  const { assignments } = loadSplit()
  return entries.filter((entry) => assignments[entry.id] === splitArg)
}
const entries = (fileArg ? fromFile(fileArg) : splitCorpus()[split]).filter(
  (entry) => !(isHandWrittenOnly && entry.isGenerated) && !(isGeneratedOnly && !entry.isGenerated),
)
const evaluation = evaluate(entries, { isModelDisabled, isRulesDisabled })
const subset = isHandWrittenOnly ? ', hand-written only' : isGeneratedOnly ? ', generated only' : ''
console.log(formatEvaluation(`${fileArg ? `${fileArg}${splitArg ? ` (${splitArg} split)` : ''}` : `${split} split`}${subset}, ${isModelDisabled ? 'rules only' : isRulesDisabled ? `${modelName} only` : `rules + ${modelName}`}`, evaluation))
if (args.includes('--mistakes') && (fileArg || split !== 'test')) {
  for (const { entry, sources } of evaluation.mistakes) {
    console.log(`${entry.isRisky ? 'MISSED' : 'FALSE '} ${entry.lang} ${entry.kind}: ${entry.text} ${sources.join(' ')}`)
  }
}
