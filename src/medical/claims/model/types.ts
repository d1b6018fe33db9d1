/** Shape of weights.json, written by training/train.ts (`npm run train:claims`). */
export interface ModelFile {
  /** Identifies the model in findings (`source`), e.g. "claims-lr-3f2a9c1b". */
  name: string
  featureBits: number
  /** Logistic regression "is this sentence a risky claim" over all features. */
  risk: {
    /**
     * One intercept and one weight table per language, so that training on one language's sentences
     * leaves the other's scores bit for bit the same. A shared intercept moved English scores near the
     * threshold with every Thai-only retrain; with the intercept split alone they still moved as much,
     * through the features both languages fire (the word classes share their names across languages,
     * and hashes collide).
     */
    bias: Record<'en' | 'th', number>
    /** At or above it the model flags a sentence no rule matched. */
    threshold: Record<'en' | 'th', number>
    weights: Record<'en' | 'th', Array<[index: number, weight: number]>>
  }
  /** Multinomial naive Bayes over word features: which kind of claim a flagged sentence makes. */
  kind: {
    classes: string[]
    /** Feature occurrences per class. */
    totals: number[]
    vocabularySize: number
    alpha: number
    counts: Array<[index: number, perClass: Array<[classIndex: number, count: number]>]>
  }
}
