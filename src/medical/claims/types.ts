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
}

export interface CheckClaimsOptions {
  /** The document cites sources, so "needs a reference" rules no longer apply. */
  hasReferences?: boolean
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
  /** Regex sources; when one matches the sentence, the rule does not fire there. */
  exceptions?: string[]
  /** Regex sources; the rule only fires in sentences matching one of them. */
  contextPatterns?: string[]
}

export type Vocabulary = Record<string, string[]>

export interface CompiledRule {
  rule: ClaimRule
  matcher: RegExp
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
