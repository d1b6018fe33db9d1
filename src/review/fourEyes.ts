import type { PayloadRequest } from 'payload'

import { dutyGuardsOf, runGuards } from '@/workflow/guards'
import { findTransition, type WorkflowAction } from '@/workflow/transitions'

type Person = { id: number | string; roles?: string[] | null; therapist?: unknown }

/**
 * The separation-of-duties failures this person would meet taking `action` on the document: the
 * workflow's own guards (`notSubmitterNorEditor` for approve), read from the table.
 */
export const dutyFailures = async (
  req: PayloadRequest,
  action: WorkflowAction,
  collection: string,
  doc: Record<string, any>,
  user: Person,
) => {
  const transition = findTransition(action)
  if (!transition) return []
  return runGuards(dutyGuardsOf(transition.guards), { payload: req.payload, req, collection, doc, contentHash: '', user })
}
