'use client'
import { TrackBadges } from './StateCell'
import { useWorkflow } from './useWorkflow'

import './panel.css'

/**
 * The document header's status. Payload's own says "Draft" or "Published" from `_status`, which
 * beside a review badge reads as a contradiction; this shows both workflow tracks instead.
 */
export const WorkflowStatus = () => {
  const { info } = useWorkflow()
  if (!info) return null
  return (
    <span className="relief-header-status" id="workflow-status">
      <TrackBadges live={info.live} draft={info.draft} />
    </span>
  )
}
