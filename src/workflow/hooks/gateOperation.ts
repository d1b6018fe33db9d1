import type { CollectionBeforeOperationHook } from 'payload'

import { DUPLICATING_KEY, RESTORING_AS_DRAFT_KEY } from '../context'
import { WorkflowError } from '../errors'
import { lockDocument } from '../lock'
import { getWorkflowWrite } from '../service'

const PUBLISH_HINT = 'Publishing goes through the workflow: POST /api/{collection}/{id}/workflow'

/**
 * The publish gate. Every create and update that does not come from the workflow service is
 * turned into a draft save, so no path (REST, GraphQL, admin form, bulk update, Local API,
 * restore, duplicate) can change what is live. See docs/publish-gate.md for why this has
 * to happen before the operation rather than in beforeChange or access.
 */
export const gateOperation: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: number | string }).id
  const marked = getWorkflowWrite(req, collection.slug)
  // The marker covers only the document the transition targets.
  const write = marked && operation === 'update' && String(id) === String(marked.id) ? marked : undefined
  if (operation === 'restoreVersion') {
    if (!args.draft) {
      throw new WorkflowError(`Restore versions as drafts (?draft=true). ${PUBLISH_HINT}`, 403)
    }
    req.context[RESTORING_AS_DRAFT_KEY] = true
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  if (operation === 'update' && id !== undefined && !write) {
    // Edits queue behind transitions on the same row lock, so neither overwrites the other
    // (the update's transaction has started; the lock holds until it commits).
    await lockDocument(req.payload, req, collection.slug, Number(id))
  }
  if (write?.liveChange) return args

  const data = args.data as Record<string, unknown> | undefined
  if (data?._status === 'published') {
    throw new WorkflowError(`Setting _status to "published" directly is not allowed. ${PUBLISH_HINT}`, 403)
  }
  args.draft = true
  if (data) data._status = 'draft'
  if (operation === 'create' && args.duplicateFromID !== undefined && args.duplicateFromID !== null) {
    // A copy starts its own review: it inherits wording, never approval.
    req.context[DUPLICATING_KEY] = true
  }
  return args
}

