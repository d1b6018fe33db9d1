import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { toOptions } from '@/lib/taxonomy'

import { resendEndpoint } from './endpoints/resend'
import { DELIVERY_EVENTS, DELIVERY_STATUSES, WEBHOOK_DELIVERIES, WEBHOOKS } from './events'

const readOnly = { readOnly: true }

/** The delivery log: one row per message to one webhook, updated by every attempt. */
export const WebhookDeliveries: CollectionConfig = {
  slug: WEBHOOK_DELIVERIES,
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  // Only the delivery job writes the log; admins read it and may clear it.
  access: { read: isAdmin, create: nobody, update: nobody, delete: isAdmin },
  admin: {
    useAsTitle: 'event',
    defaultColumns: ['event', 'webhook', 'status', 'responseCode', 'attempts', 'durationMs', 'createdAt'],
    group: 'Delivery',
    hidden: ({ user }) => !hasRole(user as never, 'admin'),
  },
  defaultSort: '-createdAt',
  endpoints: [resendEndpoint],
  fields: [
    { name: 'webhook', type: 'relationship', relationTo: WEBHOOKS, required: true, index: true, admin: readOnly },
    { name: 'event', type: 'select', required: true, options: toOptions(DELIVERY_EVENTS), admin: readOnly },
    { name: 'status', type: 'select', required: true, defaultValue: 'queued', index: true, options: toOptions(DELIVERY_STATUSES), admin: readOnly },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0, admin: readOnly },
    { name: 'responseCode', type: 'number', admin: readOnly },
    { name: 'durationMs', type: 'number', admin: { ...readOnly, description: 'Of the last attempt.' } },
    { name: 'error', type: 'textarea', admin: readOnly },
    { name: 'lastAttemptAt', type: 'date', admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'deliveredAt', type: 'date', admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'body', type: 'textarea', required: true, admin: { ...readOnly, description: 'Sent as is on every attempt and resend.' } },
    { name: 'resendOf', type: 'relationship', relationTo: WEBHOOK_DELIVERIES, admin: readOnly },
    {
      name: 'resend',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/webhooks/components/DeliveryButton#ResendButton' } },
    },
  ],
  timestamps: true,
}
