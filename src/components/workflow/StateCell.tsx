import { STATE_LABELS, type WorkflowState } from '@/workflow/states'

import './badge.css'

export const StateBadge = ({ state }: { state?: string | null }) => {
  if (!state) return null
  return (
    <span className={`relief-state relief-state--${state}`}>
      {STATE_LABELS[state as WorkflowState] ?? state}
    </span>
  )
}

/**
 * Both tracks (docs/workflow.md): "Live: Published · Draft: In review". A document never published
 * shows only its draft; a live one without a pending draft only its live state.
 */
export const TrackBadges = ({ live, draft }: { live?: string | null; draft?: string | null }) => {
  const hasLive = Boolean(live && live !== 'none')
  return (
    <span className="relief-tracks" data-live={live ?? 'none'} data-draft={draft ?? 'none'}>
      {hasLive && (
        <span className="relief-track">
          Live: <StateBadge state={live} />
        </span>
      )}
      {hasLive && draft && ' · '}
      {draft && (
        <span className="relief-track">
          Draft: <StateBadge state={draft} />
        </span>
      )}
    </span>
  )
}

/** List-view cell for workflowState: both tracks when the row carries them. */
export const StateCell = ({
  cellData,
  rowData,
}: {
  cellData?: string | null
  rowData?: { liveState?: string | null; draftState?: string | null }
}) =>
  rowData && (rowData.liveState || rowData.draftState) ? (
    <TrackBadges live={rowData.liveState} draft={rowData.draftState} />
  ) : (
    <StateBadge state={cellData} />
  )
