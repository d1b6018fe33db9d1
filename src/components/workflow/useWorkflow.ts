'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useSyncExternalStore } from 'react'

import type { ActionInfo } from '@/workflow/describe'
import type { WorkflowAction } from '@/workflow/transitions'

export type WorkflowHistoryEntry = {
  id: number
  action: string
  fromState?: string
  toState?: string
  actor?: { id: number; name?: string } | number | null
  comment?: string | null
  acknowledgedFindings?: number | null
  createdAt: string
}

/** `GET /api/{collection}/{id}/workflow`: the server's word on state, actions and what a save does. */
export type WorkflowInfo = {
  live: string
  draft: string | null
  state: string
  allowedActions: WorkflowAction[]
  actions: ActionInfo[]
  edit: { outcome: 'dismiss' | 'openDraft' | 'none'; isConfirmNeeded: boolean; to: string | null; message: string | null }
  findings: { blocking: number; warnings: number; checkedAt: string | null }
  versions: { latest: number | string | null; lastApproved: number | string | null; live: number | string | null }
  history: WorkflowHistoryEntry[]
}

/** A refusal from the workflow endpoint, with the fields each failed guard points at. */
export class WorkflowRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly failures: { message: string; fields?: string[] }[],
  ) {
    super(message)
  }
}

type Entry = { info: WorkflowInfo | null; error: string | null; version: number }

/**
 * One shared answer per document: the sidebar panel, the header status and the save button read
 * the same state, so they can never disagree.
 */
const entries = new Map<string, Entry>()
const listeners = new Set<() => void>()
const EMPTY: Entry = { info: null, error: null, version: 0 }

const publish = (key: string, entry: Entry) => {
  entries.set(key, entry)
  for (const listener of listeners) listener()
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const inFlight = new Map<string, Promise<void>>()

const load = (key: string, url: string) => {
  const running = inFlight.get(key)
  if (running) return running
  const request = (async () => {
    try {
      const response = await fetch(url, { credentials: 'include', cache: 'no-store' })
      const body = await response.json().catch(() => null)
      const previous = entries.get(key) ?? EMPTY
      if (!response.ok) {
        publish(key, { info: null, error: body?.errors?.[0]?.message ?? `Workflow unavailable (${response.status})`, version: previous.version + 1 })
      } else publish(key, { info: body, error: null, version: previous.version + 1 })
    } finally {
      inFlight.delete(key)
    }
  })()
  inFlight.set(key, request)
  return request
}

const post = async (url: string, body: unknown) => {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const json = await response.json().catch(() => null)
  if (!response.ok) {
    const error = json?.errors?.[0]
    const failures = (error?.data?.failedGuards as { message: string; fields?: string[] }[] | undefined) ?? [
      { message: error?.message ?? `The request failed (${response.status})`, fields: error?.data?.field ? [error.data.field] : undefined },
    ]
    throw new WorkflowRequestError(error?.message ?? `The request failed (${response.status})`, response.status, failures)
  }
  return json
}

/**
 * Reads `GET /api/{collection}/{id}/workflow` for the document being edited, again after every
 * save (Payload bumps `lastUpdateTime`) and after every transition.
 */
export const useWorkflow = () => {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const key = id && collectionSlug ? `${collectionSlug}/${id}` : ''
  const url = `/api/${collectionSlug}/${id}/workflow`
  const entry = useSyncExternalStore(
    subscribe,
    () => (key ? (entries.get(key) ?? EMPTY) : EMPTY),
    () => EMPTY,
  )

  const reload = useCallback(async () => {
    if (key) await load(key, url)
  }, [key, url])

  useEffect(() => {
    void reload()
  }, [reload, lastUpdateTime])

  const act = useCallback(
    async (action: WorkflowAction, payload: { comment?: string; acknowledgeFindings?: boolean }) => {
      try {
        return await post(url, { action, ...payload })
      } finally {
        await reload()
      }
    },
    [url, reload],
  )

  const schedule = useCallback(
    async (action: WorkflowAction, at: string) => {
      try {
        return await post(`${url}/schedule`, { action, at })
      } finally {
        await reload()
      }
    },
    [url, reload],
  )

  return { id, collectionSlug, info: entry.info, error: entry.error, reload, act, schedule }
}
