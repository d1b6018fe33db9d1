import { getPayload, type Payload } from 'payload'

/**
 * Payload starts the `jobs.autoRun` crons only when a request initialises it with
 * `cron: true` (REST, GraphQL, admin panel). Public pages initialise it without, so a site
 * whose first visitor reads an article would not run scheduled publishes until someone
 * opened the API or the admin. Called from `onInit`: inside the Next.js server (where
 * `NEXT_RUNTIME` is set) it asks for the same cached instance with `cron: true`, which starts
 * the crons once. CLI commands, scripts and tests are left alone.
 */
export const startJobRunnerInServer = (payload: Payload) => {
  if (!process.env.NEXT_RUNTIME || process.env.NODE_ENV === 'test') return
  // After init has returned and getPayload has cached the instance.
  setTimeout(() => {
    getPayload({ config: payload.config, cron: true }).catch((error) =>
      payload.logger.error({ err: error, msg: 'could not start the job runner' }),
    )
  }, 0)
}
