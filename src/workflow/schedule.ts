import { createLocalReq, type Payload } from 'payload'

import { JOBS_QUEUE } from '@/jobs/queue'
import { isContentCollection } from '@/lib/contentCollections'
import { hasAnyRole } from '@/lib/roles'
import { withTransaction } from '@/lib/withTransaction'

import { WorkflowError } from './errors'
import { lockDocument } from './lock'
import type { WorkflowUser } from './service'
import { findTransition, isSchedulableAction, SCHEDULABLE_ACTIONS } from './transitions'

const MAX_AHEAD_MS = 366 * 24 * 60 * 60 * 1000

/**
 * Queues a publish or unpublish for later. Who may schedule an action is who may take it (the
 * table's roles); whether it may happen is decided when the job runs, by the same workflow
 * action, so a schedule never bypasses review.
 */
export const scheduleTransition = async (
  payload: Payload,
  input: { collection: string; id: number | string; action: unknown; at: unknown; user: WorkflowUser | null | undefined },
) => {
  const { collection, user } = input
  if (!isContentCollection(collection)) {
    throw new WorkflowError(`"${collection}" has no workflow`, 404)
  }
  if (!user) throw new WorkflowError('Sign in to schedule', 401)
  if (typeof input.action !== 'string' || !isSchedulableAction(input.action)) {
    const names = SCHEDULABLE_ACTIONS.map((action) => `"${action}"`).join(' or ')
    throw new WorkflowError(`Body field "action" must be ${names}`, 400, { field: 'action' })
  }
  const at = typeof input.at === 'string' ? new Date(input.at) : undefined
  if (!at || Number.isNaN(at.getTime())) {
    throw new WorkflowError('Body field "at" must be an ISO date and time', 400, { field: 'at' })
  }
  if (at.getTime() <= Date.now() || at.getTime() - Date.now() > MAX_AHEAD_MS) {
    throw new WorkflowError('Body field "at" must be in the future, within a year', 400, { field: 'at' })
  }
  const transition = findTransition(input.action)!
  if (!hasAnyRole(user.roles, transition.roles)) {
    throw new WorkflowError(`Scheduling "${input.action}" needs the role ${transition.roles.join(' or ')}`, 403)
  }
  const id = Number(input.id)
  const req = await createLocalReq({ user: user as never }, payload)
  return withTransaction(req, async () => {
    if (!Number.isInteger(id) || !(await lockDocument(payload, req, collection, id))) {
      throw new WorkflowError(`No ${collection} document with id ${input.id}`, 404)
    }
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      queue: JOBS_QUEUE,
      waitUntil: at,
      input: {
        type: input.action as 'publish' | 'unpublish',
        doc: { relationTo: collection, value: id },
        user: { relationTo: 'users', value: user.id },
      } as never,
      req,
    })
    const event = await payload.create({
      collection: 'workflow-events',
      data: {
        collection: collection as 'articles',
        documentId: String(id),
        action: `schedule_${input.action}`,
        actor: user.id as number,
        comment: `Scheduled for ${at.toISOString()}`,
      },
      depth: 0,
      req,
      overrideAccess: true,
    })
    return { job: { id: job.id, waitUntil: at.toISOString() }, event }
  })
}
