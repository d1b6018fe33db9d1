import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/lib/idOf'

import { getWorkflowWrite } from '../context'
import { isReviewedContentEqual } from '../reviewedContent'

const DISMISSED_KEY = 'reliefApprovalDismissed'
const REVIEWED_STATES = new Set(['in_review', 'approved'])

/**
 * Runs after protectWorkflowFields. An edit of the reviewed wording records its author (for
 * the four-eyes rule) and sends a document under review or approved back to draft: an
 * approval covers exactly the wording the reviewer saw. Edits of other fields keep it.
 */
export const trackEdits: CollectionBeforeChangeHook = ({ data, originalDoc, collection, req }) => {
  if (getWorkflowWrite(req)) return data
  // Any edit of a published document is a forward draft that needs its own review.
  if (originalDoc?.workflowState === 'published') data.workflowState = 'draft'
  if (originalDoc && isReviewedContentEqual(data, originalDoc, collection.flattenedFields)) return data

  const editors = ((data.workflow?.editors ?? []) as unknown[]).map(idOf)
  if (req.user && !editors.some((id) => String(id) === String(req.user!.id))) editors.push(req.user.id)
  data.workflow = { ...(data.workflow ?? {}), editors }

  const state = originalDoc?.workflowState
  if (REVIEWED_STATES.has(state)) {
    data.workflowState = 'draft'
    req.context[DISMISSED_KEY] = state
  }
  return data
}

/** The dismissal is audited in the same transaction as the edit that caused it. */
export const logApprovalDismissed: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  const fromState = req.context[DISMISSED_KEY] as string | undefined
  if (!fromState) return doc
  delete req.context[DISMISSED_KEY]
  await req.payload.create({
    collection: 'workflow-events',
    data: {
      collection: collection.slug as 'articles',
      documentId: String(doc.id),
      action: 'approval_dismissed',
      fromState: fromState as 'approved',
      toState: 'draft',
      actor: req.user?.id as number | undefined,
      comment: 'Reviewed wording was edited',
    },
    req,
    overrideAccess: true,
  })
  return doc
}
