'use client'
import { WorkflowActions } from './WorkflowActions'
import { WorkflowHistory } from './WorkflowHistory'
import { useWorkflow } from './useWorkflow'

/** Sidebar panel: state, the caller's actions and the audit trail, from one request. */
export const WorkflowPanel = () => {
  const workflow = useWorkflow()
  if (!workflow.id) return null
  return (
    <div className="relief-panel">
      <WorkflowActions workflow={workflow} />
      <WorkflowHistory workflow={workflow} />
    </div>
  )
}
