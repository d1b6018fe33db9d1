/**
 * A second (and third) Payload instance for the exactly-once test: loads the config against
 * DATABASE_URL and runs the jobs queue until it is empty, as `payload jobs:run` would.
 * `tsx --conditions=production tests/int/webhooks/runQueueProcess.ts`: prints `ready` once
 * Payload is up, and starts when a line arrives on stdin, so two of them start together.
 */
import { getPayload } from 'payload'

import config from '../../../payload.config'

const payload = await getPayload({ config })
// Warm the runner on a queue nobody uses, so both processes claim their first batch at the
// same moment: the loser of that race must take the next batch, not stop (claimJobs.ts).
await payload.jobs.run({ queue: 'warm-up', limit: 1, silent: true })
console.log('ready')
await new Promise((resolve) => process.stdin.once('data', resolve))
let ran = 0
for (let round = 0; round < 200; round++) {
  const result = await payload.jobs.run({ queue: 'default', limit: 3, silent: true })
  ran += Object.keys(result.jobStatus ?? {}).length
  if (result.noJobsRemaining) break
}
console.log(JSON.stringify({ ran }))
await payload.destroy()
process.exit(0)
