import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { toOptions } from '@/lib/taxonomy'

import { revokeForGood } from './revokeForGood'
import { MACHINE_KEY_KINDS, MACHINE_KEYS } from './slug'
import { machineKeyStrategy } from './strategy'

/**
 * Keys for machines (static builds, preview servers). A delivery key reads what the public
 * reads, even with `draft=true`; a preview key also reads drafts when it asks with
 * `draft=true`. Neither can write, sign in to the admin panel or read staff-only data: the
 * key holds no role. Admins create (Enable API Key → generate), revoke and audit them.
 */
export const MachineKeys: CollectionConfig = {
  slug: MACHINE_KEYS,
  labels: { singular: 'Machine key', plural: 'Machine keys' },
  auth: {
    useAPIKey: true,
    disableLocalStrategy: true,
    strategies: [machineKeyStrategy],
  },
  access: {
    // A machine never gets into the admin panel, whatever its key.
    admin: () => false,
    read: isAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
    unlock: nobody,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'revoked', 'lastUsedAt'],
    group: 'Delivery',
    hidden: ({ user }) => !hasRole(user as never, 'admin'),
    description:
      'Keys for frontends and build servers. Send them as "Authorization: machine-keys API-Key <key>". Delivery keys read live content only; preview keys may also read drafts with draft=true. Both are read-only.',
  },
  hooks: { beforeChange: [revokeForGood] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'delivery',
      options: toOptions(MACHINE_KEY_KINDS),
      admin: { position: 'sidebar' },
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Final: a revoked key answers 401 from then on.' },
    },
    { name: 'revokedAt', type: 'date', admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'lastUsedAt',
      type: 'date',
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Recorded at most once a minute.',
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    { name: 'notes', type: 'textarea', maxLength: 2000 },
  ],
  timestamps: true,
}
