/*
 * Features of one sentence for the learned claims model: hashed word unigrams, stems and stem
 * bigrams, negation-scoped words, word classes (model/wordClasses.json: promise, absolute, cure,
 * evidence, hedge ... words) with their negated forms and every pair of classes in the sentence,
 * and for Thai character 3–5-grams. Classes and stems carry a kind to wordings the corpus never
 * used ("wipes out" and "banishes" both land in CURE next to ABSOLUTE). Hashing keeps the model a
 * flat array (no vocabulary to look up), so the cost stays linear in the text. Training
 * (training/train.ts) and scoring use this same code.
 */
import { stripCitations } from '../citations'
import { buildPhraseScanner, scanPhrases } from './phraseScanner'
import thaiCues from '../thaiCues.json'
import wordClassesData from './wordClasses.json'

/** Size of the hashed feature space (2^20): few collisions for a corpus of this size. */
export const FEATURE_BITS = 20
const MASK = (1 << FEATURE_BITS) - 1

export const FNV_OFFSET = 0x811c9dc5
export const FNV_PRIME = 0x01000193

/** FNV-1a over UTF-16 code units: deterministic across machines and Node versions. */
export function hashString(text: string, seed = FNV_OFFSET): number {
  let hash = seed
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME)
  }
  return hash >>> 0
}

// Distinct seeds keep a word, a bigram and a char n-gram that share letters apart.
const SEED_WORD = hashString('w:')
const SEED_NEGATED = hashString('n:')
const SEED_FIRST = hashString('f:')
const SEED_CHAR = hashString('c:')
const SEED_STEM = hashString('s:')
const SEED_CLASS = hashString('k:')
const SEED_PAIR = hashString('p:')
const SEED_SEQUENCE = hashString('q:')

/** Crude English stemmer: enough to meet "heals", "healed" and "healing" at one feature. */
const STEM_SUFFIXES = ['ingly', 'edly', 'ness', 'ment', 'ing', 'ies', 'ied', 'ed', 'es', 'ly', 's']

export function stem(token: string): string {
  if (token.length <= 4) return token
  let word = token.endsWith("'s") ? token.slice(0, -2) : token
  for (const suffix of STEM_SUFFIXES) {
    if (suffix === 's' && word.endsWith('ss')) break
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      word = word.slice(0, -suffix.length)
      break
    }
  }
  if (word.length > 3 && (word.endsWith('e') || word.endsWith('y'))) word = word.slice(0, -1)
  return word
}

interface WordClasses {
  en: Record<string, string[]>
  th: Record<string, string[]>
}
const wordClasses = wordClassesData as unknown as WordClasses
const CLASS_NAMES = Object.keys(wordClasses.en)
if (CLASS_NAMES.join() !== Object.keys(wordClasses.th).join()) throw new Error('wordClasses.json: en and th classes differ')
const CLASS_COUNT = CLASS_NAMES.length
/** Label l < CLASS_COUNT is a class, l >= CLASS_COUNT the same class under negation. */
const CLASS_HASHES = [...CLASS_NAMES, ...CLASS_NAMES.map((name) => `neg:${name}`)].map((name) => hashString(name, SEED_CLASS))
const ENGLISH_CLASSES = new Map<string, number[]>()
const ENGLISH_STEM_CLASSES = new Map<string, number[]>()
CLASS_NAMES.forEach((name, classIndex) => {
  for (const word of wordClasses.en[name]) {
    for (const [map, key] of [[ENGLISH_CLASSES, word], [ENGLISH_STEM_CLASSES, stem(word)]] as const) {
      const list = map.get(key) ?? []
      if (!list.includes(classIndex)) list.push(classIndex)
      map.set(key, list)
    }
  }
})
// All classes' Thai phrases in one trie: a Thai sentence is walked once, not once per class
// (phraseScanner.ts finds the same matches a longest-first pattern per class would).
const THAI_CLASS_SCANNER = buildPhraseScanner(CLASS_NAMES.map((name) => wordClasses.th[name]))
// A Thai negator just before a class phrase ("ไม่" but not "ไม่ว่า", "no matter", nor the other
// ไม่ that negate nothing, "ไม่กี่" "a few", "ไม่เกิน" "at most": thaiCues.json quantityNots).
const THAI_NEGATOR_BEFORE = new RegExp(`(?:ไม่(?!${thaiCues.quantityNots.join('|')})|อย่า(?!ง)|มิ(?!ใช่แค่)|ไร้)[^ ]{0,6}$`)
const THAI_NEGATION_LOOKBACK = 10

