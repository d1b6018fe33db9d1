'use client'
import { STATE_LABELS, type WorkflowState } from '@/workflow/states'

import { StateBadge } from './StateCell'
import { useWorkflow } from './useWorkflow'

const label = (state?: string) => (state ? (STATE_LABELS[state as WorkflowState] ?? state) : '')

/** Sidebar panel: the current state and the audit trail of this document. */
export const WorkflowHistory = () => {
  const { id, info } = useWorkflow()
  if (!id || !info) return null
  return (
    <div className="relief-history" id="workflow-history">
      <h4>
        Review state <StateBadge state={info.state} />
      </h4>
      {info.history.length === 0 ? (
        <p>No workflow events yet.</p>
      ) : (
        <ol>
          {[...info.history].reverse().map((event) => (
            <li key={event.id}>
              <strong>{event.action.replace(/_/g, ' ')}</strong>{' '}
              {event.fromState && `${label(event.fromState)} → ${label(event.toState)}`}
              <div className="relief-history__meta">
                {typeof event.actor === 'object' && event.actor?.name ? `${event.actor.name} · ` : ''}
                {new Date(event.createdAt).toLocaleString()}
              </div>
              {event.comment && <blockquote>{event.comment}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
