import type { Plugin } from 'payload'

import { rateLimitedEndpoint } from '@/lib/rateLimit/withRateLimit'

import { claimsCheckEndpoint } from './endpoint'

/**
 * Medical integrity (docs/workflow.md, "Medical review record" and "Claims check"): the staff
 * claims-check endpoint at `/api/medical-claims/check`. The re-review schedule runs on the jobs
 * queue (src/jobs/plugin.ts).
 */
export const medicalPlugin = (): Plugin => (config) => ({
  ...config,
  endpoints: [...(config.endpoints ?? []), rateLimitedEndpoint('claimsCheck', claimsCheckEndpoint)],
})