const THAI = /[\u0E00-\u0E7F]/
const THAI_RUN = /[\u0E00-\u0E7F]+/g
const TOKEN = /[a-z0-9]+(?:'[a-z]+)?|[\u0E00-\u0E7F]+|\?/g

const ENGLISH_NEGATORS = new Set([
  'not', 'no', 'never', 'cannot', "can't", "won't", "don't", "doesn't", "isn't", "aren't", "didn't",
  "wasn't", "hasn't", "haven't", 'nor', 'neither', 'nothing', 'none', 'nobody', 'without', 'unlikely',
  'unclear', 'little', 'lacking', 'myth', 'avoid', 'beware', 'wary',
])
const THAI_NEGATORS = new Set(['ไม่', 'ไม่ได้', 'ไม่ใช่', 'อย่า', 'ไม่มี', 'ไม่สามารถ', 'ยังไม่', 'ระวัง'])
const NEGATION_SPAN = 3

let thaiSegmenter: Intl.Segmenter | undefined

// Segmenting is the dearest step for Thai; a run (Thai letters between spaces or punctuation)
// that comes back, as set phrases and repeated sections do, is segmented once. Bounded so a
// long-lived process does not grow without end.
const SEGMENTED_RUNS_MAX = 20_000
/** A segmented run: its words, and their Thai-sentence token infos once a sentence needed them. */
interface SegmentedRun {
  words: readonly string[]
  infos?: readonly TokenInfo[]
  /**
   * The nonzero weights (in the weights array `weightsOf`) of the character n-grams that lie
   * within the run's letters (see runNgramWeights), in the order weightedFeatureSum adds them.
   */
  ngramWeights?: Float32Array
  weightsOf?: Float32Array
}
const segmentedRuns = new Map<string, SegmentedRun>()

/** Thai has no spaces between words: Intl.Segmenter (ICU's dictionary) finds them. */
function segmentedRun(run: string): SegmentedRun {
  const known = segmentedRuns.get(run)
  if (known) return known
  thaiSegmenter ??= new Intl.Segmenter('th', { granularity: 'word' })
  const words: string[] = []
  for (const part of thaiSegmenter.segment(run)) if (part.isWordLike) words.push(part.segment)
  if (segmentedRuns.size >= SEGMENTED_RUNS_MAX) segmentedRuns.clear()
  const segmented: SegmentedRun = { words }
  segmentedRuns.set(run, segmented)
  return segmented
}

function thaiWords(run: string): readonly string[] {
  return segmentedRun(run).words
}

export function isThai(text: string): boolean {
  return THAI.test(text)
}

// The model scores a sentence and then names its kind: both read its tokens, and Thai word
// segmentation is the dearest step, so the last sentence's tokens are kept (callers never mutate them).
let lastTokenized = ''
let lastTokens: string[] = []

/** Lower-cased word tokens; Thai runs are split into words, "?" is kept as a token. */
export function tokenize(text: string): string[] {
  if (text === lastTokenized) return lastTokens
  const tokens = tokenizeUncached(text)
  lastTokenized = text
  lastTokens = tokens
  return tokens
}

function tokenizeUncached(text: string): string[] {
  const tokens: string[] = []
  const lower = text.toLowerCase()
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(lower); match; match = TOKEN.exec(lower)) {
    const token = match[0]
    // TOKEN's Thai alternative is a run of U+0E00–U+0E7F (THAI), tested by code without cutting out token[0].
    const first = token.charCodeAt(0)
    if (first >= 0x0e00 && first <= 0x0e7f) for (const word of thaiWords(token)) tokens.push(word)
    else tokens.push(token)
  }
  return tokens
}

