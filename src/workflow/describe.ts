import type { Payload } from 'payload'

import type { ContentCollectionSlug } from '@/lib/contentCollections'

import type { Tracks } from './states'
import {
  allowedActionsFor,
  EDIT_RULES,
  editOutcome,
  findTransition,
  needsAcknowledgement,
  type NotifyTarget,
  transitionOf,
  type WorkflowAction,
} from './transitions'

/** One action the caller may take now, with what the admin panel must ask before sending it. */
export type ActionInfo = {
  action: WorkflowAction
  label: string
  isCommentRequired: boolean
  /** Blocking claims findings that must be acknowledged (with a comment) to take this action. */
  acknowledgement: { count: number; message: string } | null
  /** A sentence to confirm before sending; null when the action needs no confirmation. */
  confirm: string | null
  isSchedulable: boolean
}

const findingsPhrase = (count: number) =>
  count === 1 ? '1 blocking claims finding' : `${count} blocking claims findings`

/** The caller's actions, read from the table (the panel restates none of it). */
export const describeActions = (
  tracks: Tracks,
  roles: readonly string[] | null | undefined,
  blockingCount: number,
): ActionInfo[] =>
  allowedActionsFor(tracks, roles).map((action) => {
    const transition = findTransition(action)!
    const isAcknowledging = needsAcknowledgement(transition, blockingCount)
    return {
      action,
      label: transition.label,
      isCommentRequired: Boolean(transition.isCommentRequired) || isAcknowledging,
      acknowledgement: isAcknowledging
        ? {
            count: blockingCount,
            message: `I have read the ${findingsPhrase(blockingCount)} and explain in the comment why the wording may stand`,
          }
        : null,
      confirm: transition.confirm ?? null,
      isSchedulable: Boolean(transition.isSchedulable),
    }
  })

const TOLD: Record<NotifyTarget, string> = {
  assignee: 'the assigned reviewer (or, with none assigned, every reviewer) is told',
  reviewers: 'the reviewers are told',
  approver: 'the reviewer who approved it is told',
  submitter: 'the editor who submitted it is told',
}

/** What saving a change to the reviewed wording would do now (from EDIT_RULES). */
export const describeEdit = (tracks: Tracks) => {
  const outcome = editOutcome(tracks)
  if (outcome.kind === 'dismiss') {
    const target = (EDIT_RULES.dismissedNotify as Partial<Record<string, NotifyTarget>>)[outcome.from]
    const what = outcome.from === 'approved' ? 'withdraws the approval' : 'takes this draft out of review'
    return {
      outcome: outcome.kind,
      isConfirmNeeded: true,
      from: outcome.from,
      to: outcome.to,
      message:
        `Saving a change to the wording ${what}: the draft goes back to "${outcome.to}" and needs a new review` +
        (target ? `; ${TOLD[target]}.` : '.'),
    }
  }
  if (outcome.kind === 'openDraft') {
    return {
      outcome: outcome.kind,
      isConfirmNeeded: false,
      from: null,
      to: outcome.to,
      message:
        outcome.live === 'published'
          ? 'Saving starts a new draft. The live version stays public until the draft is approved and published.'
          : 'Saving starts a new draft; the page stays offline until it is approved and published.',
    }
  }
  return { outcome: outcome.kind, isConfirmNeeded: false, from: null, to: null, message: null }
}

const newestVersionId = async (
  payload: Payload,
  collection: ContentCollectionSlug,
  id: number,
  where: Record<string, unknown>,
) => {
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, where] } as never,
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.id ?? null
}

/**
 * Version ids for the review links: the latest version, the one the last approval signed, and
 * the one readers see. The admin compares two of them at
 * `/admin/collections/{c}/{id}/versions/{latest}?versionFrom={other}`.
 */
export const describeVersions = async (payload: Payload, collection: ContentCollectionSlug, id: number, tracks: Tracks) => {
  const [latest, lastApproved, live] = await Promise.all([
    newestVersionId(payload, collection, id, { latest: { equals: true } }),
    // The version the approve transition wrote: its draft state is the one approval leads to.
    newestVersionId(payload, collection, id, { 'version.draftState': { equals: transitionOf('approve').to.draft } }),
    tracks.live === 'published'
      ? newestVersionId(payload, collection, id, { 'version._status': { equals: 'published' } })
      : Promise.resolve(null),
  ])
  return { latest, lastApproved, live }
}
