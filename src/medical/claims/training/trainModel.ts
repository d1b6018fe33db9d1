/*
 * Training of the claims model (model/weights.json) on the committed corpus. Deterministic:
 * full-batch gradient descent in a fixed order from zero weights, weights rounded to 4
 * decimals, so the same corpus always gives the same bytes (tests/unit/claims/model.test.ts).
 */
import { createHash } from 'node:crypto'

import { checkClaims } from '../checkClaims'
import { CATEGORIES } from '../compile'
import type { CorpusEntry } from '../corpus/corpus'
import { FEATURE_BITS, featureIndices, hashString, wordFeatureIndices } from '../model/features'
import { withNegatedObjects } from '../model/negatedObjects'
import { isPairLine } from './isPairLine'
import type { ModelFile } from '../model/types'

const EPOCHS = Number(process.env.CLAIMS_EPOCHS ?? 300)
const LEARNING_RATE = Number(process.env.CLAIMS_LR ?? 0.03)
const ADAM_BETA1 = 0.9
const ADAM_BETA2 = 0.999
/**
 * 3e-5 until model round 30. At 1e-5 the model alone caught 0.78 of the released probes' risky
 * sentences instead of 0.72 for the same 0.008 false flags (trained on train+dev, threshold 0.70);
 * with the rules, dev scored by a train-only model went 0.990 / 0.017 -> 0.992 / 0.019. No L2 at
 * all reached 0.86 on the probes but 0.029 dev false flags (bench/RESULTS.md, "Claims model 30").
 */
const L2 = Number(process.env.CLAIMS_L2 ?? 0.00001)
const FOLDS = 5
/**
 * How many more safe sentences (as a share) the model may flag than the rules alone, on
 * out-of-fold scores; the goal for the whole checker is at most 0.05. English allows 0.03 since
 * the fourth round: on dev, a model trained on train alone then sat at the floor (then 0.75) and
 * caught more unseen risky wording for 0.019 dev false flags in all (0.008 at 0.80). Thai allows
 * 0.03 too (tuned separately on Thai dev: fresh Thai wording mostly scored 0.7–0.85, and the floor
 * added one false flag there). CLAIMS_EXTRA_FF overrides both, for experiments.
 */
export const MODEL_EXTRA_FALSE_FLAG_RATE: Record<Language, number> = {
  en: Number(process.env.CLAIMS_EXTRA_FF ?? 0.03),
  th: Number(process.env.CLAIMS_EXTRA_FF ?? 0.03),
}
/**
 * The lowest threshold ever used, for both languages. Fixture article prose (a "Label:
 * explanation" bullet, "Length: ..." and "Pressure: ..." lines) scored up to 0.745, so it was
 * 0.75 from the third round (0.85 before). Model round 29 added such prose in its own words
 * (en.round29m.tsv: labelled bullets, session logistics, steps, anatomy, headings, table lines):
 * fixture prose now peaks at 0.634 (with one weight table per language), the out-of-fold
 * calibration picks 0.65 (en) and 0.708 (th), and 0.70 keeps a margin of 0.06 over that prose,
 * whose scores move by several hundredths between retrains (a model trained on train alone,
 * without the dev part of that file, still scored a fixture "Length: ..." line 0.758). On dev scored by a model trained
 * on train alone, 0.70 against 0.75 gained recall 0.986 -> 0.994 for false flags 0.010 -> 0.017;
 * 0.68 added 0.012 (bench/RESULTS.md, "Claims model 29"). CLAIMS_MIN_THRESHOLD overrides it, for
 * experiments.
 */
export const MODEL_MIN_THRESHOLD = Number(process.env.CLAIMS_MIN_THRESHOLD ?? 0.7)
const NAIVE_BAYES_ALPHA = 0.5

type Language = 'en' | 'th'

const LANGUAGES = ['en', 'th'] as const

interface Sample {
  locals: Int32Array
  values: Float64Array
  label: number
  weight: number
  /** Index into LANGUAGES: which intercept the sentence reads. */
  language: number
}

const round = (value: number) => Number(value.toFixed(4))

/** A sentence counts as a risky claim for the model when it is one, or when it is one with a citation attached. */
export const modelLabel = (entry: CorpusEntry) => (entry.isRisky || entry.kind === 'cited' ? 1 : 0)
export const claimKindOf = (entry: CorpusEntry) => (entry.kind === 'cited' ? entry.claimKind ?? 'efficacy' : entry.kind)

interface RiskModel {
  /** One intercept and one weight table per language (model/types.ts says why); L2 applies to the weights only. */
  bias: Record<Language, number>
  weights: Record<Language, Map<number, number>>
}