// An int32, not an unsigned one: every caller keeps its low FEATURE_BITS bits only, and a value
// above 2^31 was a new heap number per call where it was not inlined.
function mix(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x9e3779b1), FNV_PRIME) | 0
}

const isNegator = (token: string) => ENGLISH_NEGATORS.has(token) || THAI_NEGATORS.has(token) || token.endsWith("n't")

/**
 * Which class labels occur in a sentence: index l < CLASS_COUNT for a class, l + CLASS_COUNT for
 * the same class within NEGATION_SPAN words after a negator (English) or just after ไม่/อย่า (Thai).
 */
function classLabels(sentence: string, tokens: string[], stems: string[] | undefined, isThaiSentence: boolean): Uint8Array {
  const present = new Uint8Array(CLASS_COUNT * 2)
  if (isThaiSentence) return thaiClassLabels(sentence, present)
  let negationLeft = 0
  tokens.forEach((token, position) => {
    const classes = ENGLISH_CLASSES.get(token) ?? ENGLISH_STEM_CLASSES.get(stems ? stems[position] : stem(token))
    if (classes) for (const classIndex of classes) present[classIndex + (negationLeft > 0 ? CLASS_COUNT : 0)] = 1
    if (negationLeft > 0) negationLeft -= 1
    if (isNegator(token)) negationLeft = NEGATION_SPAN
  })
  return present
}

function thaiClassLabels(sentence: string, present: Uint8Array): Uint8Array {
  scanPhrases(THAI_CLASS_SCANNER, sentence, (classIndex, start) => {
    const before = sentence.slice(Math.max(0, start - THAI_NEGATION_LOOKBACK), start)
    present[classIndex + (THAI_NEGATOR_BEFORE.test(before) ? CLASS_COUNT : 0)] = 1
  })
  return present
}

/** What the features of one token need, computed once per distinct token (words repeat a lot). */
interface TokenInfo {
  wordHash: number
  firstHash: number
  stemHash: number
  /** Whether the stem differs from the token (then the stem is a feature of its own). */
  isStemmed: boolean
  negatedHash: number
  isNegator: boolean
  /** English word classes of the token (by the token, else by its stem). */
  classes: number[] | undefined
  /** For the kind classifier's word features: the token (not its stem) under negation, and whether it is a listed negator. */
  tokenNegatedHash: number
  isListedNegator: boolean
}

// Thai sentences do not stem their tokens, so one token has different features in each language.
const thaiTokenInfos = new Map<string, TokenInfo>()
const TOKEN_INFOS_MAX = 50_000
const END_QUESTION_HASH = hashString('?end', SEED_FIRST)

function tokenInfo(token: string, isThaiSentence: boolean): TokenInfo {
  const stemmed = isThaiSentence ? token : stem(token)
  return {
    wordHash: hashString(token, SEED_WORD),
    firstHash: hashString(token, SEED_FIRST),
    stemHash: hashString(stemmed, SEED_STEM),
    isStemmed: stemmed !== token,
    negatedHash: hashString(stemmed, SEED_NEGATED),
    isNegator: isNegator(token),
    classes: isThaiSentence ? undefined : (ENGLISH_CLASSES.get(token) ?? ENGLISH_STEM_CLASSES.get(stemmed)),
    tokenNegatedHash: hashString(token, SEED_NEGATED),
    isListedNegator: ENGLISH_NEGATORS.has(token) || THAI_NEGATORS.has(token),
  }
}

/** Names of the word classes in a sentence ("neg:CURE" under negation): explains a model finding. */
export function wordClassesOf(sentence: string): string[] {
  const present = classLabels(sentence, tokenize(stripCitations(sentence)), undefined, isThai(sentence))
  const names: string[] = []
  present.forEach((isPresent, label) => {
    if (isPresent) names.push(label < CLASS_COUNT ? CLASS_NAMES[label] : `neg:${CLASS_NAMES[label - CLASS_COUNT]}`)
  })
  return names
}

