import type { CollectionBeforeChangeHook } from 'payload'

import { DUPLICATING_KEY, getWorkflowWrite, RESTORING_AS_DRAFT_KEY } from '../context'
import { WorkflowError } from '../errors'

const MANAGED_GROUPS = ['workflow', 'medicalReview'] as const

/**
 * Backstop behind the gate: the state and review bookkeeping belong to the workflow service.
 * A write that tries to change the state is refused; the bookkeeping is kept as it was
 * (forms send it back unchanged, so dropping it silently is the friendly reading).
 */
export const protectWorkflowFields: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const write = getWorkflowWrite(req)
  if (write) {
    if (data._status === 'published' && write.liveChange !== 'publish') {
      throw new WorkflowError('Only the publish action may publish', 403)
    }
    return data
  }

  const isRestoring = Boolean(req.context[RESTORING_AS_DRAFT_KEY])
  // A restore carries the snapshot's status; the gate already made it a draft save.
  if (isRestoring) data._status = 'draft'
  if (data._status === 'published') {
    throw new WorkflowError('Setting _status to "published" directly is not allowed', 403)
  }

  const currentState = operation === 'create' ? 'draft' : (originalDoc?.workflowState ?? 'draft')

  if (
    !isRestoring &&
    !req.context[DUPLICATING_KEY] &&
    data.workflowState !== undefined &&
    data.workflowState !== null &&
    data.workflowState !== currentState
  ) {
    throw new WorkflowError(
      `workflowState is set only by workflow transitions (it is "${currentState}"). ` +
        'Use POST /api/{collection}/{id}/workflow',
      403,
      { field: 'workflowState' },
    )
  }

  data.workflowState = isRestoring ? 'draft' : currentState
  for (const group of MANAGED_GROUPS) {
    data[group] = operation === 'create' ? {} : originalDoc?.[group]
  }
  return data
}
