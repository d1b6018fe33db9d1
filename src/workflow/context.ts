import type { PayloadRequest } from 'payload'

/**
 * Flags the workflow service puts on the fresh request it creates for a transition. Only
 * that service sets them, and never on a request that other code reuses.
 */
export const WORKFLOW_CONTEXT_KEY = 'reliefWorkflow'

export type WorkflowWrite = {
  action: string
  /** Allows this write to change the live row (publish) or take it down (unpublish). */
  liveChange?: 'publish' | 'unpublish'
}

export const getWorkflowWrite = (req: PayloadRequest): WorkflowWrite | undefined =>
  req.context?.[WORKFLOW_CONTEXT_KEY] as WorkflowWrite | undefined

/** Set by the gate when it let a restore through as a draft, for the beforeChange backstop. */
export const RESTORING_AS_DRAFT_KEY = 'reliefRestoringAsDraft'

/** Set by the gate on a duplicate: the copy starts its own review and gets a fresh slug. */
export const DUPLICATING_KEY = 'reliefDuplicating'