// The features of the sentence being scored, in order, written into one reused array: scoring
// reads them from there, with no callback or allocation per feature.
let featureBuffer = new Int32Array(1024)
let featureCount = 0
// Which class labels the sentence being scored has (reused: one allocation per sentence showed in profiles).
const presentLabels = new Uint8Array(CLASS_COUNT * 2)
// The letters of a Thai sentence for its character n-grams, as UTF-16 code units.
let letterBuffer = new Uint16Array(1024)
const SPACE = 0x20
// Run r of thaiRuns (r < letterRunCount) has its letters at [runLetterStarts[r], runLetterEnds[r]),
// its last word's space included; the code unit before them is a space too.
let runLetterStarts = new Int32Array(64)
let runLetterEnds = new Int32Array(64)
let letterRunCount = 0

/** Makes room for `more` features after the ones written so far. */
function reserveFeatures(more: number): void {
  if (featureCount + more <= featureBuffer.length) return
  let size = featureBuffer.length * 2
  while (size < featureCount + more) size *= 2
  const grown = new Int32Array(size)
  grown.set(featureBuffer.subarray(0, featureCount))
  featureBuffer = grown
}

function push(hash: number): void {
  if (featureCount === featureBuffer.length) reserveFeatures(1)
  featureBuffer[featureCount] = hash & MASK
  featureCount += 1
}

/**
 * Calls `emit` with the hashed index of every feature of `sentence` (repeats allowed) and
 * returns how many were emitted.
 */
export function forEachFeature(sentence: string, emit: (index: number) => void): number {
  const features = collectFeatures(sentence)
  for (const index of features) emit(index)
  return features.length
}

// The token walk's state: words left in a negation's scope, the previous token's stem hash, and
// the class labels of the last English word that had any (and whether it was negated).
let negationLeft = 0
let previousStem = 0
let previousClasses: number[] | undefined
let previousClassOffset = 0

/** The features of the token at `position`; English classes go into `present` in the same pass. */
function tokenFeatures(info: TokenInfo, position: number, present: Uint8Array | undefined): void {
  push(info.wordHash)
  if (position === 0) push(info.firstHash)
  if (info.isStemmed) push(info.stemHash)
  if (position > 0) push(mix(previousStem, info.stemHash))
  if (negationLeft > 0) push(info.negatedHash)
  if (present && info.classes) {
    const offset = negationLeft > 0 ? CLASS_COUNT : 0
    for (const classIndex of info.classes) present[classIndex + offset] = 1
    // Class bigrams across the words between ("… melts … stiffness … for good": CURE, CONDITION,
    // ABSOLUTE in that order) carry a claim's order to wordings whose words the corpus never paired.
    if (previousClasses) {
      for (const before of previousClasses) {
        const hash = CLASS_HASHES[before + previousClassOffset] ^ SEED_SEQUENCE
        for (const classIndex of info.classes) push(mix(hash, CLASS_HASHES[classIndex + offset]))
      }
    }
    previousClasses = info.classes
    previousClassOffset = offset
  }
  if (negationLeft > 0) negationLeft -= 1
  if (info.isNegator) negationLeft = NEGATION_SPAN
  // As an int32 (mix reads it as one): a hash above 2^31 stored here was a new heap number per token.
  previousStem = info.stemHash | 0
}

// The labels present in the sentence being scored, in order (reused).
const presentList = new Int32Array(CLASS_COUNT * 2)

/** Every class label present, then every pair of them (pushed; no view made: one per sentence showed in allocation profiles). */
function classFeatures(present: Uint8Array): void {
  // The present labels are listed first, so each pair is found among the few present ones, not
  // by a pass over all labels per present label (that pass showed in profiles).
  let count = 0
  for (let label = 0; label < present.length; label += 1) if (present[label]) presentList[count++] = label
  for (let index = 0; index < count; index += 1) {
    const hash = CLASS_HASHES[presentList[index]]
    push(hash)
    for (let other = index + 1; other < count; other += 1) push(mix(hash ^ SEED_PAIR, CLASS_HASHES[presentList[other]]))
  }
}

/** The class features of a set of labels present (index l for class label l) as an array: tests. */
export function classFeatureIndices(present: Uint8Array): number[] {
  featureCount = 0
  classFeatures(present)
  return Array.from(featureBuffer.subarray(0, featureCount))
}

