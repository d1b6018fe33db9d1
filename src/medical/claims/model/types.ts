/** Shape of weights.json, written by training/train.ts (`npm run train:claims`). */
export interface ModelFile {
  /** Identifies the model in findings (`source`), e.g. "claims-lr-3f2a9c1b". */
  name: string
  featureBits: number
  /** Logistic regression "is this sentence a risky claim" over all features. */
  risk: {
    /**
     * One intercept per language: English reads word n-grams and Thai character n-grams, which barely
     * share a feature, so a shared intercept was what coupled them (a Thai-only retrain moved English
     * scores near the threshold).
     */
    bias: Record<'en' | 'th', number>
    /** At or above it the model flags a sentence no rule matched. */
    threshold: Record<'en' | 'th', number>
    weights: Array<[index: number, weight: number]>
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
