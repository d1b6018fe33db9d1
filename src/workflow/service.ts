import { addMonths } from 'date-fns'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { findAllLocales } from '@/lib/findAllLocales'
import { idOf } from '@/lib/idOf'
import { CONTENT_COLLECTIONS, type ContentCollectionSlug, STAFF_ROLES } from '@/lib/roles'
import type { WorkflowEvent } from '@/payload-types'

import { WORKFLOW_CONTEXT_KEY, type WorkflowWrite } from './context'
import { WorkflowError } from './errors'
import { type GuardContext, runGuards } from './guards'
import { lockDocument } from './lock'
import { notifyTransition } from './notify'
import { reviewedContentHash } from './reviewedContent'
import type { WorkflowState } from './states'
import { ACTIONS, allowedActionsFor, findTransition, hasAnyRole, type Transition } from './transitions'

export type WorkflowUser = GuardContext['user'] & { email?: string; name?: string }

export type TransitionInput = {
  collection: string
  id: number | string
  action: unknown
  comment?: unknown
  acknowledgeFindings?: unknown
  user: WorkflowUser | null | undefined
  /** Seeding publishes dozens of demo documents; nobody needs an email for each. */
  isNotifying?: boolean
}

const isContentCollection = (slug: string): slug is ContentCollectionSlug =>
  (CONTENT_COLLECTIONS as readonly string[]).includes(slug)

const parseId = (id: number | string) => {
  const numeric = Number(id)
  if (!Number.isInteger(numeric) || numeric <= 0) throw new WorkflowError(`No document with id "${id}"`, 404)
  return numeric
}

/** Validates the request shape before anything is read (400 / 401 / 403 / 404). */
const validateInput = ({ collection, action, comment, acknowledgeFindings, user }: TransitionInput) => {
  if (!isContentCollection(collection)) throw new WorkflowError(`"${collection}" has no workflow`, 404)
  if (!user) throw new WorkflowError('Sign in to change the workflow state', 401)
  if (typeof action !== 'string' || !action) {
    throw new WorkflowError('Body field "action" is required', 400, { field: 'action', actions: ACTIONS })
  }
  const transition = findTransition(action)
  if (!transition) {
    throw new WorkflowError(`Unknown action "${action}"`, 400, { field: 'action', actions: ACTIONS })
  }
  if (comment !== undefined && comment !== null && typeof comment !== 'string') {
    throw new WorkflowError('Body field "comment" must be a string', 400, { field: 'comment' })
  }
  // PostgreSQL text cannot hold NUL; other control characters have no place in a comment either.
  if (typeof comment === 'string' && /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(comment)) {
    throw new WorkflowError('Body field "comment" contains control characters', 400, { field: 'comment' })
  }
  if (typeof comment === 'string' && comment.length > 5000) {
    throw new WorkflowError('Body field "comment" is longer than 5000 characters', 400, { field: 'comment' })
  }
  if (acknowledgeFindings !== undefined && acknowledgeFindings !== null && typeof acknowledgeFindings !== 'boolean') {
    throw new WorkflowError('Body field "acknowledgeFindings" must be a boolean', 400, {
      field: 'acknowledgeFindings',
    })
  }
  if (!hasAnyRole(user.roles, transition.roles)) {
    throw new WorkflowError(
      `"${action}" needs the role ${transition.roles.join(' or ')}`,
      403,
      { action, requiredRoles: transition.roles },
    )
  }
  return { collection, transition }
}

const reviewInterval = async (payload: Payload, req: PayloadRequest) => {
  const settings = await payload.findGlobal({ slug: 'site-settings', req, depth: 0, overrideAccess: true })
  return settings.reviewIntervalMonths || 12
}

/** The fields a transition writes besides the state, from the effects in its table row. */
const transitionData = async (
  transition: Transition,
  ctx: {
    payload: Payload
    req: PayloadRequest
    collection: ContentCollectionSlug
    doc: Record<string, any>
    user: WorkflowUser
    hash: string
  },
) => {
  const now = new Date().toISOString()
  const { doc, user, hash, payload, req } = ctx
  const workflow = { ...(doc.workflow ?? {}), editors: (doc.workflow?.editors ?? []).map((e: unknown) => idOf(e)) }
  const data: Record<string, unknown> = { workflowState: transition.to, workflow }
  for (const effect of transition.effects) {
    switch (effect) {
      case 'recordSubmission':
        Object.assign(workflow, { submittedBy: user.id, submittedAt: now, reviewedHash: hash })
        break
      case 'recordApproval':
        Object.assign(workflow, { approvedBy: user.id, approvedAt: now, reviewedHash: hash })
        break
      case 'recordReview': {
        const months = await reviewInterval(payload, req)
        data.medicalReview = {
          reviewer: idOf(user.therapist),
          reviewedAt: now,
          nextReviewDue: addMonths(new Date(now), months).toISOString(),
          isReviewDue: false,
        }
        break
      }
      case 'publish': {
        data._status = 'published'
        const fields = payload.collections[ctx.collection].config.flattenedFields
        if (fields.some((field) => field.name === 'publishedAt')) data.publishedAt = doc.publishedAt ?? now
        break
      }
      case 'closeEditingRound':
        // The next round's four-eyes check starts afresh.
        workflow.editors = []
        break
      case 'unpublish':
        data._status = 'draft'
        break
    }
  }
  return data
}

