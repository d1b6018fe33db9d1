import { addMonths } from 'date-fns'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { type ContentCollectionSlug, isContentCollection } from '@/lib/contentCollections'
import { findAllLocales } from '@/lib/findAllLocales'
import { idOf } from '@/lib/idOf'
import { hasAnyRole, STAFF_ROLES } from '@/lib/roles'
import { withTransaction } from '@/lib/withTransaction'
import type { WorkflowEvent } from '@/payload-types'
import { linkThreads, parseThreadInput } from '@/review/threads'

import type { WorkflowWrite } from './context'
import { describeActions, describeEdit, describeVersions } from './describe'
import { WorkflowError } from './errors'
import { type GuardContext, runGuards } from './guards'
import { writeLiveRow } from './liveRow'
import { lockDocument } from './lock'
import { runLiveChangeHooks } from './liveChanges'
import { notifyTransition } from './notify'
import { writtenVersion } from './writtenVersion'
import { reviewedContentHash } from './reviewedContent'
import { combinedState, type Tracks, tracksOf } from './states'
import {
  ACTIONS,
  allowedActionsFor,
  eventStates,
  findTransition,
  isAllowedFrom,
  needsAcknowledgement,
  type Transition,
  tracksAfter,
  type WorkflowAction,
} from './transitions'

export type WorkflowUser = GuardContext['user'] & { email?: string; name?: string }

export type TransitionInput = {
  collection: string
  id: number | string
  action: unknown
  comment?: unknown
  acknowledgeFindings?: unknown
  /** request_changes: threads or anchors it points at (the table's `threads` column). */
  comments?: unknown
  /** submit: a reply to every open thread. */
  reply?: unknown
  user: WorkflowUser | null | undefined
  /** Seeding publishes dozens of demo documents; nobody needs an email for each. */
  isNotifying?: boolean
}

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

/**
 * The transition marker: which request the service is writing a transition with. Module-private
 * and keyed by the request object the service created, so no other code can mint one (a
 * `req.context` key could be set by any caller). Hooks only read it, for the document the
 * transition targets.
 */
const transitionWrites = new WeakMap<object, WorkflowWrite>()

/** The transition this request is writing to this collection, if the service marked it. */
export const getWorkflowWrite = (req: PayloadRequest, collection: string): WorkflowWrite | undefined => {
  const write = transitionWrites.get(req)
  return write && write.collection === collection ? write : undefined
}

/** How a transition reaches the database (see liveRow.ts for why live actions are different). */
const writeModeOf = (transition: Transition) =>
  transition.to.draft === undefined ? 'liveRow' : transition.to.live === 'published' ? 'publish' : 'draftVersion'

type WriteContext = {
  payload: Payload
  req: PayloadRequest
  collection: ContentCollectionSlug
  doc: Record<string, any>
  user: WorkflowUser
  hash: string
  after: Tracks
}

const reviewRecord = async ({ payload, req, user }: Pick<WriteContext, 'payload' | 'req' | 'user'>) => {
  const now = new Date().toISOString()
  const months = await reviewInterval(payload, req)
  return {
    reviewer: (idOf<number>(user.therapist) ?? null) as number | null,
    reviewedAt: now,
    nextReviewDue: addMonths(new Date(now), months).toISOString(),
  }
}

/** The fields a draft or publish transition writes besides the states, from its effects. */
const transitionData = async (transition: Transition, ctx: WriteContext) => {
  const now = new Date().toISOString()
  const { doc, user, hash, payload, after } = ctx
  const workflow = { ...(doc.workflow ?? {}), editors: (doc.workflow?.editors ?? []).map((e: unknown) => idOf(e)) }
  const data: Record<string, unknown> = {
    workflowState: combinedState(after),
    liveState: after.live,
    draftState: after.draft,
    workflow,
  }
  for (const effect of transition.effects) {
    switch (effect) {
      case 'recordSubmission':
        Object.assign(workflow, { submittedBy: user.id, submittedAt: now, reviewedHash: hash })
        break
      case 'recordApproval':
        Object.assign(workflow, { approvedBy: user.id, approvedAt: now, reviewedHash: hash })
        break
      case 'recordReview':
        data.medicalReview = { ...(await reviewRecord(ctx)), isReviewDue: false }
        break
      case 'closeEditingRound':
        // The next round's four-eyes check starts afresh.
        workflow.editors = []
        break
    }
  }
  if (writeModeOf(transition) === 'publish') {
    data._status = 'published'
    const fields = payload.collections[ctx.collection].config.flattenedFields
    if (fields.some((field) => field.name === 'publishedAt')) data.publishedAt = doc.publishedAt ?? now
  }
  return data
}

/** Writes the transition: a new draft version, the publish, or the live row alone. */
const writeTransition = async (transition: Transition, ctx: WriteContext, id: number) => {
  const { payload, req, collection } = ctx
  const mode = writeModeOf(transition)
  if (mode === 'liveRow') {
    if (transition.effects.includes('recordReview' as never)) {
      await writeLiveRow(payload, req, collection, id, { kind: 'review', review: await reviewRecord(ctx) })
    }
    if (ctx.after.live === 'archived') await writeLiveRow(payload, req, collection, id, { kind: 'unpublish' })
    return payload.findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: true })
  }
  const data = await transitionData(transition, ctx)
  transitionWrites.set(req, {
    action: transition.action as WorkflowAction,
    collection,
    id,
    liveChange: mode === 'publish' ? 'publish' : undefined,
  })
  try {
    return await payload.update({
      collection,
      id,
      data: data as never,
      draft: mode !== 'publish',
      depth: 0,
      req,
      overrideAccess: true,
    })
  } finally {
    transitionWrites.delete(req)
  }
}