export function trainRisk(allEntries: CorpusEntry[]): RiskModel {
  const entries = allEntries.filter((entry) => !isPairLine(entry.text))
  // A feature fired by English and by Thai sentences is two features: one in each language's table.
  const globalToLocal = new Map<number, number>()
  const featureOrder: number[] = []
  const featureLanguage: number[] = []
  // Classes are balanced per language, so the few Thai sentences weigh as much as the English.
  const groupCounts = new Map<string, number>()
  for (const entry of entries) {
    const key = `${entry.lang}/${modelLabel(entry)}`
    groupCounts.set(key, (groupCounts.get(key) ?? 0) + 1)
  }
  const samples: Sample[] = entries.map((entry) => {
    const counts = new Map<number, number>()
    // The model reads object negation as it does when scoring (model/negatedObjects.ts, checkClaims.ts).
    const indices = featureIndices(withNegatedObjects(entry.text))
    const language = LANGUAGES.indexOf(entry.lang)
    for (const index of indices) {
      const key = index + language * (1 << FEATURE_BITS)
      let local = globalToLocal.get(key)
      if (local === undefined) {
        local = featureOrder.length
        globalToLocal.set(key, local)
        featureOrder.push(index)
        featureLanguage.push(language)
      }
      counts.set(local, (counts.get(local) ?? 0) + 1)
    }
    const norm = Math.sqrt(indices.length || 1)
    const group = groupCounts.get(`${entry.lang}/${modelLabel(entry)}`) ?? 1
    return {
      locals: Int32Array.from(counts.keys()),
      values: Float64Array.from(counts.values(), (count) => count / norm),
      label: modelLabel(entry),
      weight: entries.length / (groupCounts.size * group),
      language,
    }
  })
  const weights = new Float64Array(featureOrder.length)
  const bias = new Float64Array(LANGUAGES.length)
  const gradient = new Float64Array(featureOrder.length)
  const moment1 = new Float64Array(featureOrder.length)
  const moment2 = new Float64Array(featureOrder.length)
  const biasGradient = new Float64Array(LANGUAGES.length)
  const biasMoment1 = new Float64Array(LANGUAGES.length)
  const biasMoment2 = new Float64Array(LANGUAGES.length)
  const totalWeight = samples.reduce((sum, sample) => sum + sample.weight, 0)
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    gradient.fill(0)
    biasGradient.fill(0)
    for (const sample of samples) {
      const { locals, values } = sample
      let score = bias[sample.language]
      for (let at = 0; at < locals.length; at += 1) score += weights[locals[at]] * values[at]
      const error = (1 / (1 + Math.exp(-score)) - sample.label) * sample.weight
      biasGradient[sample.language] += error
      for (let at = 0; at < locals.length; at += 1) gradient[locals[at]] += error * values[at]
    }
    // Adam on the full batch: plain gradient descent crawls on thousands of rare n-grams.
    const step = epoch + 1
    const correction1 = 1 - ADAM_BETA1 ** step
    const correction2 = 1 - ADAM_BETA2 ** step
    for (let local = 0; local < weights.length; local += 1) {
      const g = gradient[local] / totalWeight + L2 * weights[local]
      moment1[local] = ADAM_BETA1 * moment1[local] + (1 - ADAM_BETA1) * g
      moment2[local] = ADAM_BETA2 * moment2[local] + (1 - ADAM_BETA2) * g * g
      weights[local] -= (LEARNING_RATE * moment1[local]) / correction1 / (Math.sqrt(moment2[local] / correction2) + 1e-8)
    }
    for (let language = 0; language < LANGUAGES.length; language += 1) {
      const gBias = biasGradient[language] / totalWeight
      biasMoment1[language] = ADAM_BETA1 * biasMoment1[language] + (1 - ADAM_BETA1) * gBias
      biasMoment2[language] = ADAM_BETA2 * biasMoment2[language] + (1 - ADAM_BETA2) * gBias * gBias
      bias[language] -= (LEARNING_RATE * biasMoment1[language]) / correction1 / (Math.sqrt(biasMoment2[language] / correction2) + 1e-8)
    }
  }
  const result = { en: new Map<number, number>(), th: new Map<number, number>() }
  featureOrder.forEach((index, local) => {
    const value = round(weights[local])
    if (value !== 0) result[LANGUAGES[featureLanguage[local]]].set(index, value)
  })
  return { bias: { en: round(bias[0]), th: round(bias[1]) }, weights: result }
}

export function riskOf(model: RiskModel, text: string, language: Language): number {
  const indices = featureIndices(text)
  let sum = 0
  for (const index of indices) sum += model.weights[language].get(index) ?? 0
  return 1 / (1 + Math.exp(-(model.bias[language] + (indices.length ? sum / Math.sqrt(indices.length) : 0))))
}

interface KindModel {
  classes: string[]
  totals: number[]
  counts: Map<number, number[]>
}

