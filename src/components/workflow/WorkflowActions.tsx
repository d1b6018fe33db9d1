'use client'
import { Button, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

import type { ActionInfo } from '@/workflow/describe'
import type { WorkflowAction } from '@/workflow/transitions'

import { TrackBadges } from './StateCell'
import { type useWorkflow, WorkflowRequestError } from './useWorkflow'

type Failure = { message: string; fields?: string[] }

/** Fields of the dialog itself; any other name is a field of the document form. */
const DIALOG_FIELDS: Record<string, string> = { comment: 'workflow-comment', acknowledgeFindings: 'workflow-acknowledge' }

/** Brings the field a failure names into view and focuses it. */
const goToField = (field: string) => {
  const element =
    document.getElementById(DIALOG_FIELDS[field] ?? `field-${field}`) ??
    document.querySelector(`[id^="field-${field}"], [data-field-name="${field}"]`)
  element?.scrollIntoView({ behavior: 'smooth', block: 'center' })
  if (element instanceof HTMLElement) element.focus()
}

const needsDialog = (action: ActionInfo) => Boolean(action.confirm || action.isCommentRequired || action.acknowledgement)

/**
 * Takes the place of Payload's Publish button: one button per action the server says the caller
 * may take now, each asking what the server says it needs (a confirmation, a comment, an
 * acknowledgement of blocking claims findings). No rule is restated here.
 */
export const WorkflowActions = ({ workflow }: { workflow: ReturnType<typeof useWorkflow> }) => {
  const { id, info, error, act, schedule } = workflow
  const isModified = useFormModified()
  const [pending, setPending] = useState<ActionInfo | null>(null)
  const [comment, setComment] = useState('')
  const [isAcknowledged, setIsAcknowledged] = useState(false)
  const [failures, setFailures] = useState<Failure[]>([])
  const [isBusy, setIsBusy] = useState(false)
  const [scheduleAt, setScheduleAt] = useState('')
  const [notice, setNotice] = useState<string | null>(null)

  if (!id) return null
  if (error) return <span className="relief-workflow__error">{error}</span>
  if (!info) return null

  const open = (action: ActionInfo) => {
    setFailures([])
    setComment('')
    setIsAcknowledged(false)
    setPending(action)
  }

  const send = async (action: WorkflowAction) => {
    setIsBusy(true)
    setFailures([])
    try {
      await act(action, {
        comment: comment.trim() || undefined,
        acknowledgeFindings: pending?.acknowledgement ? isAcknowledged : undefined,
      })
      // The form still holds the old bookkeeping fields; load the document afresh.
      window.location.reload()
    } catch (failure) {
      setFailures(failure instanceof WorkflowRequestError ? failure.failures : [{ message: (failure as Error).message }])
      setIsBusy(false)
    }
  }

  const sendSchedule = async (action: WorkflowAction) => {
    setIsBusy(true)
    setFailures([])
    try {
      const { job } = await schedule(action, new Date(scheduleAt).toISOString())
      setNotice(`Scheduled for ${new Date(job.waitUntil).toLocaleString()}; it runs only if the draft is still approved then.`)
    } catch (failure) {
      setFailures(failure instanceof WorkflowRequestError ? failure.failures : [{ message: (failure as Error).message }])
    } finally {
      setIsBusy(false)
    }
  }

  const isConfirmDisabled =
    isBusy ||
    (pending?.acknowledgement ? !isAcknowledged : false) ||
    (pending?.isCommentRequired ? !comment.trim() : false)
  const schedulable = info.actions.filter((action) => action.isSchedulable)

  return (
    <div className="relief-workflow" data-state={info.state} data-live={info.live} data-draft={info.draft ?? 'none'}>
      <TrackBadges live={info.live} draft={info.draft} />
      {isModified && info.actions.length > 0 && (
        <p className="relief-workflow__notice" id="workflow-save-first" role="status">
          Save your changes first: the actions below act on the saved draft.
        </p>
      )}
      <div className="relief-workflow__buttons">
        {info.actions.map((action) => (
          <Button
            key={action.action}
            buttonStyle={action.confirm ? 'primary' : 'secondary'}
            size="medium"
            margin={false}
            disabled={isBusy || isModified}
            id={`workflow-action-${action.action}`}
            onClick={() => (needsDialog(action) ? open(action) : void send(action.action))}
          >
            {action.label}
          </Button>
        ))}
      </div>
      {pending && (
        <div className="relief-workflow__dialog" role="dialog" aria-label={pending.label} id="workflow-dialog">
          {pending.confirm && <p className="relief-workflow__confirm">{pending.confirm}</p>}
          {pending.acknowledgement && (
            <label className="relief-workflow__ack">
              <input
                id="workflow-acknowledge"
                type="checkbox"
                checked={isAcknowledged}
                onChange={(e) => setIsAcknowledged(e.target.checked)}
              />
              {pending.acknowledgement.message}
            </label>
          )}
          <label htmlFor="workflow-comment">
            {pending.isCommentRequired ? 'Comment (required)' : 'Comment (optional)'}
          </label>
          <textarea id="workflow-comment" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
          <div className="relief-workflow__dialog-actions">
            <Button
              size="small"
              margin={false}
              id="workflow-confirm"
              disabled={isConfirmDisabled}
              onClick={() => void send(pending.action)}
            >
              {pending.label}
            </Button>
            <Button size="small" margin={false} buttonStyle="secondary" id="workflow-cancel" onClick={() => setPending(null)}>
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
              key={action.action}
              size="small"
              margin={false}
              buttonStyle="secondary"
              id={`workflow-schedule-${action.action}`}
              disabled={isBusy || isModified || !scheduleAt}
              onClick={() => void sendSchedule(action.action)}
            >
              Schedule {action.label.toLowerCase()}
            </Button>
          ))}
        </div>
      )}
      {notice && <span className="relief-workflow__notice">{notice}</span>}
      {failures.length > 0 && (
        <ul className="relief-workflow__error" role="alert">
          {failures.map((failure, index) => (
            <li key={index}>
              {failure.message}
              {failure.fields?.map((field) => (
                <button key={field} type="button" className="relief-workflow__goto" onClick={() => goToField(field)}>
                  Go to {field === 'acknowledgeFindings' ? 'the acknowledgement' : field}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