/** How many class labels there are (classes and their negated forms): tests. */
export const CLASS_LABEL_COUNT = CLASS_COUNT * 2

// English token infos by the token's word hash (open addressing, checked against the token's
// letters): the tokens are read straight from the lower-cased sentence, with no string cut out
// and hashed again for a map lookup unless the token is new.
const ENGLISH_SLOTS = 1 << 16
const englishSlotHashes = new Uint32Array(ENGLISH_SLOTS)
const englishSlotTokens: Array<string | undefined> = new Array(ENGLISH_SLOTS)
const englishSlotInfos: Array<TokenInfo | undefined> = new Array(ENGLISH_SLOTS)
let englishSlotsUsed = 0

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)
}

function isAsciiLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

function englishTokenInfo(lower: string, start: number, end: number, wordHash: number): TokenInfo {
  let slot = wordHash & (ENGLISH_SLOTS - 1)
  for (let token = englishSlotTokens[slot]; token !== undefined; token = englishSlotTokens[slot]) {
    if (englishSlotHashes[slot] === wordHash && token.length === end - start && lower.startsWith(token, start)) {
      return englishSlotInfos[slot]!
    }
    slot = (slot + 1) & (ENGLISH_SLOTS - 1)
  }
  // Kept at most half full, so probes stay short; emptied when full (it is only a cache).
  if (englishSlotsUsed >= ENGLISH_SLOTS / 2) {
    englishSlotTokens.fill(undefined)
    englishSlotInfos.fill(undefined)
    englishSlotsUsed = 0
    slot = wordHash & (ENGLISH_SLOTS - 1)
  }
  const token = lower.slice(start, end)
  const info = tokenInfo(token, false)
  englishSlotHashes[slot] = wordHash
  englishSlotTokens[slot] = token
  englishSlotInfos[slot] = info
  englishSlotsUsed += 1
  return info
}

function thaiTokenInfo(token: string): TokenInfo {
  let info = thaiTokenInfos.get(token)
  if (!info) {
    info = tokenInfo(token, true)
    if (thaiTokenInfos.size >= TOKEN_INFOS_MAX) thaiTokenInfos.clear()
    thaiTokenInfos.set(token, info)
  }
  return info
}

// The infos of a segmented Thai run's words are kept with the run (segmentedRuns): a Thai
// sentence's words then cost one lookup per run, not one string-keyed lookup per word.
const thaiTokens: string[] = []
const thaiInfos: TokenInfo[] = []
// The segmented runs (with a word at least) among those tokens, and the number of each one's first token.
const thaiRuns: SegmentedRun[] = []
const thaiRunFirstTokens: number[] = []

/**
 * The tokens of a Thai sentence as tokenize(stripCitations(sentence)) gives them, with the
 * Thai-sentence info of each (thaiTokenInfo). Valid until the next call.
 */
export function thaiTokensAndInfos(sentence: string): { tokens: readonly string[]; infos: readonly TokenInfo[] } {
  const lower = stripCitations(sentence).toLowerCase()
  thaiTokens.length = 0
  thaiInfos.length = 0
  thaiRuns.length = 0
  thaiRunFirstTokens.length = 0
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(lower); match; match = TOKEN.exec(lower)) {
    const token = match[0]
    const first = token.charCodeAt(0)
    if (!(first >= 0x0e00 && first <= 0x0e7f)) {
      thaiTokens.push(token)
      thaiInfos.push(thaiTokenInfo(token))
      continue
    }
    const segmented = segmentedRun(token)
    const { words } = segmented
    segmented.infos ??= words.map(thaiTokenInfo)
    const { infos } = segmented
    if (words.length) {
      thaiRuns.push(segmented)
      thaiRunFirstTokens.push(thaiTokens.length)
    }
    for (let index = 0; index < words.length; index += 1) {
      thaiTokens.push(words[index])
      thaiInfos.push(infos[index])
    }
  }
  return { tokens: thaiTokens, infos: thaiInfos }
}

/** The info features.ts gives a token of a Thai sentence, computed afresh: tests. */
export function freshThaiTokenInfo(token: string): TokenInfo {
  return tokenInfo(token, true)
}

