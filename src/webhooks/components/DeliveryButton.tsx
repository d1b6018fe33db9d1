'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

type Answer = { message?: string; errors?: { message: string }[]; delivery?: { id: number; responseCode?: number | null; error?: string | null } }

/** One button that POSTs to an endpoint of the open document and says how it went. */
const ActionButton = ({ collection, action, label }: { collection: string; action: string; label: string }) => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [result, setResult] = useState<string>()
  const [isBusy, setIsBusy] = useState(false)
  if (!id) return null

  const run = async () => {
    setIsBusy(true)
    setResult(undefined)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/${collection}/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
      })
      const answer = (await response.json().catch(() => ({}))) as Answer
      const detail = answer.delivery
        ? ` Delivery #${answer.delivery.id}${answer.delivery.responseCode ? `, HTTP ${answer.delivery.responseCode}` : ''}${answer.delivery.error ? `: ${answer.delivery.error}` : ''}.`
        : ''
      setResult(`${answer.message ?? answer.errors?.[0]?.message ?? `HTTP ${response.status}`}${detail}`)
    } catch (error) {
      setResult(error instanceof Error ? error.message : String(error))
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 24 }}>
      <Button buttonStyle="secondary" disabled={isBusy} onClick={run} size="small">
        {isBusy ? 'Sending…' : label}
      </Button>
      {result ? <p role="status">{result}</p> : null}
    </div>
  )
}

export const SendTestButton = () => <ActionButton action="test" collection="webhooks" label="Send test delivery" />

export const ResendButton = () => <ActionButton action="resend" collection="webhook-deliveries" label="Resend" />
