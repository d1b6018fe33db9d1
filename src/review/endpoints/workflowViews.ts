import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '@/access/hasRole'
import { STAFF_ROLES } from '@/lib/roles'
import { WorkflowError } from '@/workflow/errors'

import { buildActivity, markActivityRead } from '../activity'
import { buildQueue } from '../queue'

const NO_STORE = { 'Cache-Control': 'private, no-store' }

const staffOnly = (req: PayloadRequest) => {
  if (!req.user) throw new WorkflowError('Sign in to see the review queue', 401)
  if (!hasRole(req.user as never, ...STAFF_ROLES)) throw new WorkflowError('Only staff see the review queue', 403)
}

/** `GET /api/workflow/queue`, `GET /api/workflow/activity`, `POST /api/workflow/activity/read`. */
export const workflowViewEndpoints: Endpoint[] = [
  {
    path: '/workflow/queue',
    method: 'get',
    handler: async (req) => {
      staffOnly(req)
      return Response.json(await buildQueue(req), { headers: NO_STORE })
    },
  },
  {
    path: '/workflow/activity',
    method: 'get',
    handler: async (req) => {
      staffOnly(req)
      return Response.json(await buildActivity(req), { headers: NO_STORE })
    },
  },
  {
    path: '/workflow/activity/read',
    method: 'post',
    handler: async (req) => {
      staffOnly(req)
      return Response.json(await markActivityRead(req), { headers: NO_STORE })
    },
  },
]
