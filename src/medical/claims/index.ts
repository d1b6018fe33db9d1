export { checkClaims, claimRules } from './checkClaims'
export { compilePhrase, compileRules, inflect, validateRules } from './compile'
export { normalizeText, splitSentences } from './sentences'
export { MODEL_MAX_CHARS } from './checkClaims'
export { modelName } from './model/scoreSentence'
export type {
  CheckClaimsOptions,
  CitationSpan,
  ClaimLanguage,
  ClaimCategory,
  ClaimFinding,
  ClaimRule,
  ClaimSeverity,
  CompiledRule,
  SentenceSpan,
  Vocabulary,
} from './types'