// The token infos of the last English sentence read: the model scores a sentence and then names
// its kind, and both read its tokens.
let lastEnglishSentence: string | undefined
// Written by index and counted (englishTokenCount): emptied with `length = 0`, the array gave
// up its room and grew again for every sentence.
const lastEnglishInfos: TokenInfo[] = []
let englishTokenCount = 0

/**
 * The token infos of an English sentence, reading its tokens from the stripped, lower-cased
 * sentence as TOKEN would (a run of letters and digits with an optional "'letters", or "?"; an
 * English sentence holds no Thai letters): the first englishTokenCount entries of the array
 * returned. Valid until the next call.
 */
function englishTokenInfos(sentence: string): readonly TokenInfo[] {
  if (sentence === lastEnglishSentence) return lastEnglishInfos
  const lower = stripCitations(sentence).toLowerCase()
  const infos = lastEnglishInfos
  let count = 0
  let index = 0
  while (index < lower.length) {
    const code = lower.charCodeAt(index)
    if (code === 0x3f) {
      infos[count++] = questionInfo()
      index += 1
      continue
    }
    if (!isAsciiLetterOrDigit(code)) {
      index += 1
      continue
    }
    const start = index
    let hash = SEED_WORD
    while (index < lower.length && isAsciiLetterOrDigit(lower.charCodeAt(index))) {
      hash = Math.imul(hash ^ lower.charCodeAt(index), FNV_PRIME)
      index += 1
    }
    if (lower.charCodeAt(index) === 0x27 && isAsciiLetter(lower.charCodeAt(index + 1))) {
      hash = Math.imul(hash ^ 0x27, FNV_PRIME)
      index += 1
      while (index < lower.length && isAsciiLetter(lower.charCodeAt(index))) {
        hash = Math.imul(hash ^ lower.charCodeAt(index), FNV_PRIME)
        index += 1
      }
    }
    infos[count++] = englishTokenInfo(lower, start, index, hash >>> 0)
  }
  englishTokenCount = count
  lastEnglishSentence = sentence
  return infos
}

let questionTokenInfo: TokenInfo | undefined
function questionInfo(): TokenInfo {
  questionTokenInfo ??= tokenInfo('?', false)
  return questionTokenInfo
}

/**
 * The hashed index of every feature of `sentence` (repeats allowed), in the order
 * forEachFeature emits them. A view of a shared array: valid until the next call.
 */
export function collectFeatures(sentence: string): Int32Array {
  const length = collectWordFeaturesAndLetters(sentence)
  if (!length) return featureBuffer.subarray(0, featureCount)
  // The 3-, 4- and 5-gram starting at each letter, in that order; written straight into the
  // array (room made once) because this loop emits most of a Thai sentence's features.
  reserveFeatures(3 * length)
  const buffer = featureBuffer
  const letters = letterBuffer
  let count = featureCount
  for (let start = 0; start + 3 <= length; start += 1) {
    let hash = Math.imul(SEED_CHAR ^ letters[start], FNV_PRIME)
    hash = Math.imul(hash ^ letters[start + 1], FNV_PRIME)
    hash = Math.imul(hash ^ letters[start + 2], FNV_PRIME)
    buffer[count++] = (hash ^ 3) & MASK
    if (start + 4 > length) continue
    hash = Math.imul(hash ^ letters[start + 3], FNV_PRIME)
    buffer[count++] = (hash ^ 4) & MASK
    if (start + 5 > length) continue
    hash = Math.imul(hash ^ letters[start + 4], FNV_PRIME)
    buffer[count++] = (hash ^ 5) & MASK
  }
  featureCount = count
  return featureBuffer.subarray(0, featureCount)
}

/** How many features the last weightedFeatureSum read. */
export let summedFeatureCount = 0

/**
 * The sum of weights[index] over the features collectFeatures gives, added in the same order (so
 * bit for bit the same double), skipping indices without their bit in `hasWeight` (zero weights;
 * the sum starts at +0, so skipping them changes nothing). The Thai character n-grams are hashed
 * and added as they are made instead of being written out and read back: they are most of a Thai
 * sentence's features. Those within a segmented run are hashed once per run (see the loop).
 * Sets summedFeatureCount.
 */
