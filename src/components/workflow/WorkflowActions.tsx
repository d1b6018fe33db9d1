'use client'
import { Button, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

import { findTransition, isSchedulableAction } from '@/workflow/transitions'

import { TrackBadges } from './StateCell'
import type { useWorkflow } from './useWorkflow'

/**
 * Takes the place of Payload's Publish button: one button per action the caller may take now,
 * as the server reports them. Actions that need a comment, or an acknowledgement of blocking claims,
 * ask for it before sending.
 */
export const WorkflowActions = ({ workflow }: { workflow: ReturnType<typeof useWorkflow> }) => {
  const { id, info, error, act, schedule, reload } = workflow
  const blockingCount = useFormFields(([fields]) => Number(fields['claims.blockingCount']?.value ?? 0))
  const [pending, setPending] = useState<string | null>(null)
  const [comment, setComment] = useState('')
  const [isAcknowledged, setIsAcknowledged] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const [scheduleAt, setScheduleAt] = useState('')
  const [notice, setNotice] = useState<string | null>(null)

  if (!id) return null
  if (error) return <span className="relief-workflow__error">{error}</span>
  if (!info) return null

  const needsAcknowledgement = (action: string) => action === 'approve' && blockingCount > 0
  const needsForm = (action: string) =>
    Boolean(findTransition(action)?.isCommentRequired) || needsAcknowledgement(action)

  const send = async (action: string) => {
    setIsBusy(true)
    setMessage(null)
    try {
      await act(action, { comment: comment || undefined, acknowledgeFindings: isAcknowledged || undefined })
      // The form holds the old state and bookkeeping; reload it from the server.
      window.location.reload()
    } catch (failure) {
      setMessage((failure as Error).message)
      setIsBusy(false)
    }
  }

  const sendSchedule = async (action: string) => {
    setIsBusy(true)
    setMessage(null)
    try {
      const { job } = await schedule(action, new Date(scheduleAt).toISOString())
      setNotice(`Scheduled for ${new Date(job.waitUntil).toLocaleString()}; it runs only if the draft is still approved then.`)
      await reload()
    } catch (failure) {
      setMessage((failure as Error).message)
    } finally {
      setIsBusy(false)
    }
  }
  const schedulable = info.allowedActions.filter(isSchedulableAction)

  return (
    <div className="relief-workflow" data-state={info.state} data-live={info.live} data-draft={info.draft ?? 'none'}>
      <TrackBadges live={info.live} draft={info.draft} />
      {info.allowedActions.map((action) => (
        <Button
          key={action}
          buttonStyle={action === 'publish' || action === 'approve' ? 'primary' : 'secondary'}
          size="medium"
          margin={false}
          disabled={isBusy}
          id={`workflow-action-${action}`}
          onClick={() => (needsForm(action) ? setPending(action) : void send(action))}
        >
          {findTransition(action)?.label ?? action}
        </Button>
      ))}
      {pending && (
        <div className="relief-workflow__dialog" role="dialog" aria-label={findTransition(pending)?.label}>
          <label htmlFor="workflow-comment">
            Comment{findTransition(pending)?.isCommentRequired || needsAcknowledgement(pending) ? ' (required)' : ''}
          </label>
          <textarea id="workflow-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
          {needsAcknowledgement(pending) && (
            <label className="relief-workflow__ack">
              <input
                id="workflow-acknowledge"
                type="checkbox"
                checked={isAcknowledged}
                onChange={(e) => setIsAcknowledged(e.target.checked)}
              />
              I have read the {blockingCount} blocking claim finding(s) and approve anyway
            </label>
          )}
          <div className="relief-workflow__dialog-actions">
            <Button size="small" margin={false} id="workflow-confirm" disabled={isBusy} onClick={() => void send(pending)}>
              {findTransition(pending)?.label}
            </Button>
            <Button size="small" margin={false} buttonStyle="secondary" onClick={() => setPending(null)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {schedulable.length > 0 && (
        <div className="relief-workflow__schedule">
          <label htmlFor="workflow-schedule-at">Or schedule</label>
          <input
            id="workflow-schedule-at"
            type="datetime-local"
            value={scheduleAt}
            onChange={(e) => setScheduleAt(e.target.value)}
          />
          {schedulable.map((action) => (
            <Button
              key={action}
              size="small"
              margin={false}
              buttonStyle="secondary"
              id={`workflow-schedule-${action}`}
              disabled={isBusy || !scheduleAt}
              onClick={() => void sendSchedule(action)}
            >
              Schedule {findTransition(action)?.label.toLowerCase()}
            </Button>
          ))}
        </div>
      )}
      {notice && <span className="relief-workflow__notice">{notice}</span>}
      {message && (
        <span className="relief-workflow__error" role="alert">
          {message}
        </span>
      )}
    </div>
  )
}
