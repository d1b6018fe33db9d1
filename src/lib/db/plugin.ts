import type { Plugin } from 'payload'

import { answerUnavailableDatabase } from './afterError'
import { livenessEndpoint, readinessEndpoint } from './health'
import { checkGlobalLockInTransaction, checkLocksInTransaction } from './lockCheck'

/**
 * Health probes, 503 + Retry-After whenever the database cannot serve a request, and document
 * lock checks moved onto the operation's own transaction.
 */
export const databasePlugin = (): Plugin => (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), checkLocksInTransaction],
    },
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      beforeOperation: [...(global.hooks?.beforeOperation ?? []), checkGlobalLockInTransaction],
    },
  })),
  endpoints: [...(config.endpoints ?? []), livenessEndpoint, readinessEndpoint],
  hooks: {
    ...config.hooks,
    afterError: [...(config.hooks?.afterError ?? []), answerUnavailableDatabase],
  },
})