export function weightedFeatureSum(sentence: string, weights: Float32Array, hasWeight: Uint32Array): number {
  const length = collectWordFeaturesAndLetters(sentence)
  const buffer = featureBuffer
  let sum = 0
  for (let position = 0; position < featureCount; position += 1) {
    const index = buffer[position]
    if (hasWeight[index >>> 5] & (1 << (index & 31))) sum += weights[index]
  }
  let count = featureCount
  const letters = letterBuffer
  let start = 0
  for (let run = 0; run < letterRunCount; run += 1) {
    // From the space before the run up to here, all three n-grams of a start lie within the
    // run's letters and that space: they depend on the run alone, and a run that comes back
    // (a repeated section or set phrase, segmented once already) adds its kept weights.
    const from = runLetterStarts[run] - 1
    const innerEnd = runLetterEnds[run] - 4
    if (innerEnd <= from) continue
    for (; start < from; start += 1) {
      sum = addNgramWeights(letters, start, length, weights, hasWeight, sum, undefined)
      count += Math.min(3, length - start - 2)
    }
    const segmented = thaiRuns[run]
    if (segmented.weightsOf !== weights) {
      const kept: number[] = []
      for (let inner = from; inner < innerEnd; inner += 1) addNgramWeights(letters, inner, length, weights, hasWeight, 0, kept)
      segmented.ngramWeights = Float32Array.from(kept)
      segmented.weightsOf = weights
    }
    const kept = segmented.ngramWeights!
    for (let position = 0; position < kept.length; position += 1) sum += kept[position]
    count += 3 * (innerEnd - from)
    start = innerEnd
  }
  for (; start + 3 <= length; start += 1) {
    sum = addNgramWeights(letters, start, length, weights, hasWeight, sum, undefined)
    count += Math.min(3, length - start - 2)
  }
  summedFeatureCount = count
  return sum
}

/**
 * `sum` plus the weights of the 3-, 4- and 5-gram starting at letter `start` (those within the
 * `length` letters), added in that order and skipping zero weights; each weight added is also
 * pushed onto `kept` when given.
 */
function addNgramWeights(
  letters: Uint16Array,
  start: number,
  length: number,
  weights: Float32Array,
  hasWeight: Uint32Array,
  sum: number,
  kept: number[] | undefined,
): number {
  let hash = Math.imul(SEED_CHAR ^ letters[start], FNV_PRIME)
  hash = Math.imul(hash ^ letters[start + 1], FNV_PRIME)
  hash = Math.imul(hash ^ letters[start + 2], FNV_PRIME)
  for (let size = 3; ; size += 1) {
    const index = (hash ^ size) & MASK
    if (hasWeight[index >>> 5] & (1 << (index & 31))) {
      sum += weights[index]
      kept?.push(weights[index])
    }
    if (size === 5 || start + size + 1 > length) return sum
    hash = Math.imul(hash ^ letters[start + size], FNV_PRIME)
  }
}

/**
 * Writes the word and class features of `sentence` into featureBuffer (featureCount of them)
 * and, for a Thai sentence, its letters for the character n-grams into letterBuffer; returns how
 * many letters (0 for English, which has no character n-grams).
 */
