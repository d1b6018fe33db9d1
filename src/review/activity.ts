import type { PayloadRequest } from 'payload'

import { hasRole } from '@/access/hasRole'
import { idOf } from '@/lib/idOf'
import { CONTENT_COLLECTIONS, type ContentCollectionSlug } from '@/lib/contentCollections'
import { STATE_LABELS } from '@/workflow/states'
import { findTransition } from '@/workflow/transitions'

import { namesOf } from './people'

const SCAN = 200
const SHOWN = 30

export type ActivityItem = {
  id: number
  action: string
  label: string
  collection: string
  documentId: string
  title: string
  actor: string | null
  comment: string | null
  toState: string | null
  createdAt: string
  isUnread: boolean
  href: string
}

/**
 * Workflow events that concern the caller (docs/review.md): on documents they edited or
 * submitted, on drafts assigned to them, and the events the table notifies their role of
 * (`notify: 'reviewers'` for every reviewer; `notify: 'assignee'` for the assignee, or every
 * reviewer while the draft has none). Their own
 * actions are left out. Unread: newer than the
 * time they last marked the list read (`users.activityReadAt`).
 */
export const buildActivity = async (req: PayloadRequest) => {
  const { payload } = req
  const me = String(req.user!.id)
  const self = await payload.findByID({ collection: 'users', id: req.user!.id, depth: 0, req, overrideAccess: true })
  const readAt = (self as { activityReadAt?: string | null }).activityReadAt ?? null
  const { docs: events } = await payload.find({
    collection: 'workflow-events',
    where: { or: [{ actor: { not_equals: req.user!.id } }, { actor: { exists: false } }] },
    sort: '-createdAt',
    limit: SCAN,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const idsBy = new Map<ContentCollectionSlug, Set<number>>()
  for (const event of events) {
    const collection = event.collection as ContentCollectionSlug
    if (!(CONTENT_COLLECTIONS as readonly string[]).includes(collection)) continue
    if (!idsBy.has(collection)) idsBy.set(collection, new Set())
    idsBy.get(collection)!.add(Number(event.documentId))
  }
  const docs = new Map<string, Record<string, any>>()
  for (const [collection, ids] of idsBy) {
    const { docs: found } = await payload.find({
      collection,
      where: { id: { in: [...ids] } },
      draft: true,
      depth: 0,
      limit: ids.size,
      req,
      overrideAccess: true,
    })
    for (const doc of found) docs.set(`${collection}:${doc.id}`, doc as Record<string, any>)
  }
  // Every assignment of these documents: a submission to a named reviewer is news to them only.
  const keys = [...docs.keys()]
  const { docs: assignments } = keys.length
    ? await payload.find({
        collection: 'review-assignments',
        where: { docKey: { in: keys } },
        limit: keys.length,
        depth: 0,
        req,
        overrideAccess: true,
      })
    : { docs: [] }
  const assigneeOf = new Map(assignments.map((a) => [a.docKey, String(idOf(a.reviewer))]))
  const mine = new Set(assignments.filter((a) => String(idOf(a.reviewer)) === me).map((a) => a.docKey))
  const isReviewer = hasRole(req.user as never, 'reviewer')
  const isMine = (value: unknown) => String(idOf(value)) === me

  const relevant = events.filter((event) => {
    const key = `${event.collection}:${event.documentId}`
    const doc = docs.get(key)
    if (!doc) return false
    if (mine.has(key)) return true
    if (isMine(doc.workflow?.submittedBy) || isMine(doc.workflow?.approvedBy)) return true
    if ((doc.workflow?.editors ?? []).some(isMine)) return true
    const assignee = assigneeOf.get(key)
    const target = findTransition(event.action)?.notify
    return isReviewer && (target === 'reviewers' || (target === 'assignee' && (!assignee || assignee === me)))
  })
  const names = await namesOf(req, relevant.map((e) => idOf<number>(e.actor)))
  const items: ActivityItem[] = relevant.slice(0, SHOWN).map((event) => {
    const collection = event.collection as ContentCollectionSlug
    const doc = docs.get(`${collection}:${event.documentId}`)!
    const titleField = payload.collections[collection].config.admin?.useAsTitle
    const title = titleField && typeof doc[titleField] === 'string' ? doc[titleField] : `${collection} #${event.documentId}`
    const actorId = idOf(event.actor)
    return {
      id: event.id,
      action: event.action,
      label: findTransition(event.action)?.label ?? event.action.replace(/_/g, ' '),
      collection,
      documentId: event.documentId,
      title,
      actor: actorId ? (names.get(String(actorId)) ?? null) : null,
      comment: event.comment ?? null,
      toState: event.toState ? STATE_LABELS[event.toState as keyof typeof STATE_LABELS] ?? event.toState : null,
      createdAt: event.createdAt,
      isUnread: !readAt || event.createdAt > readAt,
      href: `/admin/collections/${collection}/${event.documentId}`,
    }
  })
  return { readAt, unread: relevant.filter((e) => !readAt || e.createdAt > readAt).length, items }
}

/** Marks everything up to now as read for the caller. */
export const markActivityRead = async (req: PayloadRequest) => {
  const readAt = new Date().toISOString()
  await req.payload.update({
    collection: 'users',
    id: req.user!.id,
    data: { activityReadAt: readAt } as never,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return { readAt }
}
