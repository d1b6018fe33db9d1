/** The combined label lists show: the pending draft's state, else the live state. */
export const WORKFLOW_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'archived',
] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

/** What anonymous readers get: never published, published, or taken down. */
export const LIVE_STATES = ['none', 'published', 'archived'] as const
export type LiveState = (typeof LIVE_STATES)[number]

/** The pending draft's review; `null` when the latest version is the live one. */
export const DRAFT_STATES = ['draft', 'in_review', 'changes_requested', 'approved'] as const
export type DraftState = (typeof DRAFT_STATES)[number]

export type Tracks = { live: LiveState; draft: DraftState | null }

export const STATE_LABELS: Record<WorkflowState | LiveState, string> = {
  none: 'Not published',
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
  archived: 'Archived',
}

/** `workflowState`: the draft track's state when a draft is pending, else the live track's. */
export const combinedState = ({ live, draft }: Tracks): WorkflowState => draft ?? (live === 'none' ? 'draft' : live)

const isLive = (value: unknown): value is LiveState => (LIVE_STATES as readonly unknown[]).includes(value)
const isDraft = (value: unknown): value is DraftState => (DRAFT_STATES as readonly unknown[]).includes(value)

/** The tracks a stored document (any version) carries; `null` draftState means no pending draft. */
export const tracksOf = (doc: { liveState?: unknown; draftState?: unknown } | null | undefined): Tracks => ({
  live: isLive(doc?.liveState) ? doc.liveState : 'none',
  draft: isDraft(doc?.draftState) ? doc.draftState : null,
})
