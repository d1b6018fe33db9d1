/**
 * `npm run train:claims [outputPath]`: trains the claims model on the train and dev splits of
 * the corpus and writes model/weights.json (or outputPath). The test split is never read.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { splitCorpus } from '../corpus/corpus'
import { trainModelFile } from './trainModel'

const defaultOutput = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../model/weights.json')
const args = process.argv.slice(2)
// --train-only leaves dev out, to measure on dev what tuning does (npm run eval:claims -- --split dev).
const isTrainOnly = args.includes('--train-only')
const output = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? defaultOutput)
const { train, dev } = splitCorpus()
const started = performance.now()
const model = trainModelFile(isTrainOnly ? train : [...train, ...dev])
fs.writeFileSync(output, `${JSON.stringify(model)}\n`)
console.log(
  `${model.name}: ${model.risk.weights.en.length} + ${model.risk.weights.th.length} weights (en + th), thresholds en ${model.risk.threshold.en} th ${model.risk.threshold.th}, ` +
    `${isTrainOnly ? train.length : train.length + dev.length} sentences, ${Math.round(performance.now() - started)} ms -> ${output}`,
)
