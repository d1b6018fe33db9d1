import type { JobsConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isAdmin } from '@/access/isAdmin'

import { markReviewsDueTask } from './markReviewsDue'
import { JOBS_QUEUE } from './queue'
import { schedulePublishTask } from './schedulePublish'

export { JOBS_QUEUE } from './queue'

type AutorunCronConfig = Exclude<NonNullable<JobsConfig['autoRun']>, (...args: never[]) => unknown>[number]
type MaybeUser = Parameters<typeof hasRole>[0]
const adminOnly = ({ req }: { req: { user?: unknown } }) => hasRole(req.user as MaybeUser, 'admin')

/**
 * The in-process runner (`jobs.autoRun`): every minute it queues due scheduled tasks (the
 * hourly review check) and runs what is due on the queue (scheduled publishes included).
 * Payload starts it in the Next.js server (`npm run dev`, `npm start`) once the server has
 * initialised Payload for a request.
 *
 * Off in tests (they run jobs explicitly) and when RELIEF_JOBS_AUTORUN=false, for deployments
 * that run a separate worker instead:
 *   npx payload jobs:run --cron "* * * * *" --queue default --handle-schedules
 */
export const autoRun = (): AutorunCronConfig[] => {
  if (process.env.NODE_ENV === 'test' || process.env.RELIEF_JOBS_AUTORUN === 'false') return []
  return [{ cron: '* * * * *', queue: JOBS_QUEUE, limit: 20 }]
}

export const jobs: JobsConfig = {
  // Our schedulePublish replaces Payload's built-in task of the same slug (the first match wins).
  tasks: [schedulePublishTask, markReviewsDueTask],
  autoRun,
  access: { queue: adminOnly, run: adminOnly, cancel: adminOnly },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    access: { ...defaultJobsCollection.access, read: isAdmin, delete: isAdmin },
    // Admins see the queue (failed scheduled publishes, the review check) in the admin panel.
    admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !hasRole(user as MaybeUser, 'admin') },
  }),
}
