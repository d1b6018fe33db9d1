export { checkClaims, claimRules } from './checkClaims'
export { compilePhrase, compileRules, inflect, validateRules } from './compile'
export { normalizeText, splitSentences } from './sentences'
export type {
  CheckClaimsOptions,
  ClaimCategory,
  ClaimFinding,
  ClaimRule,
  ClaimSeverity,
  CompiledRule,
  SentenceSpan,
  Vocabulary,
} from './types'
