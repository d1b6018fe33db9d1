import { randomUUID } from 'node:crypto'
import type { Endpoint } from 'payload'

import { WEBHOOKS } from '../events'
import { queueDelivery } from '../queueDelivery'
import { idParam, refuseNonAdmin } from './adminOnly'
import { sendNow } from './sendNow'

/** `POST /api/webhooks/:id/test`: queues a signed `test` message to this webhook, active or not. */
export const sendTestEndpoint: Endpoint = {
  path: '/:id/test',
  method: 'post',
  handler: async (req) => {
    const refused = refuseNonAdmin(req)
    if (refused) return refused
    const id = idParam(req)
    const webhook = id ? await req.payload.findByID({ collection: WEBHOOKS, id, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
    if (!webhook) return Response.json({ errors: [{ message: `No webhook with id "${req.routeParams?.id}"` }] }, { status: 404 })
    const body = JSON.stringify({ id: randomUUID(), event: 'test', webhook: webhook.id, at: new Date().toISOString() })
    const { delivery, jobId } = await queueDelivery(req, { webhook: webhook.id as number, event: 'test', body })
    return sendNow(req, { deliveryId: delivery.id as number, jobId })
  },
}
