import type { ContentCollectionSlug } from '@/lib/contentCollections'
import { hasAnyRole, type Role } from '@/lib/roles'

import type { DraftState, LiveState, Tracks } from './states'

export type GuardName =
  | 'requiredForReview'
  | 'medicalDisclaimerAttached'
  | 'precautionsPresent'
  | 'claimsCheckStored'
  | 'commentGiven'
  | 'notSubmitterNorEditor'
  | 'reviewerCredentialValid'
  | 'blockingFindingsAcknowledged'
  | 'approvedWordingUnchanged'

/**
 * What a transition writes besides the new states: who submitted or approved (for the
 * four-eyes rule and the approval hash), the public medical review record, and whether an
 * editing round ends (four-eyes reset).
 */
export type Effect = 'recordSubmission' | 'recordApproval' | 'recordReview' | 'closeEditingRound'

/**
 * `draft` actions write a new draft version; `both` (publish) writes the live row from the
 * approved draft; `live` actions change only the live row and leave a pending draft as it is.
 */
export type Track = 'draft' | 'live' | 'both'

/** Every workflow action; the table has one row for each (a typo in either fails to compile). */
export const WORKFLOW_ACTIONS = [
  'submit',
  'withdraw',
  'request_changes',
  'approve',
  'publish',
  'reaffirm',
  'unpublish',
  'restore',
] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

export type Transition = {
  action: WorkflowAction
  track: Track
  /** Every track named here must hold one of its listed states (`null`: no pending draft). */
  from: { live?: readonly LiveState[]; draft?: readonly (DraftState | null)[] }
  /** A track not named keeps its state; `draft: null` ends the pending draft. */
  to: { live?: LiveState; draft?: DraftState | null }
  roles: readonly Role[]
  guards: readonly GuardName[]
  effects: readonly Effect[]
  label: string
  /** The admin panel asks for a comment before sending these. */
  isCommentRequired?: boolean
  /**
   * Who is emailed after the action: the draft's assigned reviewer (every reviewer while none is
   * assigned), every reviewer, the editor who submitted the draft, or the reviewer who approved it.
   */
  notify?: NotifyTarget
  /**
   * The admin panel asks the person to confirm this sentence before sending the action: it
   * changes what readers see, or signs the wording.
   */
  confirm?: string
  /** May be queued for a later time (`POST …/workflow/schedule`, the scheduled-publish job). */
  isSchedulable?: boolean
  /**
   * What readers see changes: caches, the change feed, webhooks, search and the reference site
   * learn of it through the live-change hooks (src/workflow/liveChanges.ts).
   */
  liveEvent?: LiveEvent
  /**
   * Review comment threads the action takes (src/review/threads.ts): `point` anchors the request
   * at passages (body `comments`: ids of open threads or new anchors); `reply` answers every open
   * thread (body `reply`). Both are written in the transition's transaction, linked to its event.
   */
  threads?: 'point' | 'reply'
}

/**
 * Who hears of an action: the assigned reviewer (every reviewer while the draft has no
 * assignment, see `ASSIGNMENT_RULES`), every reviewer, the editor who submitted, or the reviewer
 * who approved.
 */
export type NotifyTarget = 'assignee' | 'reviewers' | 'submitter' | 'approver'

/** A change to what the public sees. `deleted` comes from deleting a document, not from a transition. */
export type LiveEvent = 'published' | 'reaffirmed' | 'unpublished' | 'deleted'

/**
 * The editorial workflow (docs/workflow.md), in one table. The REST endpoint, the GraphQL mutation,
 * the collection hooks, access and the admin buttons all read it; nothing else encodes a rule.
 */