/** Both tracks of a document: the live one from the live row, the draft one from the latest version. */
export const readTracks = (live: Record<string, any> | null, latest: Record<string, any>): Tracks => ({
  live: tracksOf(live ?? latest).live,
  draft: tracksOf(latest).draft,
})

/**
 * Runs one workflow action: row lock, state check, guards, state change and audit event in one
 * transaction, so either both are written or neither. Notifications go out after commit.
 */
export const runTransition = async (payload: Payload, input: TransitionInput) => {
  const { collection, transition } = validateInput(input)
  const threads = parseThreadInput(transition, input)
  const id = parseId(input.id)
  const user = input.user!
  const comment = typeof input.comment === 'string' ? input.comment.trim() || undefined : undefined
  const acknowledgeFindings = input.acknowledgeFindings === true

  // A fresh request of our own: the marker is keyed by this object, which no other code holds.
  const req = await createLocalReq({ user: user as never, context: {} }, payload)
  const { updated, event, comments } = await withTransaction(req, async () => {
    if (!(await lockDocument(payload, req, collection, id))) {
      throw new WorkflowError(`No ${collection} document with id ${id}`, 404)
    }
    const latest = await findAllLocales(req, collection, id)
    if (!latest) throw new WorkflowError(`No ${collection} document with id ${id}`, 404)
    const live = await findAllLocales(req, collection, id, { isLive: true })
    const before = readTracks(live, latest)
    if (!isAllowedFrom(transition, before)) {
      const allowedActions = allowedActionsFor(before, user.roles)
      const state = combinedState(before)
      throw new WorkflowError(
        `Cannot ${transition.action} a document whose live state is "${before.live}" and draft state is ` +
          `"${before.draft ?? 'none'}". Allowed: ${allowedActions.join(', ') || 'none'}`,
        409,
        { state, live: before.live, draft: before.draft, allowedActions },
      )
    }

    // Live actions judge and record what readers see; the others, the pending draft.
    const doc = writeModeOf(transition) === 'liveRow' && live ? live : latest
    const hash = await reviewedContentHash(req, collection, doc)
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
        failedGuards: failures.map(({ guard, message, fields }) => ({ guard, message, ...(fields ? { fields } : {}) })),
      })
    }

    const after = tracksAfter(transition, before)
    const updated = await writeTransition(transition, { payload, req, collection, doc, user, hash, after }, id)

    const event = (await payload.create({
      collection: 'workflow-events',
      data: {
        collection,
        documentId: String(id),
        action: transition.action,
        ...eventStates(transition, before, after),
        actor: user.id as number,
        comment,
        contentHash: hash,
        // The version this transition saved, so the versions list can name its step.
        version: writeModeOf(transition) === 'liveRow' ? undefined : await writtenVersion(req, collection, id),
        findings: needsAcknowledgement(transition, Number(doc.claims?.blockingCount ?? 0))
          ? { acknowledged: acknowledgeFindings, findings: doc.claims?.findings ?? [] }
          : undefined,
      } as never,
      depth: 0,
      req,
      overrideAccess: true,
    })) as WorkflowEvent
    const comments = await linkThreads({ req, transition, collection, id, eventId: event.id, comment, input: threads })
    if (transition.liveEvent) {
      await runLiveChangeHooks(req, {
        event: transition.liveEvent,
        collection: collection as ContentCollectionSlug,
        id,
        at: event.createdAt,
        action: transition.action as WorkflowAction,
        eventId: event.id,
      })
    }
    return { updated, event, comments }
  })

  if (input.isNotifying !== false) {
    await notifyTransition(payload, { collection, doc: updated as never, transition, actor: user, comment }).catch(
      (error) => payload.logger.error({ err: error, msg: 'workflow notification failed' }),
    )
  }
  return comments.length > 0 ? { doc: updated, event, comments } : { doc: updated, event }
}

/** `GET …/workflow`: both tracks, the combined state, what this caller may do now, and the audit trail. */
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
  const read = (draft: boolean) =>
    payload
      .findByID({ collection, id: docId, draft, depth: 0, overrideAccess: true, disableErrors: true })
      .catch(() => null) as Promise<Record<string, any> | null>
  const latest = await read(true)
  if (!latest) throw new WorkflowError(`No ${collection} document with id ${id}`, 404)
  const tracks = readTracks(await read(false), latest)
  const { docs: history } = await payload.find({
    collection: 'workflow-events',
    where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(docId) } }] },
    sort: 'createdAt',
    limit: 200,
    depth: 1,
    overrideAccess: true,
  })
  const blockingCount = Number(latest.claims?.blockingCount ?? 0)
  const findings = Array.isArray(latest.claims?.findings) ? (latest.claims.findings as { severity?: string }[]) : []
  return {
    live: tracks.live,
    draft: tracks.draft,
    state: combinedState(tracks),
    allowedActions: allowedActionsFor(tracks, user.roles),
    // What the admin panel needs to ask before each action, and before a save (issue 12).
    actions: describeActions(tracks, user.roles, blockingCount),
    edit: describeEdit(tracks),
    findings: {
      blocking: blockingCount,
      warnings: findings.filter((f) => f?.severity !== 'block').length,
      checkedAt: latest.claims?.checkedAt ?? null,
    },
    versions: await describeVersions(payload, collection, docId, tracks),
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
      acknowledgedFindings: acknowledgedCount(event.findings),
      createdAt: event.createdAt,
    })),
  }
}

/** How many blocking findings an event's actor acknowledged (their reason is the comment). */
const acknowledgedCount = (findings: unknown): number | null => {
  const record = findings as { acknowledged?: boolean; findings?: { severity?: string }[] } | null
  if (!record?.acknowledged || !Array.isArray(record.findings)) return null
  return record.findings.filter((f) => f?.severity === 'block').length
}
