import type { Plugin } from 'payload'

import { answerUnavailableDatabase } from './afterError'
import { livenessEndpoint, readinessEndpoint } from './health'

/** Health probes, and 503 + Retry-After whenever the database cannot serve a request. */
export const databasePlugin = (): Plugin => (config) => ({
  ...config,
  endpoints: [...(config.endpoints ?? []), livenessEndpoint, readinessEndpoint],
  hooks: {
    ...config.hooks,
    afterError: [...(config.hooks?.afterError ?? []), answerUnavailableDatabase],
  },
})
