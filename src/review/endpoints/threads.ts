import type { Endpoint } from 'payload'

import { hasRole } from '@/access/hasRole'
import { idOf } from '@/lib/idOf'
import { STAFF_ROLES } from '@/lib/roles'
import { WorkflowError } from '@/workflow/errors'

import { namesOf } from '../people'
import { reviewTarget } from '../reviewTarget'

/**
 * `GET /api/review-comments/threads?collection=…&id=…`: the document's threads, oldest first,
 * each with its replies and the authors' names (staff who cannot read users still see who wrote).
 */
export const threadsEndpoint: Endpoint = {
  path: '/threads',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new WorkflowError('Sign in to read review comments', 401)
    if (!hasRole(req.user as never, ...STAFF_ROLES)) throw new WorkflowError('Only staff read review comments', 403)
    const query = req.query as Record<string, unknown>
    const { collection, id } = await reviewTarget(req, { collection: query.collection, id: query.id })
    const { docs } = await req.payload.find({
      collection: 'review-comments',
      where: { and: [{ collection: { equals: collection } }, { documentId: { equals: String(id) } }] },
      sort: 'createdAt',
      limit: 1000,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    const names = await namesOf(req, docs.flatMap((c) => [idOf<number>(c.author), idOf<number>(c.resolvedBy)]))
    const named = docs.map((c) => ({
      ...c,
      authorName: names.get(String(idOf(c.author))) ?? null,
      resolvedByName: c.resolvedBy ? (names.get(String(idOf(c.resolvedBy))) ?? null) : null,
    }))
    const threads = named
      .filter((c) => !c.parent)
      .map((root) => ({ ...root, replies: named.filter((c) => String(idOf(c.parent)) === String(root.id)) }))
    return Response.json({ threads }, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
