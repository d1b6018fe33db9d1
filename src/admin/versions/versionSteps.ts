import type { PayloadRequest } from 'payload'

import type { ContentCollectionSlug } from '@/lib/contentCollections'
import { idOf } from '@/lib/idOf'
import { namesOf } from '@/review/people'
import { eventActionLabel } from '@/workflow/eventLabels'

export type VersionStep = {
  eventId: number
  action: string
  /** The action in words, from the transition table ("Submit for review", "Approve"). */
  label: string
  actor: string | null
  comment: string | null
  at: string
}

/**
 * The workflow step that saved each of these versions (issue 12, review view), by version id.
 * Every audit event records the version its action saved (`workflow-events.version`); versions
 * saved by plain edits have none. Read with the caller's own access to the audit trail.
 */
export const versionSteps = async (
  req: PayloadRequest,
  collection: ContentCollectionSlug,
  documentId: number | string,
  versionIds: (number | string)[],
): Promise<Map<string, VersionStep>> => {
  const ids = [...new Set(versionIds.map(Number).filter(Number.isInteger))]
  if (ids.length === 0) return new Map()
  const { docs: events } = await req.payload.find({
    collection: 'workflow-events',
    where: {
      and: [
        { collection: { equals: collection } },
        { documentId: { equals: String(documentId) } },
        { version: { in: ids } },
      ],
    },
    sort: 'createdAt',
    limit: ids.length * 2,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
    // Someone who may not read the audit trail sees versions without steps, not an error.
    disableErrors: true,
  })
  const names = await namesOf(req, events.map((event) => idOf<number>(event.actor)))
  const steps = new Map<string, VersionStep>()
  for (const event of events) {
    const actorId = idOf(event.actor)
    steps.set(String(event.version), {
      eventId: event.id,
      action: event.action,
      label: eventActionLabel(event.action),
      actor: actorId === undefined || actorId === null ? null : (names.get(String(actorId)) ?? null),
      comment: event.comment ?? null,
      at: event.createdAt,
    })
  }
  return steps
}
