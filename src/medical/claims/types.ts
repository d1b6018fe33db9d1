export type ClaimSeverity = 'block' | 'warn'

export type ClaimCategory =
  | 'cure'
  | 'guarantee'
  | 'miracle'
  | 'absolute-relief'
  | 'unreferenced-evidence'
  | 'safety'
  | 'skip-care'
  | 'efficacy'
  | 'superlative'
  | 'prevention'
  | 'root-cause'
  | 'one-visit'
  | 'rhetorical'

/**
 * One risky claim found in a text.
 * `excerpt` is always exactly `text.slice(start, end)` (the matched phrase, not the whole
 * sentence) so the admin UI can highlight it in place; callers wanting the surrounding
 * sentence can widen from the offsets. Offsets are UTF-16 code-unit indices into the
 * original, unnormalised input, i.e. what String.prototype.slice expects.
 */
export interface ClaimFinding {
  ruleId: string
  severity: ClaimSeverity
  message: string
  excerpt: string
  start: number
  end: number
  suggestion: string
  /** The kind of claim (a rule's category, or the kind the model judged most likely). */
  kind: ClaimCategory
  /** 0–1: how sure the checker is that this is a risky claim. */
  confidence: number
  /** What fired: `rule:<rule id>` or `model:<model name>`. */
  source: string
  /** The locale the text was checked in (the caller's), else the language of the sentence. */
  locale: ClaimLanguage
}

export type ClaimLanguage = 'en' | 'th'

/** A citation attached to the text: an inline link or reference node, as offsets into it. */
export interface CitationSpan {
  start: number
  end: number
}

export interface CheckClaimsOptions {
  /**
   * Deprecated and ignored: a reference list elsewhere in a document supports no particular
   * claim (docs/claims.md). Kept so older callers still type-check.
   */
  hasReferences?: boolean
  /** The locale of the text; findings carry it. Sentences are checked by their own script. */
  locale?: ClaimLanguage
  /** Links or reference nodes in the text; each supports the claim of its sentence and the one before. */
  citations?: CitationSpan[]
  /** Rules only (training and evaluation compare the two). */
  isModelDisabled?: boolean
  /** The model only, rules off (evaluation: how far the model alone carries to unseen wording). */
  isRulesDisabled?: boolean
  /** Training only: score with this model instead of model/weights.json. */
  model?: SentenceModel
}

export interface SentenceModel {
  /** The language picks the model's intercept (each language has its own). */
  probability: (sentence: string, language: ClaimLanguage) => number
  kind: (sentence: string) => string
  threshold: (language: ClaimLanguage) => number
}

/** Shape of one entry in rules.json (see README.md for the phrase syntax). */
export interface ClaimRule {
  id: string
  category: ClaimCategory
  severity: ClaimSeverity
  /** Phrase mini-language, compiled to regular expressions at module load. */
  phrases?: string[]
  /** Raw regular-expression sources (case-insensitive) for what phrases cannot express. */
  patterns?: string[]
  message: string
  suggestion: string
  /** Drop the rule when the document (or the sentence itself) carries a citation. */
  requiresNoReference?: boolean
  /** Drop the rule when the sentence is hedged ("can", "may", "some people" ...). */
  isHedgeSensitive?: boolean
  /** A rhetorical question: the rule runs on questions, which other rules skip. */
  isQuestionForm?: boolean
  /** Regex sources; when one matches the sentence, the rule does not fire there. */
  exceptions?: string[]
  /** Regex sources; the rule only fires in sentences matching one of them. */
  contextPatterns?: string[]
}

export type Vocabulary = Record<string, string[]>

export interface CompiledRule {
  rule: ClaimRule
  matcher: RegExp
  /** `matcher`'s phrases alone (undefined without phrases). */
  phraseMatcher?: RegExp
  /** `matcher`'s raw patterns alone (undefined without patterns). */
  patternMatcher?: RegExp
  exceptions: RegExp[]
  contextPatterns: RegExp[]
}

export interface SentenceSpan {
  start: number
  end: number
  /**
   * End offset of the part hedged by a bullet list's lead-in ("Massage may help by:").
   * Only the item's label is covered: in "Reduce inflammation: massage lowers ..." the
   * sentence after the colon is a fresh assertion. Equals `start` when nothing is hedged.
   */
  leadInHedgeEnd: number
}