function collectWordFeaturesAndLetters(sentence: string): number {
  featureCount = 0
  const isThaiSentence = isThai(sentence)
  negationLeft = 0
  previousStem = 0
  const present = presentLabels.fill(0)
  letterRunCount = 0
  if (!isThaiSentence) {
    const infos = englishTokenInfos(sentence)
    const count = englishTokenCount
    previousClasses = undefined
    for (let position = 0; position < count; position += 1) tokenFeatures(infos[position], position, present)
    if (count && infos[count - 1] === questionInfo()) push(END_QUESTION_HASH)
    classFeatures(present)
    return 0
  }
  const { tokens, infos } = thaiTokensAndInfos(sentence)
  for (let position = 0; position < tokens.length; position += 1) tokenFeatures(infos[position], position, undefined)
  if (tokens.length && tokens[tokens.length - 1] === '?') push(END_QUESTION_HASH)
  thaiClassLabels(sentence, present)
  classFeatures(present)
  // Character n-grams over the letters of a Thai sentence, words joined by one space: they carry
  // Thai compounds the word segmenter splits differently. English skips them: on the dev split
  // word features alone ranked sentences better (AUC 0.84 against 0.81), at a seventh of the cost.
  // The letters are copied as code units into one reused array (no joined string to build and read).
  let length = 1
  for (const token of tokens) if (token !== '?') length += token.length + 1
  if (letterBuffer.length < length) letterBuffer = new Uint16Array(Math.max(length, letterBuffer.length * 2))
  if (runLetterStarts.length < thaiRuns.length) {
    runLetterStarts = new Int32Array(thaiRuns.length * 2)
    runLetterEnds = new Int32Array(thaiRuns.length * 2)
  }
  const letters = letterBuffer
  letters[0] = SPACE
  let written = 1
  // Where each segmented run's letters start and end (after its last word's space).
  let run = 0
  let runLastToken = thaiRuns.length ? thaiRunFirstTokens[0] + thaiRuns[0].words.length - 1 : -1
  for (let position = 0; position < tokens.length; position += 1) {
    const token = tokens[position]
    if (token === '?') continue
    if (run < thaiRuns.length && position === thaiRunFirstTokens[run]) runLetterStarts[run] = written
    for (let index = 0; index < token.length; index += 1) letters[written++] = token.charCodeAt(index)
    letters[written++] = SPACE
    if (position === runLastToken) {
      runLetterEnds[run] = written
      run += 1
      runLastToken = run < thaiRuns.length ? thaiRunFirstTokens[run] + thaiRuns[run].words.length - 1 : -1
    }
  }
  letterRunCount = run
  return length
}

/** Feature indices of a sentence as an array (training and tests). */
export function featureIndices(sentence: string): number[] {
  const indices: number[] = []
  forEachFeature(sentence, (index) => indices.push(index))
  return indices
}

/** Word-level features only (unigrams, bigrams, negation scope): the kind classifier uses these. */
export function wordFeatureIndices(sentence: string): number[] {
  const indices: number[] = []
  const tokens = tokenize(stripCitations(sentence))
  let previous = 0
  let negationLeft = 0
  tokens.forEach((token, position) => {
    const wordHash = hashString(token, SEED_WORD)
    indices.push(wordHash & MASK)
    if (position > 0) indices.push(mix(previous, wordHash) & MASK)
    if (negationLeft > 0) {
      indices.push(hashString(token, SEED_NEGATED) & MASK)
      negationLeft -= 1
    }
    if (ENGLISH_NEGATORS.has(token) || THAI_NEGATORS.has(token)) negationLeft = NEGATION_SPAN
    previous = wordHash
  })
  return indices
}

let wordFeatureBuffer = new Int32Array(256)

/**
 * wordFeatureIndices as a view of a reused array (valid until the next call): English sentences
 * are read from their cached token infos instead of being tokenized and hashed again.
 */
export function collectWordFeatures(sentence: string): Int32Array {
  if (isThai(sentence)) return Int32Array.from(wordFeatureIndices(sentence))
  const infos = englishTokenInfos(sentence)
  const tokenCount = englishTokenCount
  if (wordFeatureBuffer.length < tokenCount * 3) wordFeatureBuffer = new Int32Array(tokenCount * 3)
  const buffer = wordFeatureBuffer
  let count = 0
  let previous = 0
  let negationLeft = 0
  for (let position = 0; position < tokenCount; position += 1) {
    const info = infos[position]
    buffer[count++] = info.wordHash & MASK
    if (position > 0) buffer[count++] = mix(previous, info.wordHash) & MASK
    if (negationLeft > 0) {
      buffer[count++] = info.tokenNegatedHash & MASK
      negationLeft -= 1
    }
    if (info.isListedNegator) negationLeft = NEGATION_SPAN
    previous = info.wordHash
  }
  return buffer.subarray(0, count)
}

export { THAI_RUN }
