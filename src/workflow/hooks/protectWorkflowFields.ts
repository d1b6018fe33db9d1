import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { DUPLICATING_KEY, RESTORING_AS_DRAFT_KEY } from '../context'
import { WorkflowError } from '../errors'
import { getWorkflowWrite, readTracks } from '../service'
import { combinedState, type Tracks } from '../states'
import { EDIT_RULES } from '../transitions'

const MANAGED_GROUPS = ['workflow', 'medicalReview'] as const

/** The tracks before this edit: the live one from the live row, the draft one from the latest version. */
const currentTracks = async (req: PayloadRequest, collection: string, originalDoc: Record<string, any>) => {
  const live = await req.payload
    .findByID({
      collection: collection as 'articles',
      id: originalDoc.id,
      draft: false,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
      select: { liveState: true },
    })
    .catch(() => null)
  return readTracks(live as Record<string, any> | null, originalDoc)
}

/**
 * The protect stage of a save (src/workflow/writeStages.ts), first of all beforeChange hooks.
 * Backstop behind the gate: the states and review bookkeeping belong to the workflow service.
 * A write that tries to change a state is refused; the bookkeeping is kept as it was (forms
 * send it back unchanged, so dropping it silently is the friendly reading). Any edit while no
 * draft is pending opens a new draft round; the live track never moves on an edit.
 */
export const protectWorkflowFields: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const write = getWorkflowWrite(req, collection.slug)
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

  const current: Tracks =
    operation === 'create' || !originalDoc
      ? { live: 'none', draft: EDIT_RULES.newRoundState }
      : await currentTracks(req, collection.slug, originalDoc)

  if (!isRestoring && !req.context[DUPLICATING_KEY]) {
    // A value equal to the stored one is what forms send back; only a change is an attempt.
    const stored = { workflowState: combinedState(current), liveState: current.live, draftState: current.draft }
    for (const [field, value] of Object.entries(stored)) {
      if (data[field] !== undefined && data[field] !== null && data[field] !== value) {
        throw new WorkflowError(
          `${field} is set only by workflow transitions (it is "${value ?? 'none'}"). ` +
            'Use POST /api/{collection}/{id}/workflow',
          403,
          { field },
        )
      }
    }
  }

  const draft = isRestoring || !current.draft ? EDIT_RULES.newRoundState : current.draft
  data.liveState = current.live
  data.draftState = draft
  data.workflowState = combinedState({ live: current.live, draft })
  for (const group of MANAGED_GROUPS) {
    data[group] = operation === 'create' ? {} : originalDoc?.[group]
  }
  return data
}
