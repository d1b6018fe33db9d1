/**
 * Version comparison for bookkeeping fields (workflow states, hashes, claims findings): nothing.
 * Reviewers compare wording; the audit trail says who moved the state.
 */
export const HiddenDiff = () => null