const liveChangeFor = (transition: Transition): WorkflowWrite['liveChange'] =>
  transition.effects.includes('unpublish') ? 'unpublish' : transition.effects.includes('publish') ? 'publish' : undefined

/**
 * Runs one workflow action: row lock, state check, guards, state change and audit event in one
 * transaction, so either both are written or neither. Notifications go out after commit.
 */
export const runTransition = async (payload: Payload, input: TransitionInput) => {
  const { collection, transition } = validateInput(input)
  const id = parseId(input.id)
  const user = input.user!
  const comment = typeof input.comment === 'string' ? input.comment.trim() || undefined : undefined
  const acknowledgeFindings = input.acknowledgeFindings === true

  // A fresh request of our own: the workflow flag must never ride on a request other code reuses.
  const req = await createLocalReq({ user: user as never, context: {} }, payload)
  await initTransaction(req)
  try {
    if (!(await lockDocument(payload, req, collection, id))) {
      throw new WorkflowError(`No ${collection} document with id ${id}`, 404)
    }
    const doc = await findAllLocales(req, collection, id)
    if (!doc) throw new WorkflowError(`No ${collection} document with id ${id}`, 404)
    const state = doc.workflowState as WorkflowState
    if (!(transition.from as readonly string[]).includes(state)) {
      const allowedActions = allowedActionsFor(state, user.roles)
      throw new WorkflowError(
        `Cannot ${transition.action} a document in state "${state}". Allowed: ${allowedActions.join(', ') || 'none'}`,
        409,
        { state, allowedActions },
      )
    }

    const fields = payload.collections[collection].config.flattenedFields
    const hash = reviewedContentHash(doc, fields)
    const failures = await runGuards(transition.guards, {
      payload,
      req,
      collection,
      doc,
      contentHash: hash,
      user,
      comment,
      acknowledgeFindings,
    })
    const duty = failures.find((f) => f.kind === 'duty')
    if (duty) throw new WorkflowError(duty.message, 403, { guard: duty.guard })
    if (failures.length > 0) {
      throw new WorkflowError(failures.map((f) => f.message).join('; '), 422, {
        failedGuards: failures.map(({ guard, message }) => ({ guard, message })),
      })
    }

    const data = await transitionData(transition, { payload, req, collection, doc, user, hash })
    const liveChange = liveChangeFor(transition)
    req.context[WORKFLOW_CONTEXT_KEY] = { action: transition.action, liveChange } satisfies WorkflowWrite
    const updated = await payload.update({
      collection,
      id,
      data: data as never,
      draft: liveChange === undefined,
      depth: 0,
      req,
      overrideAccess: true,
    })

    const event = (await payload.create({
      collection: 'workflow-events',
      data: {
        collection,
        documentId: String(id),
        action: transition.action,
        fromState: state,
        toState: transition.to,
        actor: user.id as number,
        comment,
        contentHash: hash,
        findings:
          transition.action === 'approve' && Number(doc.claims?.blockingCount) > 0
            ? { acknowledged: acknowledgeFindings, findings: doc.claims?.findings ?? [] }
            : undefined,
      },
      depth: 0,
      req,
      overrideAccess: true,
    })) as WorkflowEvent
    await commitTransaction(req)

    if (input.isNotifying !== false) {
      await notifyTransition(payload, { collection, doc: updated as never, transition, actor: user, comment }).catch(
        (error) => payload.logger.error({ err: error, msg: 'workflow notification failed' }),
      )
    }
    return { doc: updated, event }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** `GET …/workflow`: the state, what this caller may do now, and the audit trail. */
export const getWorkflowInfo = async (
  payload: Payload,
  { collection, id, user }: { collection: string; id: number | string; user: WorkflowUser | null | undefined },
) => {
  if (!isContentCollection(collection)) throw new WorkflowError(`"${collection}" has no workflow`, 404)
  if (!user) throw new WorkflowError('Sign in to see the workflow', 401)
  if (!hasAnyRole(user.roles, STAFF_ROLES)) {
    throw new WorkflowError('Only staff can see the workflow', 403)
  }
  const docId = parseId(id)
  const doc = await payload
    .findByID({ collection, id: docId, draft: true, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!doc) throw new WorkflowError(`No ${collection} document with id ${id}`, 404)
  const state = (doc as { workflowState: WorkflowState }).workflowState
  const { docs: history } = await payload.find({
    collection: 'workflow-events',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(docId) } }] },
    sort: 'createdAt',
    limit: 200,
    depth: 1,
    overrideAccess: true,
  })
  return {
    state,
    allowedActions: allowedActionsFor(state, user.roles),
    history: history.map((event) => ({
      id: event.id,
      action: event.action,
      fromState: event.fromState,
      toState: event.toState,
      actor:
        event.actor && typeof event.actor === 'object'
          ? { id: event.actor.id, name: event.actor.name }
          : event.actor,
      comment: event.comment,
      contentHash: event.contentHash,
      createdAt: event.createdAt,
    })),
  }
}