export function trainKind(allEntries: CorpusEntry[]): KindModel {
  const entries = allEntries.filter((entry) => !isPairLine(entry.text))
  const classes = CATEGORIES.filter((category) => entries.some((entry) => modelLabel(entry) && claimKindOf(entry) === category))
  const totals = classes.map(() => 0)
  const counts = new Map<number, number[]>()
  for (const entry of entries) {
    if (!modelLabel(entry)) continue
    const classIndex = classes.indexOf(claimKindOf(entry) as (typeof classes)[number])
    for (const index of wordFeatureIndices(entry.text)) {
      const perClass = counts.get(index) ?? classes.map(() => 0)
      perClass[classIndex] += 1
      counts.set(index, perClass)
      totals[classIndex] += 1
    }
  }
  return { classes: [...classes], totals, counts }
}

export function kindOf(model: KindModel, text: string): string {
  const denominators = model.totals.map((total) => Math.log(total + NAIVE_BAYES_ALPHA * model.counts.size))
  const scores = model.classes.map(() => 0)
  for (const index of wordFeatureIndices(text)) {
    const perClass = model.counts.get(index)
    if (!perClass) continue
    perClass.forEach((count, classIndex) => {
      scores[classIndex] += Math.log(count + NAIVE_BAYES_ALPHA) - denominators[classIndex]
    })
  }
  let best = 0
  scores.forEach((score, classIndex) => {
    if (score > scores[best]) best = classIndex
  })
  return model.classes[best]
}

export interface Calibration {
  threshold: Record<Language, number>
}

/**
 * Per language, the lowest threshold at which the model adds few false flags on out-of-fold
 * scores of the hand-written safe sentences: 5 folds of the training sentences, each scored by a model trained on the other four
 * and run through the real checker (rules, question and citation handling included).
 */
export function calibrate(entries: CorpusEntry[]): Calibration {
  const flags = new Map<string, { isRuleFlagged: boolean; modelScore: number }>()
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const inFold = (entry: CorpusEntry) => hashString(entry.id) % FOLDS === fold
    const training = entries.filter((entry) => !inFold(entry))
    const risk = trainRisk(training)
    const kind = trainKind(training)
    const model = { probability: (text: string, language: Language) => riskOf(risk, text, language), kind: (text: string) => kindOf(kind, text), threshold: () => 0 }
    for (const entry of entries.filter(inFold)) {
      const findings = checkClaims(entry.text, { model })
      // An answer flagged through the model's reading of its question is a model flag too.
      const fromModel = findings.filter((finding) => /^(?:answer:)?model:/.test(finding.source))
      flags.set(entry.id, {
        isRuleFlagged: fromModel.length < findings.length,
        modelScore: Math.max(0, ...fromModel.map((finding) => finding.confidence)),
      })
    }
  }
  const calibration: Calibration = { threshold: { en: 1, th: 1 } }
  for (const lang of ['en', 'th'] as const) {
    const ofLanguage = entries.filter((entry) => entry.lang === lang)
    // Generated safe sentences have template siblings in the other folds, so their out-of-fold
    // scores are optimistic; the hand-written ones stand for text the model has not seen.
    const safe = ofLanguage.filter((entry) => !entry.isRisky && !entry.isGenerated)
    const flaggedAt = (threshold: number, entry: CorpusEntry) => {
      const flag = flags.get(entry.id)
      return flag !== undefined && (flag.isRuleFlagged || (flag.modelScore > 0 && flag.modelScore >= threshold))
    }
    const candidates = [...new Set(ofLanguage.map((entry) => flags.get(entry.id)?.modelScore ?? 1))]
      .filter((score) => score >= 0.05)
      .sort((a, b) => a - b)
    const falseFlagRate = (threshold: number) => safe.filter((entry) => flaggedAt(threshold, entry)).length / safe.length
    const rulesOnly = falseFlagRate(2)
    const calibrated = candidates.find((threshold) => falseFlagRate(threshold) - rulesOnly <= MODEL_EXTRA_FALSE_FLAG_RATE[lang]) ?? 1
    calibration.threshold[lang] = Math.max(calibrated, MODEL_MIN_THRESHOLD)
  }
  return calibration
}

export function trainModelFile(entries: CorpusEntry[]): ModelFile {
  const risk = trainRisk(entries)
  const kind = trainKind(entries)
  const { threshold } = calibrate(entries)
  const body = {
    featureBits: FEATURE_BITS,
    risk: {
      bias: risk.bias,
      threshold,
      weights: {
        en: [...risk.weights.en].sort(([a], [b]) => a - b),
        th: [...risk.weights.th].sort(([a], [b]) => a - b),
      },
    },
    kind: {
      classes: kind.classes,
      totals: kind.totals,
      vocabularySize: kind.counts.size,
      alpha: NAIVE_BAYES_ALPHA,
      counts: [...kind.counts]
        .sort(([a], [b]) => a - b)
        .map(([index, perClass]): [number, Array<[number, number]>] => [
          index,
          perClass.flatMap((count, classIndex): Array<[number, number]> => (count ? [[classIndex, count]] : [])),
        ]),
    },
  }
  const name = `claims-lr-${createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 8)}`
  return { name, ...body }
}
