import { type Endpoint, type PayloadRequest, ValidationError } from 'payload'

import { hasRole } from '@/access/hasRole'
import { idOf } from '@/lib/idOf'
import { WorkflowError } from '@/workflow/errors'
import { tracksOf } from '@/workflow/states'
import { ASSIGNMENT_RULES } from '@/workflow/transitions'

import { dutyFailures } from '../fourEyes'
import { readBody } from '../readBody'
import { assignmentKey, reviewTarget } from '../reviewTarget'

const NO_STORE = { 'Cache-Control': 'private, no-store' }
type Mode = 'assign' | 'claim'

const parseDue = (value: unknown) => {
  if (value === undefined || value === null) return null
  const date = typeof value === 'string' ? new Date(value) : null
  if (!date || Number.isNaN(date.getTime())) {
    throw new WorkflowError('Body field "dueAt" must be an ISO date', 400, { field: 'dueAt' })
  }
  return date.toISOString()
}

const isUniqueViolation = (error: unknown) =>
  error instanceof ValidationError && error.data.errors.some((e) => e.path === 'docKey' || e.path === 'doc_key')

/** The document must be in a draft state the rule lists (409 names the state). */
const checkState = (mode: Mode, doc: Record<string, any>) => {
  const { draft } = tracksOf(doc)
  const from = ASSIGNMENT_RULES[mode].from as readonly (string | null)[]
  if (!from.includes(draft)) {
    throw new WorkflowError(`Cannot ${mode} a reviewer while the draft state is "${draft ?? 'none'}"`, 409, {
      draft,
      allowed: from,
    })
  }
}

const findAssignment = (req: PayloadRequest, key: string) =>
  req.payload
    .find({ collection: 'review-assignments', where: { docKey: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })
    .then(({ docs }) => docs[0])

/**
 * `POST /api/review-assignments/assign` `{ collection, id, reviewer, dueAt? }`: an editor or admin
 * names the reviewer (reassigning replaces the row). `POST …/claim` `{ collection, id, dueAt? }`: a
 * reviewer takes an unassigned draft; the unique `docKey` makes two claims race-safe, the loser
 * gets 409.
 */
const handler =
  (mode: Mode): Endpoint['handler'] =>
  async (req) => {
    const { payload, user } = req
    if (!user) throw new WorkflowError(`Sign in to ${mode} a review`, 401)
    const roles = ASSIGNMENT_RULES[mode].roles
    if (!hasRole(user as never, ...roles)) throw new WorkflowError(`"${mode}" needs the role ${roles.join(' or ')}`, 403)
    const body = await readBody(req)
    const allowed = mode === 'assign' ? ['collection', 'id', 'reviewer', 'dueAt'] : ['collection', 'id', 'dueAt']
    const unknown = Object.keys(body).filter((key) => !allowed.includes(key))
    if (unknown.length) throw new WorkflowError(`Unknown body field "${unknown[0]}"`, 400, { field: unknown[0] })
    const dueAt = parseDue(body.dueAt)
    const { collection, id, doc } = await reviewTarget(req, body)
    checkState(mode, doc)

    let reviewer = user as unknown as { id: number; roles?: string[] | null; therapist?: unknown }
    if (mode === 'assign') {
      const reviewerId = Number(body.reviewer)
      if (!Number.isInteger(reviewerId) || reviewerId <= 0) {
        throw new WorkflowError('Body field "reviewer" must be a user id', 400, { field: 'reviewer' })
      }
      const found = await payload
        .findByID({ collection: 'users', id: reviewerId, depth: 0, req, overrideAccess: true, disableErrors: true })
        .catch(() => null)
      if (!found || !hasRole(found as never, ...ASSIGNMENT_RULES.assigneeRoles)) {
        throw new WorkflowError(`User ${reviewerId} is not a reviewer`, 422, { field: 'reviewer' })
      }
      reviewer = found as typeof reviewer
    }
    const duties = await dutyFailures(req, ASSIGNMENT_RULES.reviewAction, collection, doc, reviewer)
    if (duties.length) {
      // Claiming for oneself is a duty refusal (403); naming someone who may not approve is a bad assignee (422).
      throw new WorkflowError(duties[0].message, mode === 'claim' ? 403 : 422, { field: 'reviewer', guard: duties[0].guard })
    }

    const key = assignmentKey(collection, id)
    const data = {
      docKey: key,
      collection,
      documentId: String(id),
      reviewer: reviewer.id,
      assignedBy: user.id,
      how: mode === 'assign' ? 'assigned' : 'claimed',
      dueAt,
    }
    try {
      const created = await payload.create({ collection: 'review-assignments', data: data as never, depth: 0, overrideAccess: true })
      return Response.json({ doc: created }, { status: 201, headers: NO_STORE })
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
    }
    const existing = await findAssignment(req, key)
    if (mode === 'claim') {
      if (existing && String(idOf(existing.reviewer)) === String(user.id)) {
        return Response.json({ doc: existing }, { status: 200, headers: NO_STORE })
      }
      throw new WorkflowError('Another reviewer already has this document', 409, {
        field: 'id',
        reviewer: idOf(existing?.reviewer),
      })
    }
    const updated = await payload.update({
      collection: 'review-assignments',
      id: existing!.id,
      data: data as never,
      depth: 0,
      overrideAccess: true,
    })
    return Response.json({ doc: updated }, { status: 200, headers: NO_STORE })
  }

export const assignmentEndpoints: Endpoint[] = [
  { path: '/assign', method: 'post', handler: handler('assign') },
  { path: '/claim', method: 'post', handler: handler('claim') },
]
