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

/** List-view cell for workflowState. */
export const StateCell = ({ cellData }: { cellData?: string | null }) => <StateBadge state={cellData} />
