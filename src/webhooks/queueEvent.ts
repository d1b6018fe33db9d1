import { randomUUID } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { type WebhookEvent, WEBHOOKS } from './events'
import { queueDelivery } from './queueDelivery'

export type EventMessage = {
  event: WebhookEvent
  collection: string
  documentId: number | string
  at: string
  eventId?: number
}

/**
 * Queues one delivery per active webhook subscribed to the event. Every webhook gets the same
 * body, whose `id` names the occurrence, so receivers can drop duplicates (a resend).
 */
export const queueEvent = async (req: PayloadRequest, message: EventMessage) => {
  const { docs: hooks } = await req.payload.find({
    collection: WEBHOOKS,
    where: { and: [{ active: { equals: true } }, { events: { in: [message.event] } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (hooks.length === 0) return []
  const body = JSON.stringify({ id: randomUUID(), ...message })
  const queued = []
  for (const hook of hooks) {
    queued.push((await queueDelivery(req, { webhook: hook.id as number, event: message.event, body })).delivery)
  }
  return queued
}