export const TRANSITIONS = [
  {
    action: 'submit',
    label: 'Submit for review',
    track: 'draft',
    from: { draft: ['draft', 'changes_requested'] },
    to: { draft: 'in_review' },
    roles: ['editor', 'admin'],
    guards: [
      'requiredForReview',
      'medicalDisclaimerAttached',
      'precautionsPresent',
      'claimsCheckStored',
      'blockingFindingsAcknowledged',
    ],
    effects: ['recordSubmission'],
    notify: 'assignee',
    threads: 'reply',
  },
  {
    action: 'withdraw',
    label: 'Withdraw from review',
    track: 'draft',
    from: { draft: ['in_review'] },
    to: { draft: 'draft' },
    roles: ['editor', 'admin'],
    guards: [],
    effects: [],
  },
  {
    action: 'request_changes',
    label: 'Request changes',
    track: 'draft',
    from: { draft: ['in_review'] },
    to: { draft: 'changes_requested' },
    roles: ['reviewer'],
    guards: ['commentGiven'],
    effects: [],
    isCommentRequired: true,
    notify: 'submitter',
    threads: 'point',
  },
  {
    action: 'approve',
    label: 'Approve',
    track: 'draft',
    from: { draft: ['in_review'] },
    to: { draft: 'approved' },
    roles: ['reviewer'],
    guards: ['notSubmitterNorEditor', 'reviewerCredentialValid', 'blockingFindingsAcknowledged'],
    effects: ['recordApproval', 'recordReview'],
    notify: 'submitter',
    confirm: 'Approve this wording? You sign it as medically reviewed; it can then be published as it stands.',
  },
  {
    action: 'publish',
    label: 'Publish',
    track: 'both',
    from: { draft: ['approved'] },
    to: { live: 'published', draft: null },
    roles: ['editor', 'admin'],
    guards: ['approvedWordingUnchanged'],
    effects: ['closeEditingRound'],
    isSchedulable: true,
    liveEvent: 'published',
    confirm: 'Publish this version? Readers see it at once, in every language.',
  },
  {
    action: 'reaffirm',
    label: 'Reaffirm review',
    track: 'live',
    from: { live: ['published'] },
    to: { live: 'published' },
    roles: ['reviewer'],
    guards: ['reviewerCredentialValid'],
    effects: ['recordReview'],
    liveEvent: 'reaffirmed',
  },
  {
    action: 'unpublish',
    label: 'Unpublish',
    track: 'live',
    from: { live: ['published'] },
    to: { live: 'archived' },
    roles: ['admin', 'reviewer'],
    guards: ['commentGiven'],
    effects: [],
    isCommentRequired: true,
    isSchedulable: true,
    liveEvent: 'unpublished',
    confirm: 'Take this page down? Readers stop seeing it at once.',
  },
  {
    action: 'restore',
    label: 'Restore to draft',
    track: 'live',
    from: { live: ['archived'], draft: [null] },
    to: { draft: 'draft' },
    roles: ['editor', 'admin'],
    guards: [],
    effects: [],
  },
] as const satisfies readonly Transition[]

/** Compile-time check that the table has a row for every action. */
type MissingRows = Exclude<WorkflowAction, (typeof TRANSITIONS)[number]['action']>
const hasEveryRow: MissingRows extends never ? true : MissingRows = true
void hasEveryRow

export const ACTIONS = TRANSITIONS.map((t) => t.action) as WorkflowAction[]

export const isWorkflowAction = (action: unknown): action is WorkflowAction =>
  typeof action === 'string' && (ACTIONS as readonly string[]).includes(action)

export const findTransition = (action: string): Transition | undefined =>
  TRANSITIONS.find((t) => t.action === action)

/** The row of an action known to exist (a typo in `action` fails to compile). */
export const transitionOf = (action: WorkflowAction): Transition => findTransition(action)!

/** Whether both tracks are in states this transition starts from. */
export const isAllowedFrom = (transition: Transition, { live, draft }: Tracks) =>
  (!transition.from.live || transition.from.live.includes(live)) &&
  (!transition.from.draft || transition.from.draft.includes(draft))

/** Both tracks after the transition. */
export const tracksAfter = (transition: Transition, tracks: Tracks): Tracks => ({
  live: transition.to.live ?? tracks.live,
  draft: transition.to.draft === undefined ? tracks.draft : transition.to.draft,
})

/** The track states an audit event records: the track the action moved. */
export const eventStates = (transition: Transition, before: Tracks, after: Tracks) =>
  transition.track === 'draft'
    ? { fromState: before.draft ?? undefined, toState: after.draft ?? undefined }
    : transition.track === 'both'
      ? { fromState: before.draft ?? undefined, toState: after.live }
      : { fromState: before.live, toState: transition.to.draft ?? after.live }

/** Actions this user's roles allow from these tracks (guards are checked only when acting). */
export const allowedActionsFor = (tracks: Tracks, roles: readonly string[] | null | undefined): WorkflowAction[] =>
  TRANSITIONS.filter((t) => isAllowedFrom(t, tracks) && hasAnyRole(roles, t.roles)).map((t) => t.action)

/**
 * Guards that apply to some collections only (data beside the table, issue 9 §2); a guard not
 * named here applies to every content collection.
 */
export const GUARD_COLLECTIONS = {
  medicalDisclaimerAttached: ['articles'],
  precautionsPresent: ['techniques'],
} as const satisfies Partial<Record<GuardName, readonly ContentCollectionSlug[]>>

