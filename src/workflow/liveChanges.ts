import type { Config, PayloadRequest } from 'payload'

import type { ContentCollectionSlug } from '@/lib/contentCollections'

import type { LiveEvent, WorkflowAction } from './transitions'

/** One change to what the public sees, as every consumer (cache, feed, webhooks, search, site) learns of it. */
export type LiveChange = {
  event: LiveEvent
  collection: ContentCollectionSlug
  id: number
  /** ISO time of the change, the same for every consumer. */
  at: string
  /** The workflow action behind it; absent for deletes. */
  action?: WorkflowAction
  /** The audit event written with it; absent for deletes. */
  eventId?: number
}

/**
 * Runs inside the transaction that makes the change, with its `req`: a consumer that writes
 * (a feed row, a queued job, a NOTIFY) commits or rolls back with the change itself. A hook that
 * throws aborts the change, so consumers that must not block publishing catch their own errors.
 */
export type LiveChangeHook = (args: { change: LiveChange; req: PayloadRequest }) => Promise<void> | void

const HOOKS_KEY = 'liveChangeHooks'

/** For plugins: registers a consumer of live changes on the config they are given. */
export const addLiveChangeHook = (config: Config, hook: LiveChangeHook): Config => ({
  ...config,
  custom: { ...config.custom, [HOOKS_KEY]: [...((config.custom?.[HOOKS_KEY] as LiveChangeHook[]) ?? []), hook] },
})

/** Hooks run in registration order (plugin order in `src/plugins/index.ts`). */
export const runLiveChangeHooks = async (req: PayloadRequest, change: LiveChange): Promise<void> => {
  const hooks = (req.payload.config.custom?.[HOOKS_KEY] as LiveChangeHook[] | undefined) ?? []
  for (const hook of hooks) await hook({ change, req })
}
