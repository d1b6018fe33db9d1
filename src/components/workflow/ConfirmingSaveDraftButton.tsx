'use client'
import { Button, SaveDraftButton, useFormModified } from '@payloadcms/ui'
import { useRef, useState } from 'react'

import { useWorkflow } from './useWorkflow'

import './panel.css'

/**
 * Payload's Save Draft button, asking first when the server says a save of the wording would
 * dismiss a review or an approval (`edit` in `GET …/workflow`, from the table's EDIT_RULES).
 */
export const ConfirmingSaveDraftButton = () => {
  const { info } = useWorkflow()
  const isModified = useFormModified()
  const [isAsking, setIsAsking] = useState(false)
  const wrapper = useRef<HTMLSpanElement>(null)
  const isConfirmed = useRef(false)
  const isConfirmNeeded = Boolean(info?.edit.isConfirmNeeded && isModified)

  const onClickCapture = (event: React.MouseEvent) => {
    if (!isConfirmNeeded || isConfirmed.current) return
    if ((event.target as Element).closest('.relief-confirm-save')) return
    event.preventDefault()
    event.stopPropagation()
    setIsAsking(true)
  }

  const confirm = () => {
    setIsAsking(false)
    isConfirmed.current = true
    wrapper.current?.querySelector<HTMLButtonElement>('#action-save-draft, button')?.click()
    isConfirmed.current = false
  }

  return (
    <span ref={wrapper} onClickCapture={onClickCapture} className="relief-save-draft">
      <SaveDraftButton />
      {isAsking && info?.edit.message && (
        <span className="relief-confirm-save" role="dialog" aria-label="Confirm save" id="workflow-save-confirm">
          <span className="relief-confirm-save__box">
            <strong>This save needs a new review</strong>
            <span>{info.edit.message}</span>
            <span className="relief-confirm-save__actions">
              <Button size="small" margin={false} id="workflow-save-confirm-yes" onClick={confirm}>
                Save anyway
              </Button>
              <Button size="small" margin={false} buttonStyle="secondary" id="workflow-save-confirm-no" onClick={() => setIsAsking(false)}>
                Keep editing
              </Button>
            </span>
          </span>
        </span>
      )}
    </span>
  )
}
