import type { Plugin } from 'payload'

import { startJobRunnerInServer } from '@/jobs/runner'
import { rateLimitedEndpoint } from '@/lib/rateLimit/withRateLimit'

import { claimsCheckEndpoint } from './endpoint'

/**
 * Medical integrity (docs/workflow.md, "Medical review record" and "Claims check"): the staff claims-check endpoint at `/api/medical-claims/check`,
 * and the job runner that carries the re-review schedule (and scheduled publishes) starts with
 * the server rather than with the first API request.
 */
export const medicalPlugin = (): Plugin => (config) => ({
  ...config,
  endpoints: [...(config.endpoints ?? []), rateLimitedEndpoint('claimsCheck', claimsCheckEndpoint)],
  onInit: async (payload) => {
    await config.onInit?.(payload)
    startJobRunnerInServer(payload)
  },
})
