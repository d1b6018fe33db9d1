import type { Role } from '@/lib/roles'

import type { WorkflowState } from './states'

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
 * What a transition writes besides the new state: who submitted or approved (for the
 * four-eyes rule and the approval hash), the public medical review record, and whether the
 * live row is published or taken down, and whether an editing round ends (four-eyes reset).
 */
export type Effect =
  | 'recordSubmission'
  | 'recordApproval'
  | 'recordReview'
  | 'publish'
  | 'unpublish'
  | 'closeEditingRound'

export type Transition = {
  action: string
  from: readonly WorkflowState[]
  to: WorkflowState
  roles: readonly Role[]
  guards: readonly GuardName[]
  effects: readonly Effect[]
  label: string
  /** The admin panel asks for a comment before sending these. */
  isCommentRequired?: boolean
}

/**
 * The editorial workflow, in one table. The REST endpoint, the GraphQL mutation, the
 * collection hooks, access and the admin buttons all read it; nothing else encodes a rule.
 */
export const TRANSITIONS = [
  {
    action: 'submit',
    label: 'Submit for review',
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    roles: ['editor', 'admin'],
    guards: ['requiredForReview', 'medicalDisclaimerAttached', 'precautionsPresent', 'claimsCheckStored'],
    effects: ['recordSubmission'],
  },
  {
    action: 'withdraw',
    label: 'Withdraw from review',
    from: ['in_review'],
    to: 'draft',
    roles: ['editor', 'admin'],
    guards: [],
    effects: [],
  },
  {
    action: 'request_changes',
    label: 'Request changes',
    from: ['in_review'],
    to: 'changes_requested',
    roles: ['reviewer'],
    guards: ['commentGiven'],
    effects: [],
    isCommentRequired: true,
  },
  {
    action: 'approve',
    label: 'Approve',
    from: ['in_review'],
    to: 'approved',
    roles: ['reviewer'],
    guards: ['notSubmitterNorEditor', 'reviewerCredentialValid', 'blockingFindingsAcknowledged'],
    effects: ['recordApproval', 'recordReview'],
  },
  {
    action: 'publish',
    label: 'Publish',
    from: ['approved'],
    to: 'published',
    roles: ['editor', 'admin'],
    guards: ['approvedWordingUnchanged'],
    effects: ['publish', 'closeEditingRound'],
  },
  {
    action: 'reaffirm',
    label: 'Reaffirm review',
    from: ['published'],
    to: 'published',
    roles: ['reviewer'],
    guards: ['reviewerCredentialValid'],
    effects: ['recordReview', 'publish'],
  },
  {
    action: 'unpublish',
    label: 'Unpublish',
    from: ['published'],
    to: 'archived',
    roles: ['admin'],
    guards: ['commentGiven'],
    effects: ['unpublish'],
    isCommentRequired: true,
  },
  {
    action: 'restore',
    label: 'Restore to draft',
    from: ['archived'],
    to: 'draft',
    roles: ['editor', 'admin'],
    guards: [],
    effects: [],
  },
] as const satisfies readonly Transition[]

export type WorkflowAction = (typeof TRANSITIONS)[number]['action']

export const ACTIONS = TRANSITIONS.map((t) => t.action) as WorkflowAction[]

export const findTransition = (action: string): Transition | undefined =>
  TRANSITIONS.find((t) => t.action === action)

export const hasAnyRole = (roles: readonly string[] | null | undefined, allowed: readonly Role[]) =>
  Boolean(roles?.some((role) => (allowed as readonly string[]).includes(role)))

/** Actions this user's roles allow from this state (guards are checked only when acting). */
export const allowedActionsFor = (state: WorkflowState, roles: readonly string[] | null | undefined) =>
  TRANSITIONS.filter((t) => (t.from as readonly string[]).includes(state) && hasAnyRole(roles, t.roles)).map(
    (t) => t.action,
  )