export const doesGuardApply = (guard: GuardName, collection: string): boolean => {
  const scope = (GUARD_COLLECTIONS as Partial<Record<GuardName, readonly string[]>>)[guard]
  return !scope || scope.includes(collection)
}

/**
 * What each collection must carry before a reviewer sees it (`requiredForReview`). Precautions
 * are a guard of their own (`precautionsPresent`), so they are not listed here a second time.
 */
export const REQUIRED_FOR_REVIEW = {
  articles: ['title', 'excerpt', 'body'],
  techniques: ['name', 'summary', 'body'],
  faqs: ['question', 'answer'],
  therapists: ['name', 'bio'],
  disclaimers: ['title', 'body'],
} as const satisfies Record<ContentCollectionSlug, readonly string[]>

/**
 * The guard an action carries when blocking claims findings must be acknowledged (with
 * `acknowledgeFindings: true` and a reason); the event then records the findings acknowledged.
 */
export const ACKNOWLEDGEMENT_GUARD = 'blockingFindingsAcknowledged' satisfies GuardName

export const needsAcknowledgement = (transition: Transition, blockingCount: number) =>
  blockingCount > 0 && transition.guards.includes(ACKNOWLEDGEMENT_GUARD)

/**
 * Edits outside transitions (issue 9 §2: the rule lives beside the table): any edit when no
 * draft is pending opens a new draft round; an edit of the reviewed wording of a draft in one
 * of these states dismisses the review and sends it back to `draft`.
 */
export const EDIT_RULES = {
  newRoundState: 'draft',
  dismissedFrom: ['in_review', 'approved'],
  dismissedTo: 'draft',
  dismissedAction: 'approval_dismissed',
  dismissedLabel: 'Review dismissed by an edit',
  /** Who is told: the reviewer a draft in review waits for (its assignee, else all), or the one who approved it. */
  dismissedNotify: { in_review: 'assignee', approved: 'approver' },
} as const satisfies {
  newRoundState: DraftState
  dismissedFrom: readonly DraftState[]
  dismissedTo: DraftState
  dismissedAction: string
  dismissedLabel: string
  dismissedNotify: Partial<Record<DraftState, NotifyTarget>>
}

/** What an edit of the reviewed wording would do to a document in these tracks. */
export const editOutcome = ({ live, draft }: Tracks) => {
  if (draft && (EDIT_RULES.dismissedFrom as readonly DraftState[]).includes(draft)) {
    return { kind: 'dismiss' as const, from: draft, to: EDIT_RULES.dismissedTo }
  }
  if (draft === null) return { kind: 'openDraft' as const, live, to: EDIT_RULES.newRoundState }
  return { kind: 'none' as const }
}

/** Actions that may be queued for later, read from the table. */
export const SCHEDULABLE_ACTIONS = TRANSITIONS.filter((t) => (t as Transition).isSchedulable).map((t) => t.action)

export const isSchedulableAction = (action: string): action is WorkflowAction =>
  Boolean(findTransition(action)?.isSchedulable)

/** How a transition takes review threads, read from its row. */
export const threadsOf = (action: string): Transition['threads'] => findTransition(action)?.threads

/**
 * The review queue (docs/review.md), beside the table: who may assign a reviewer to a pending
 * draft, who may claim one, from which draft states, and who can be the assignee. The assignee
 * must also pass the duty guards of `reviewAction` (four eyes), so nobody is given work they
 * could not finish.
 */
export const ASSIGNMENT_RULES = {
  reviewAction: 'approve',
  assign: { roles: ['editor', 'admin'], from: ['draft', 'in_review', 'changes_requested'] },
  claim: { roles: ['reviewer'], from: ['draft', 'in_review', 'changes_requested'] },
  assigneeRoles: ['reviewer'],
} as const satisfies {
  reviewAction: WorkflowAction
  assign: { roles: readonly Role[]; from: readonly DraftState[] }
  claim: { roles: readonly Role[]; from: readonly DraftState[] }
  assigneeRoles: readonly Role[]
}

/**
 * Review comments beside the table: who may write, resolve and reopen threads. Wording is never
 * edited (the trail is append-only); only admins delete.
 */
export const COMMENT_RULES = {
  write: ['editor', 'reviewer', 'admin'],
  resolve: ['reviewer', 'admin'],
  reopen: ['editor', 'reviewer', 'admin'],
  remove: ['admin'],
} as const satisfies Record<string, readonly Role[]>
