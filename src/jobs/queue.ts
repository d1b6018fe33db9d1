/** The one queue every Relief job runs on: scheduled publishes and the hourly review check. */
export const JOBS_QUEUE = 'default'
