import type { PayloadRequest } from 'payload'

import { hasRole } from '@/access/hasRole'
import { idOf } from '@/lib/idOf'
import { CONTENT_COLLECTIONS, type ContentCollectionSlug } from '@/lib/contentCollections'
import { DRAFT_STATES, type Tracks, tracksOf } from '@/workflow/states'
import { hasAnyRole } from '@/lib/roles'
import { findTransition, isAllowedFrom, type WorkflowAction } from '@/workflow/transitions'

import { dutyFailures } from './fourEyes'
import { namesOf } from './people'
import { assignmentKey } from './reviewTarget'

export type QueueRow = {
  collection: ContentCollectionSlug
  id: number
  title: string
  live: Tracks['live']
  draft: Tracks['draft']
  submitter: { id: number; name: string } | null
  submittedAt: string | null
  /** When the current state began: the submission while under review, else the last save. */
  since: string
  findings: number
  blocking: number
  assignee: { id: number; name: string } | null
  dueAt: string | null
  href: string
}

type Candidate = { row: QueueRow; doc: Record<string, any>; tracks: Tracks; assigneeId?: string; isReviewDue: boolean }

/**
 * The dashboard cards (docs/review.md). A card with an `action` lists what the caller can do now
 * by the table (state, role and the four-eyes duty guards); the others are views every staff
 * member shares. `shownFor`: only callers whose roles may take this action see the card.
 */
type Card = {
  key: string
  title: string
  shownFor?: WorkflowAction
  action?: WorkflowAction
  /** Skip documents assigned to someone else. */
  isForAssignee?: boolean
  isIn?: (c: Candidate, me: string) => boolean
}

export const QUEUE_CARDS: Card[] = [
  { key: 'waitingForMe', title: 'Waiting for my review', shownFor: 'approve', action: 'approve', isForAssignee: true },
  {
    key: 'myDrafts',
    title: 'My drafts',
    shownFor: 'submit',
    isIn: ({ doc, tracks }, me) =>
      tracks.draft === 'draft' &&
      (String(idOf(doc.workflow?.submittedBy)) === me ||
        (doc.workflow?.editors ?? []).some((e: unknown) => String(idOf(e)) === me)),
  },
  { key: 'inReview', title: 'In review', isIn: ({ tracks }) => tracks.draft === 'in_review' },
  { key: 'changesRequested', title: 'Changes requested', isIn: ({ tracks }) => tracks.draft === 'changes_requested' },
  { key: 'readyToPublish', title: 'Ready to publish', shownFor: 'publish', action: 'publish' },
  {
    key: 'reviewDue',
    title: 'Review due',
    isIn: ({ row, tracks, isReviewDue }) =>
      isReviewDue ||
      Boolean(row.dueAt && tracks.draft && tracks.draft !== 'approved' && new Date(row.dueAt).getTime() <= Date.now()),
  },
]

const PER_COLLECTION = 100

const titleOf = (req: PayloadRequest, collection: ContentCollectionSlug, doc: Record<string, any>) => {
  const field = req.payload.collections[collection].config.admin?.useAsTitle
  const value = field ? doc[field] : undefined
  return typeof value === 'string' && value.trim() ? value : `${collection} #${doc.id}`
}

