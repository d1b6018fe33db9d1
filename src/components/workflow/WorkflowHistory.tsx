'use client'
import { STATE_LABELS, type WorkflowState } from '@/workflow/states'
import { eventActionLabel } from '@/workflow/eventLabels'

import type { useWorkflow } from './useWorkflow'

const label = (state?: string) => (state ? (STATE_LABELS[state as WorkflowState] ?? state) : '')

/** The audit trail of this document, newest first. */
export const WorkflowHistory = ({ workflow }: { workflow: ReturnType<typeof useWorkflow> }) => {
  const { id, info } = workflow
  if (!id || !info) return null
  return (
    <div className="relief-history" id="workflow-history">
      <h4>History</h4>
      {info.history.length === 0 ? (
        <p>No workflow events yet.</p>
      ) : (
        <ol>
          {[...info.history].reverse().map((event) => (
            <li key={event.id}>
              <strong>{eventActionLabel(event.action)}</strong>{' '}
              {event.fromState && `${label(event.fromState)} → ${label(event.toState)}`}
              <div className="relief-history__meta">
                {typeof event.actor === 'object' && event.actor?.name ? `${event.actor.name} · ` : ''}
                {new Date(event.createdAt).toLocaleString()}
              </div>
              {event.acknowledgedFindings ? (
                <div className="relief-history__ack">
                  Acknowledged {event.acknowledgedFindings} blocking claims finding
                  {event.acknowledgedFindings === 1 ? '' : 's'}; the reason:
                </div>
              ) : null}
              {event.comment && <blockquote>{event.comment}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
