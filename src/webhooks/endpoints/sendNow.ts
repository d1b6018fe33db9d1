import type { PayloadRequest } from 'payload'

import { WEBHOOK_DELIVERIES } from '../events'

/**
 * Runs a just-queued delivery job at once, so the admin who pressed the button sees how it
 * went; a failure stays on the queue for its retries like any other delivery.
 */
export const sendNow = async (req: PayloadRequest, { deliveryId, jobId }: { deliveryId: number; jobId: number | string }) => {
  await req.payload.jobs.runByID({ id: jobId, overrideAccess: true, silent: true }).catch(() => undefined)
  const delivery = await req.payload.findByID({ collection: WEBHOOK_DELIVERIES, id: deliveryId, depth: 0, overrideAccess: true })
  return Response.json(
    {
      message: delivery.status === 'succeeded' ? 'Delivered.' : `Delivery ${delivery.status}.`,
      delivery: { id: delivery.id, status: delivery.status, responseCode: delivery.responseCode ?? null, error: delivery.error ?? null, attempts: delivery.attempts },
    },
    { status: 202 },
  )
}
