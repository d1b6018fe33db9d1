import type { Endpoint } from 'payload'

import { WEBHOOK_DELIVERIES } from '../events'
import { queueDelivery } from '../queueDelivery'
import { idParam, refuseNonAdmin } from './adminOnly'
import { sendNow } from './sendNow'

/** `POST /api/webhook-deliveries/:id/resend`: the same body to the same webhook, as a new logged delivery. */
export const resendEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    const refused = refuseNonAdmin(req)
    if (refused) return refused
    const id = idParam(req)
    const original = id
      ? await req.payload.findByID({ collection: WEBHOOK_DELIVERIES, id, depth: 0, overrideAccess: true, disableErrors: true, req })
      : null
    if (!original) return Response.json({ errors: [{ message: `No webhook delivery with id "${req.routeParams?.id}"` }] }, { status: 404 })
    const webhook = typeof original.webhook === 'object' ? original.webhook.id : original.webhook
    const { delivery, jobId } = await queueDelivery(req, {
      webhook: webhook as number,
      event: original.event as never,
      body: original.body as string,
      resendOf: original.id as number,
    })
    return sendNow(req, { deliveryId: delivery.id as number, jobId })
  },
}
