import type { WorkflowAction } from './transitions'

/**
 * What the workflow service is writing. The service keeps it in a module-private WeakMap keyed
 * by the request it created (see `getWorkflowWrite` in service.ts): it is not a `req.context`
 * key, so other server code cannot forge it.
 */
export type WorkflowWrite = {
  action: WorkflowAction
  collection: string
  id: number
  /** Allows this write to change the live row (publish). */
  liveChange?: 'publish'
}

/** Set by the gate when it let a restore through as a draft, for the beforeChange backstop. */
export const RESTORING_AS_DRAFT_KEY = 'reliefRestoringAsDraft'

/** Set by the gate on a duplicate: the copy starts its own review and gets a fresh slug. */
export const DUPLICATING_KEY = 'reliefDuplicating'
