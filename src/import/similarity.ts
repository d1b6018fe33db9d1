// Text similarity for matching an imported notice paragraph to a stored disclaimer.
//
// Cosine similarity of term-frequency vectors over content words (lower-cased, stop words
// dropped, a light suffix stem so "consult"/"consulting" and "professional"/"professionals"
// meet). Cosine rather than Jaccard because notices differ mostly in length: a site's notice
// with one extra sentence should still match its shorter stored form. See README.md for the
// threshold and the measurements behind it.

export const DISCLAIMER_MATCH_THRESHOLD = 0.6

const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her his how i if in into is it its ' +
    'itself me may might more most my no nor not of on or our ours out over own per she should so some such than that the their them ' +
    'then there these they this those through to too under until up upon us very was we were what when where which while who whom why ' +
    'will with would you your yours yourself any all also about above after again against before below between both each few here ' +
    'just now only other same once further let lets s t via'
  ).split(' '),
)

const stem = (word: string): string =>
  word
    .replace(/(?:ational|ation|ations)$/, 'ate')
    .replace(/(?:ness|ments?|ings?|edly|ed|ly|ies|es|s)$/, '')
    .replace(/(?:e)$/, '')

export const contentTokens = (text: string): string[] =>
  (text.normalize('NFKD').toLowerCase().match(/\p{L}[\p{L}\p{N}'’]*/gu) ?? [])
    .map((word) => word.replace(/['’]s?$/, ''))
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map(stem)
    .filter((word) => word.length > 1)

export type TermVector = { weights: Map<string, number>; norm: number }

export const termVector = (text: string): TermVector => {
  const weights = new Map<string, number>()
  for (const token of contentTokens(text)) weights.set(token, (weights.get(token) ?? 0) + 1)
  let sum = 0
  for (const weight of weights.values()) sum += weight * weight
  return { weights, norm: Math.sqrt(sum) }
}

export const cosine = (a: TermVector, b: TermVector): number => {
  if (a.norm === 0 || b.norm === 0) return 0
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a]
  let dot = 0
  for (const [token, weight] of small.weights) dot += weight * (large.weights.get(token) ?? 0)
  return dot / (a.norm * b.norm)
}

export const similarity = (a: string, b: string): number => cosine(termVector(a), termVector(b))
