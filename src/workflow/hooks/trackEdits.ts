import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { ContentCollectionSlug } from '@/lib/contentCollections'
import { idOf } from '@/lib/idOf'

import { notifyTransition } from '../notify'
import { isReviewedContentEqual } from '../reviewedContent'
import { getWorkflowWrite } from '../service'
import { writtenVersion } from '../writtenVersion'
import { combinedState, type DraftState, tracksOf } from '../states'
import { EDIT_RULES, type NotifyTarget } from '../transitions'

const DISMISSED_KEY = 'reliefApprovalDismissed'

/**
 * The judge stage of a save (src/workflow/writeStages.ts), on the data the protect stage
 * settled. An edit of the reviewed wording records its author (for the four-eyes rule) and sends
 * a draft under review or approved back to draft: an approval covers exactly the wording the
 * reviewer saw. Edits of other fields keep it.
 */
export const trackEdits: CollectionBeforeChangeHook = ({ data, originalDoc, collection, req }) => {
  if (getWorkflowWrite(req, collection.slug)) return data
  if (originalDoc && isReviewedContentEqual(data, originalDoc, collection.flattenedFields)) return data

  const editors = ((data.workflow?.editors ?? []) as unknown[]).map(idOf)
  if (req.user && !editors.some((id) => String(id) === String(req.user!.id))) editors.push(req.user.id)
  data.workflow = { ...(data.workflow ?? {}), editors }

  const state = tracksOf(originalDoc).draft
  if (state && (EDIT_RULES.dismissedFrom as readonly DraftState[]).includes(state)) {
    data.draftState = EDIT_RULES.dismissedTo
    data.workflowState = combinedState({ live: tracksOf(data).live, draft: EDIT_RULES.dismissedTo })
    req.context[DISMISSED_KEY] = state
  }
  return data
}

/** The dismissal is audited in the same transaction as the edit that caused it. */
export const logApprovalDismissed: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  const fromState = req.context[DISMISSED_KEY] as DraftState | undefined
  if (!fromState) return doc
  delete req.context[DISMISSED_KEY]
  await req.payload.create({
    collection: 'workflow-events',
    data: {
      collection: collection.slug as 'articles',
      documentId: String(doc.id),
      action: EDIT_RULES.dismissedAction,
      fromState,
      toState: EDIT_RULES.dismissedTo,
      actor: req.user?.id as number | undefined,
      comment: 'Reviewed wording was edited',
      // Payload saved the edit's version before afterChange: the dismissal names it.
      version: await writtenVersion(req, collection.slug as ContentCollectionSlug, doc.id),
    },
    req,
    overrideAccess: true,
  })
  // The reviewer waiting on this draft, or the one who approved it, hears that it changed.
  const notify = (EDIT_RULES.dismissedNotify as Partial<Record<DraftState, NotifyTarget>>)[fromState]
  if (notify && req.user) {
    const actor = req.user as { id: number | string; name?: string; email?: string }
    await notifyTransition(req.payload, {
      collection: collection.slug,
      doc,
      transition: { label: EDIT_RULES.dismissedLabel, notify },
      actor,
      comment: 'The reviewed wording was edited, so the draft went back to Draft and needs a new review.',
    }).catch((error) => req.payload.logger.error({ err: error, msg: 'dismissal notification failed' }))
  }
  return doc
}
