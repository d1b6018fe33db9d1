/**
 * `npm run eval:claims [-- --split test|dev|train] [--rules-only] [--mistakes]`: per-kind recall
 * and false-flag rate of the checker on one split of the corpus (the frozen test split by default).
 */
import { type Split, splitCorpus } from '../corpus/corpus'
import { modelName } from '../model/scoreSentence'
import { evaluate, formatEvaluation } from './evaluate'

const args = process.argv.slice(2)
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'test'
if (!['train', 'dev', 'test'].includes(splitArg)) throw new Error('--split must be train, dev or test')
const split = splitArg as Split
const isModelDisabled = args.includes('--rules-only')
const entries = splitCorpus()[split]
const evaluation = evaluate(entries, { isModelDisabled })
console.log(formatEvaluation(`${split} split, ${isModelDisabled ? 'rules only' : `rules + ${modelName}`}`, evaluation))
if (args.includes('--mistakes')) {
  for (const { entry, sources } of evaluation.mistakes) {
    console.log(`${entry.isRisky ? 'MISSED' : 'FALSE '} ${entry.lang} ${entry.kind}: ${entry.text} ${sources.join(' ')}`)
  }
}
