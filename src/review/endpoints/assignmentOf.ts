import type { Endpoint } from 'payload'

import { hasRole } from '@/access/hasRole'
import { idOf } from '@/lib/idOf'
import { STAFF_ROLES } from '@/lib/roles'
import { WorkflowError } from '@/workflow/errors'
import { ASSIGNMENT_RULES } from '@/workflow/transitions'

import { namesOf } from '../people'
import { assignmentKey, reviewTarget } from '../reviewTarget'

/**
 * `GET /api/review-assignments/of?collection=…&id=…`: the document's assignee and due date, what
 * the caller may do about it (from ASSIGNMENT_RULES) and, for those who may assign, the reviewers.
 */
export const assignmentOfEndpoint: Endpoint = {
  path: '/of',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new WorkflowError('Sign in to see assignments', 401)
    if (!hasRole(req.user as never, ...STAFF_ROLES)) throw new WorkflowError('Only staff see assignments', 403)
    const query = req.query as Record<string, unknown>
    const { collection, id } = await reviewTarget(req, { collection: query.collection, id: query.id })
    const { docs } = await req.payload.find({
      collection: 'review-assignments',
      where: { docKey: { equals: assignmentKey(collection, id) } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const assignment = docs[0] ?? null
    const mayAssign = hasRole(req.user as never, ...ASSIGNMENT_RULES.assign.roles)
    const mayClaim = hasRole(req.user as never, ...ASSIGNMENT_RULES.claim.roles)
    let reviewers: { id: number; name: string }[] = []
    if (mayAssign) {
      const { docs: found } = await req.payload.find({
        collection: 'users',
        where: { roles: { in: [...ASSIGNMENT_RULES.assigneeRoles] } },
        limit: 200,
        depth: 0,
        select: { name: true, email: true },
        req,
        overrideAccess: true,
      })
      reviewers = found.map((u) => ({ id: u.id, name: String((u as { name?: string }).name || u.email) }))
    }
    const names = await namesOf(req, [idOf<number>(assignment?.reviewer)])
    return Response.json(
      {
        assignment: assignment && {
          reviewer: { id: idOf(assignment.reviewer), name: names.get(String(idOf(assignment.reviewer))) ?? null },
          how: assignment.how,
          dueAt: assignment.dueAt ?? null,
        },
        mayAssign,
        mayClaim,
        reviewers,
      },
      { headers: { 'Cache-Control': 'private, no-store' } },
    )
  },
}
