import type { Payload, TaskConfig } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollectionSlug, isContentCollection } from '@/lib/contentCollections'
import { runTransition, type WorkflowUser } from '@/workflow/service'
import { WORKFLOW_STATES, type WorkflowState } from '@/workflow/states'

type Relation = { relationTo: string; value: number | string }

/** The input the admin panel's Schedule drawer queues (same shape as Payload's built-in task). */
export type SchedulePublishInput = {
  type?: 'publish' | 'unpublish' | null
  locale?: string | null
  doc?: Relation | null
  global?: string | null
  user?: Relation | number | string | null
}

type SchedulePublishIO = {
  input: SchedulePublishInput
  output: { collection?: string; id?: number | string; state?: string }
}

export const SCHEDULED_PUBLISH_FAILED = 'scheduled_publish_failed'
export const SCHEDULED_UNPUBLISH_FAILED = 'scheduled_unpublish_failed'

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The user who scheduled the job, as the workflow sees users; null when unknown. */
const schedulingUser = async (payload: Payload, user: SchedulePublishInput['user']) => {
  if (!user || typeof user !== 'object' || user.relationTo !== 'users') return null
  const found = await payload
    .findByID({ collection: 'users', id: user.value, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  return found ? ({ ...found, collection: 'users' } as unknown as WorkflowUser) : null
}

const currentState = async (payload: Payload, collection: ContentCollectionSlug, id: number | string) => {
  const doc = await payload
    .findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  const state = (doc as { workflowState?: string } | null)?.workflowState
  return (WORKFLOW_STATES as readonly string[]).includes(state ?? '') ? (state as WorkflowState) : undefined
}

/**
 * The audit record of a scheduled (un)publish that did not happen. Written on a fresh request
 * of its own, outside the job's transaction, so it survives the job failing.
 */
const recordFailure = async (
  payload: Payload,
  args: { type: 'publish' | 'unpublish'; collection: ContentCollectionSlug; id: number | string; actor?: number | string; reason: string },
) => {
  try {
    await payload.create({
      collection: 'workflow-events',
      data: {
        collection: args.collection,
        documentId: String(args.id),
        action: args.type === 'publish' ? SCHEDULED_PUBLISH_FAILED : SCHEDULED_UNPUBLISH_FAILED,
        fromState: await currentState(payload, args.collection, args.id),
        toState: args.type === 'publish' ? 'published' : 'archived',
        actor: args.actor as number | undefined,
        comment: args.reason,
      },
      depth: 0,
      overrideAccess: true,
    })
  } catch (error) {
    payload.logger.error({ err: error, msg: `could not record the failed scheduled ${args.type}` })
  }
}

/**
 * Replaces Payload's built-in `schedulePublish` task (a task in `jobs.tasks` with the same slug
 * wins over the built-in one). The built-in writes `_status` with `payload.update`, which the
 * publish gate refuses; this one runs the workflow's own `publish` / `unpublish` action as the
 * user who scheduled it, so only an approved draft whose wording is unchanged since approval
 * goes live, with the usual audit event. Anything else fails the job visibly and leaves a
 * `scheduled_publish_failed` (or `scheduled_unpublish_failed`) event naming the reason.
 */
export const schedulePublishTask: TaskConfig<SchedulePublishIO> = {
  slug: 'schedulePublish',
  label: 'Scheduled publish (through the workflow)',
  // A retry would publish at a moment nobody chose; a failure is for a person to look at.
  retries: 0,
  inputSchema: [
    { name: 'type', type: 'radio', defaultValue: 'publish', options: ['publish', 'unpublish'] },
    { name: 'locale', type: 'text' },
    { name: 'doc', type: 'relationship', relationTo: [...CONTENT_COLLECTIONS] },
    { name: 'global', type: 'select', options: [] },
    { name: 'user', type: 'relationship', relationTo: ['users'] },
  ],
  handler: async ({ input, req }) => {
    const { payload } = req
    const type = input?.type === 'unpublish' ? 'unpublish' : 'publish'
    const target = input?.doc
    if (!target || typeof target !== 'object') {
      throw new Error(
        input?.global
          ? `Scheduled ${type} of the global "${input.global}" is not supported`
          : `Scheduled ${type} job has no document`,
      )
    }
    if (!isContentCollection(target.relationTo)) {
      throw new Error(`Scheduled ${type}: "${target.relationTo}" is not under the editorial workflow`)
    }
    const collection = target.relationTo
    // Payload stores the id as a string (#10481); content collections use numeric ids.
    const id = Number(target.value)

    const fail = async (reason: string, actor?: number | string): Promise<never> => {
      await recordFailure(payload, { type, collection, id: target.value, actor, reason })
      throw new Error(`Scheduled ${type} of ${collection} #${target.value} failed: ${reason}`)
    }

    if (input.user !== null && input.user !== undefined && typeof input.user !== 'object') {
      // Jobs queued by older Payload versions carry a bare id: the user cannot be restored safely.
      return fail('The job does not say which user scheduled it; schedule it again from the admin panel')
    }
    const user = await schedulingUser(payload, input.user)
    if (!user) return fail('The user who scheduled this no longer exists or is unknown')

    let result: Awaited<ReturnType<typeof runTransition>>
    try {
      result = await runTransition(payload, {
        collection,
        id,
        action: type,
        comment: type === 'unpublish' ? 'Scheduled unpublish' : 'Scheduled publish',
        user,
      })
    } catch (error) {
      return fail(messageOf(error), user.id)
    }
    const doc = result.doc as { id: number | string; workflowState?: string }
    return { output: { collection, id: doc.id, state: doc.workflowState } }
  },
}
