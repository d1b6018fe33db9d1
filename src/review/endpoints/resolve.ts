import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@/access/hasRole'
import { idOf } from '@/lib/idOf'
import { WorkflowError } from '@/workflow/errors'
import { COMMENT_RULES } from '@/workflow/transitions'

const NO_STORE = { 'Cache-Control': 'private, no-store' }

/** Resolve or reopen a thread: only its status changes, with who and when. */
const setStatus =
  (status: 'open' | 'resolved'): Endpoint['handler'] =>
  async (req: PayloadRequest) => {
    const { payload, user } = req
    if (!user) throw new WorkflowError('Sign in to change a thread', 401)
    const roles = status === 'resolved' ? COMMENT_RULES.resolve : COMMENT_RULES.reopen
    if (!hasRole(user as never, ...roles)) {
      throw new WorkflowError(`${status === 'resolved' ? 'Resolving' : 'Reopening'} a thread needs the role ${roles.join(' or ')}`, 403)
    }
    const id = Number(req.routeParams?.id)
    const notFound = () => new WorkflowError(`No review comment with id "${String(req.routeParams?.id)}"`, 404)
    if (!Number.isInteger(id) || id <= 0) throw notFound()
    const comment = await payload
      .findByID({ collection: 'review-comments', id, depth: 0, req, user, overrideAccess: false, disableErrors: true })
      .catch(() => null)
    if (!comment) throw notFound()
    if (comment.parent) {
      throw new WorkflowError('Resolve or reopen the thread, not a reply', 400, { field: 'id', thread: idOf(comment.parent) })
    }
    // The caller must still be able to read the document the thread is about.
    const doc = await payload
      .findByID({
        collection: comment.collection as 'articles',
        id: Number(comment.documentId),
        draft: true,
        depth: 0,
        req,
        user,
        overrideAccess: false,
        disableErrors: true,
      })
      .catch(() => null)
    if (!doc) throw notFound()
    if (comment.status === status) {
      throw new WorkflowError(`The thread is already ${status}`, 409, { status })
    }
    const updated = await payload.update({
      collection: 'review-comments',
      id,
      data: status === 'resolved' ? { status, resolvedBy: user.id, resolvedAt: new Date().toISOString() } : { status, resolvedBy: null, resolvedAt: null },
      depth: 0,
      req,
      overrideAccess: true,
    })
    return Response.json({ doc: updated }, { headers: NO_STORE })
  }

export const resolveEndpoints: Endpoint[] = [
  { path: '/:id/resolve', method: 'post', handler: setStatus('resolved') },
  { path: '/:id/reopen', method: 'post', handler: setStatus('open') },
]
