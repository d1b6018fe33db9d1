import type { ClaimCategory, ClaimSeverity } from './types'

/**
 * What a model finding says for each kind: the model names a kind, not a rule. `severity` is the
 * kind's usual weight; model findings themselves always warn (checkClaims.ts).
 */
export const KIND_ADVICE: Record<ClaimCategory, { severity: ClaimSeverity; message: string; suggestion: string }> = {
  cure: {
    severity: 'block',
    message: 'Reads as a promise that massage cures or heals a condition.',
    suggestion: 'Say what massage may help with, e.g. "may ease sciatic pain for some people".',
  },
  'root-cause': {
    severity: 'block',
    message: 'Reads as a promise to remove the underlying cause of a condition.',
    suggestion: 'Describe symptom relief and recommend a medical assessment for the cause.',
  },
  guarantee: {
    severity: 'block',
    message: 'Reads as certainty about a health outcome; responses to massage vary.',
    suggestion: 'Use realistic wording such as "many people find" or "may help".',
  },
  miracle: {
    severity: 'warn',
    message: 'Reads as miracle, magic or cure-all language.',
    suggestion: 'Describe the realistic benefit plainly.',
  },
  'absolute-relief': {
    severity: 'block',
    message: 'Reads as a promise of complete, instant or permanent relief.',
    suggestion: 'Say relief is usually temporary and varies.',
  },
  'one-visit': {
    severity: 'block',
    message: 'Reads as a promise of results from a single visit.',
    suggestion: 'Say that most people need several sessions and results vary.',
  },
  'unreferenced-evidence': {
    severity: 'block',
    message: 'Reads as an appeal to proof or research with no citation attached to it.',
    suggestion: 'Attach the study (an inline link or reference) to this sentence, or soften the wording.',
  },
  safety: {
    severity: 'block',
    message: 'Reads as a claim that massage is free of risk or side effects.',
    suggestion: 'Say massage is generally safe with a qualified therapist and name common side effects.',
  },
  'skip-care': {
    severity: 'block',
    message: 'Reads as advice to skip, delay or replace medical care.',
    suggestion: 'Present massage as an addition to medical care and say when to see a doctor.',
  },
  efficacy: {
    severity: 'warn',
    message: 'States an effect or mechanism of massage as established fact, with no citation attached.',
    suggestion: 'Hedge ("may help") and attach a source, or describe what people feel instead.',
  },
  superlative: {
    severity: 'warn',
    message: 'Reads as a claim that massage is the best or most effective treatment.',
    suggestion: 'Drop the comparison or cite a study that compares treatments.',
  },
  prevention: {
    severity: 'warn',
    message: 'Reads as a promise that massage prevents a condition or its return.',
    suggestion: 'Say what is known to help (staying active) and hedge any prevention benefit.',
  },
  rhetorical: {
    severity: 'warn',
    message: 'A rhetorical question that implies a promised outcome.',
    suggestion: 'State plainly what massage may and may not do.',
  },
}

/** Kinds a citation attached to the claim can support (the others stay risky with a source). */
export const EVIDENCE_KINDS: ReadonlySet<string> = new Set(['unreferenced-evidence', 'efficacy', 'prevention'])
