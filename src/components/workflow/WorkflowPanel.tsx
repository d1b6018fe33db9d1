'use client'
import { WorkflowActions } from './WorkflowActions'
import { WorkflowHistory } from './WorkflowHistory'
import { ReviewLinks } from './ReviewLinks'
import { FindingsSummary } from './FindingsSummary'
import { useWorkflow } from './useWorkflow'

import './panel.css'

/**
 * Sidebar panel: findings summary, state, the caller's actions, review links and the audit
 * trail, all from the server's `GET …/workflow` answer (reloaded after every save).
 */
export const WorkflowPanel = () => {
  const workflow = useWorkflow()
  if (!workflow.id) return null
  return (
    <div className="relief-panel">
      <FindingsSummary info={workflow.info} />
      <WorkflowActions workflow={workflow} />
      <ReviewLinks workflow={workflow} />
      <WorkflowHistory workflow={workflow} />
    </div>
  )
}