const loadCandidates = async (req: PayloadRequest): Promise<Candidate[]> => {
  const { payload, user } = req
  const docs: { collection: ContentCollectionSlug; doc: Record<string, any>; isReviewDue: boolean }[] = []
  for (const collection of CONTENT_COLLECTIONS) {
    const common = { collection, depth: 0, limit: PER_COLLECTION, sort: '-updatedAt', req, user, overrideAccess: false } as const
    const pending = await payload.find({ ...common, draft: true, where: { draftState: { in: [...DRAFT_STATES] } } })
    const due = await payload.find({ ...common, where: { 'medicalReview.isReviewDue': { equals: true } } })
    const seen = new Set<number>()
    for (const doc of pending.docs) {
      seen.add(doc.id)
      docs.push({ collection, doc: doc as Record<string, any>, isReviewDue: false })
    }
    for (const doc of due.docs) {
      if (seen.has(doc.id)) {
        const known = docs.find((d) => d.collection === collection && d.doc.id === doc.id)
        if (known) known.isReviewDue = true
      } else docs.push({ collection, doc: doc as Record<string, any>, isReviewDue: true })
    }
  }
  const keys = docs.map(({ collection, doc }) => assignmentKey(collection, doc.id))
  const { docs: assignments } = keys.length
    ? await payload.find({ collection: 'review-assignments', where: { docKey: { in: keys } }, limit: keys.length, depth: 0, req, overrideAccess: true })
    : { docs: [] }
  const byKey = new Map(assignments.map((a) => [a.docKey, a]))
  const names = await namesOf(req, [
    ...docs.map(({ doc }) => idOf<number>(doc.workflow?.submittedBy)),
    ...assignments.map((a) => idOf<number>(a.reviewer)),
  ])
  const person = (id: unknown) => {
    const key = idOf(id)
    return key === undefined || key === null ? null : { id: Number(key), name: names.get(String(key)) ?? `User ${key}` }
  }
  return docs.map(({ collection, doc, isReviewDue }) => {
    const tracks = tracksOf(doc)
    const assignment = byKey.get(assignmentKey(collection, doc.id))
    const submittedAt = (doc.workflow?.submittedAt as string | undefined) ?? null
    const row: QueueRow = {
      collection,
      id: doc.id,
      title: titleOf(req, collection, doc),
      live: tracks.live,
      draft: tracks.draft,
      submitter: person(doc.workflow?.submittedBy),
      submittedAt,
      since: (tracks.draft === 'in_review' && submittedAt) || doc.updatedAt,
      findings: Array.isArray(doc.claims?.findings) ? doc.claims.findings.length : 0,
      blocking: Number(doc.claims?.blockingCount ?? 0),
      assignee: assignment ? person(assignment.reviewer) : null,
      dueAt: (assignment?.dueAt as string | undefined) ?? null,
      href: `/admin/collections/${collection}/${doc.id}`,
    }
    return { row, doc, tracks, assigneeId: assignment ? String(idOf(assignment.reviewer)) : undefined, isReviewDue }
  })
}

/** Whether the caller may take this action on the candidate now, the workflow's way. */
const canTake = async (req: PayloadRequest, action: WorkflowAction, c: Candidate) => {
  const transition = findTransition(action)
  const roles = (req.user as { roles?: string[] } | null)?.roles
  if (!transition || !hasAnyRole(roles, transition.roles) || !isAllowedFrom(transition, c.tracks)) return false
  return (await dutyFailures(req, action, c.row.collection, c.doc, req.user as never)).length === 0
}

/** `GET /api/workflow/queue`: the caller's cards, every content collection, newest first. */
export const buildQueue = async (req: PayloadRequest) => {
  const me = String(req.user!.id)
  const roles = (req.user as { roles?: string[] }).roles
  const candidates = await loadCandidates(req)
  const cards = []
  for (const card of QUEUE_CARDS) {
    const shownFor = card.shownFor && findTransition(card.shownFor)
    if (shownFor && !hasAnyRole(roles, shownFor.roles)) continue
    const rows: QueueRow[] = []
    for (const c of candidates) {
      const isIn = card.action
        ? (await canTake(req, card.action, c)) && (!card.isForAssignee || !c.assigneeId || c.assigneeId === me)
        : Boolean(card.isIn?.(c, me))
      if (isIn) rows.push(c.row)
    }
    rows.sort((a, b) => a.since.localeCompare(b.since))
    cards.push({ key: card.key, title: card.title, count: rows.length, rows })
  }
  return { cards, isReviewer: hasRole(req.user as never, 'reviewer') }
}
