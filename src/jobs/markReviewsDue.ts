import type { TaskConfig } from 'payload'

import { markReviewsDue } from '@/medical/reviewDue'
import { queueEvent } from '@/webhooks/queueEvent'

import { JOBS_QUEUE } from './queue'

type MarkReviewsDueIO = {
  input: { now?: string | null }
  output: { flagged: number; emailsSent: number; emailsFailed: number }
}

/**
 * Hourly re-review schedule (docs/workflow.md, "Medical review record"): published documents past their next review date get
 * `medicalReview.isReviewDue` and every reviewer hears about each of them once.
 *
 * `input.now` (ISO date) runs the check as of another moment; it exists for tests and is
 * ignored in production.
 */
export const markReviewsDueTask: TaskConfig<MarkReviewsDueIO> = {
  slug: 'markReviewsDue',
  label: 'Mark medical reviews due',
  schedule: [{ cron: '0 * * * *', queue: JOBS_QUEUE }],
  // Safe to retry: a document is flagged (and announced) by exactly one run.
  retries: 2,
  inputSchema: [{ name: 'now', type: 'date' }],
  outputSchema: [
    { name: 'flagged', type: 'number', required: true },
    { name: 'emailsSent', type: 'number', required: true },
    { name: 'emailsFailed', type: 'number', required: true },
  ],
  handler: async ({ input, req }) => {
    let now = new Date()
    if (input?.now && process.env.NODE_ENV !== 'production') {
      now = new Date(input.now)
      if (Number.isNaN(now.getTime())) throw new Error(`markReviewsDue: "now" is not a date: ${input.now}`)
    }
    const { flagged, emailsSent, emailsFailed } = await markReviewsDue(req.payload, { now })
    // Each document is flagged by exactly one run, so each `review_due` webhook goes out once.
    const at = new Date().toISOString()
    for (const doc of flagged) {
      await queueEvent(req, { event: 'review_due', collection: doc.collection, documentId: doc.id, at })
    }
    return { output: { flagged: flagged.length, emailsSent, emailsFailed } }
  },
}
