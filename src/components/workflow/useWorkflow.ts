'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

export type WorkflowHistoryEntry = {
  id: number
  action: string
  fromState?: string
  toState?: string
  actor?: { id: number; name?: string } | number | null
  comment?: string | null
  createdAt: string
}

export type WorkflowInfo = {
  live: string
  draft: string | null
  state: string
  allowedActions: string[]
  history: WorkflowHistoryEntry[]
}

/** Reads GET /api/{collection}/{id}/workflow for the document being edited. */
export const useWorkflow = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const [info, setInfo] = useState<WorkflowInfo | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    if (!id || !collectionSlug) return
    const response = await fetch(`/api/${collectionSlug}/${id}/workflow`, { credentials: 'include' })
    const body = await response.json().catch(() => null)
    if (!response.ok) setError(body?.errors?.[0]?.message ?? `Workflow unavailable (${response.status})`)
    else {
      setError(null)
      setInfo(body)
    }
  }, [id, collectionSlug])

  useEffect(() => {
    void reload()
  }, [reload])

  const act = useCallback(
    async (action: string, payload: { comment?: string; acknowledgeFindings?: boolean }) => {
      const response = await fetch(`/api/${collectionSlug}/${id}/workflow`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, ...payload }),
      })
      const body = await response.json().catch(() => null)
      if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? `Failed (${response.status})`)
      return body
    },
    [id, collectionSlug],
  )

  const schedule = useCallback(
    async (action: string, at: string) => {
      const response = await fetch(`/api/${collectionSlug}/${id}/workflow/schedule`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action, at }),
      })
      const body = await response.json().catch(() => null)
      if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? `Failed (${response.status})`)
      return body
    },
    [id, collectionSlug],
  )

  return { id, collectionSlug, info, error, reload, act, schedule }
}
