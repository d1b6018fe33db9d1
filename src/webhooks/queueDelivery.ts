import type { PayloadRequest } from 'payload'

import { JOBS_QUEUE } from '@/jobs/queue'

import { DELIVER_WEBHOOK_TASK, type DeliveryEvent, WEBHOOK_DELIVERIES } from './events'

/**
 * A delivery log row and the job that sends it, both written with `req`: inside a live
 * change's transaction they commit or roll back with the change.
 */
export const queueDelivery = async (
  req: PayloadRequest,
  { webhook, event, body, resendOf }: { webhook: number; event: DeliveryEvent; body: string; resendOf?: number },
) => {
  const delivery = await req.payload.create({
    collection: WEBHOOK_DELIVERIES,
    data: { webhook, event, body, status: 'queued', attempts: 0, resendOf },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const job = await req.payload.jobs.queue({
    task: DELIVER_WEBHOOK_TASK,
    input: { delivery: delivery.id },
    queue: JOBS_QUEUE,
    req,
  })
  return { delivery, jobId: job.id }
}
