export const WEBHOOKS = 'webhooks'
export const WEBHOOK_DELIVERIES = 'webhook-deliveries'
export const DELIVER_WEBHOOK_TASK = 'deliverWebhook'

/** What a webhook can subscribe to: the live changes, and the hourly review-due check. */
export const WEBHOOK_EVENTS = ['published', 'unpublished', 'reaffirmed', 'review_due', 'deleted'] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

/** A delivery is one of the events, or a test an admin sent by hand. */
export const DELIVERY_EVENTS = [...WEBHOOK_EVENTS, 'test'] as const
export type DeliveryEvent = (typeof DELIVERY_EVENTS)[number]

export const DELIVERY_STATUSES = ['queued', 'retrying', 'succeeded', 'failed', 'refused'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]
