import type { Endpoint, PayloadRequest } from 'payload'

import { readJsonObject } from '@/lib/http/readJsonObject'

import { WorkflowError } from './errors'
import { scheduleTransition } from './schedule'
import { getWorkflowInfo, runTransition, type WorkflowUser } from './service'

const readBody = (req: PayloadRequest) =>
  readJsonObject(req, (problem) => {
    throw problem === 'not-json'
      ? new WorkflowError('The request body is not valid JSON', 400)
      : new WorkflowError('The request body must be a JSON object with an "action"', 400, { field: 'action' })
  })

const collectionOf = (req: PayloadRequest) => req.routeParams?.collection as string | undefined

/**
 * `POST|GET /api/{collection}/{id}/workflow` and `POST …/workflow/schedule`, added to every
 * content collection.
 */
export const workflowEndpoints = (collection: string): Endpoint[] => [
  {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req) => {
      const body = await readBody(req)
      const result = await runTransition(req.payload, {
        collection: collectionOf(req) ?? collection,
        id: String(req.routeParams?.id),
        action: body.action,
        comment: body.comment,
        acknowledgeFindings: body.acknowledgeFindings,
        comments: body.comments,
        reply: body.reply,
        user: req.user as WorkflowUser | null,
      })
      return Response.json(result, { status: 200, headers: { 'Cache-Control': 'private, no-store' } })
    },
  },
  {
    path: '/:id/workflow/schedule',
    method: 'post',
    handler: async (req) => {
      const body = await readBody(req)
      const result = await scheduleTransition(req.payload, {
        collection: collectionOf(req) ?? collection,
        id: String(req.routeParams?.id),
        action: body.action,
        at: body.at,
        user: req.user as WorkflowUser | null,
      })
      return Response.json(result, { status: 202, headers: { 'Cache-Control': 'private, no-store' } })
    },
  },
  {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req) => {
      const info = await getWorkflowInfo(req.payload, {
        collection: collectionOf(req) ?? collection,
        id: String(req.routeParams?.id),
        user: req.user as WorkflowUser | null,
      })
      return Response.json(info, { headers: { 'Cache-Control': 'private, no-store' } })
    },
  },
]
