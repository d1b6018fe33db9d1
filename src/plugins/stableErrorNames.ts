import type { AfterErrorHook, Plugin } from 'payload'

import { stabilizeErrorNames } from '@/lib/errors/stableErrorNames'

type ErrorBody = { errors?: { name?: string }[] }

/**
 * Payload leaves `name` out of errors that carry no data (a 404 is `{ "message": "Not Found" }`):
 * a client-error answer always names its error, so clients can branch on it.
 */
const nameClientErrors: AfterErrorHook = ({ error, result }) => {
  const status = (error as { status?: number }).status ?? 500
  const errors = (result as ErrorBody | undefined)?.errors
  if (status >= 500 || !Array.isArray(errors) || !error.name) return
  for (const entry of errors) if (entry && typeof entry === 'object' && !entry.name) entry.name = error.name
}

/** Readable error names in every build; runs when the config is built, before any request. */
export const stableErrorNames = (): Plugin => (config) => {
  stabilizeErrorNames()
  return {
    ...config,
    hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), nameClientErrors] },
  }
}
