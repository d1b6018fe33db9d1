import { randomBytes } from 'node:crypto'
import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isAdmin } from '@/access/isAdmin'
import { toOptions } from '@/lib/taxonomy'

import { checkTarget } from './checkTarget'
import { sendTestEndpoint } from './endpoints/sendTest'
import { WEBHOOK_EVENTS, WEBHOOKS } from './events'

/** Admin-only subscriptions of outside systems (CDN purges, static builds) to live changes. */
export const Webhooks: CollectionConfig = {
  slug: WEBHOOKS,
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active'],
    group: 'Delivery',
    hidden: ({ user }) => !hasRole(user as never, 'admin'),
    description:
      'Each matching change is POSTed as JSON, signed with X-Relief-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body"> using the secret.',
  },
  endpoints: [sendTestEndpoint],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 2000,
      validate: async (value: unknown) => (await checkTarget(value)) ?? true,
    },
    { name: 'events', type: 'select', hasMany: true, required: true, options: toOptions(WEBHOOK_EVENTS) },
    {
      name: 'secret',
      type: 'text',
      required: true,
      minLength: 16,
      maxLength: 200,
      defaultValue: () => randomBytes(32).toString('hex'),
      admin: { description: 'The receiver verifies signatures with it. Generated when left empty.' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
    {
      name: 'sendTest',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/webhooks/components/DeliveryButton#SendTestButton' } },
    },
  ],
  timestamps: true,
}
