import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  access: { read: anyone, update: isAdmin },
  admin: { group: 'Settings' },
  fields: [
    {
      name: 'reviewIntervalMonths',
      type: 'number',
      required: true,
      defaultValue: 12,
      min: 1,
      max: 60,
      admin: { description: 'How long a medical review stays valid before re-review is due.' },
    },
    {
      name: 'defaultDisclaimers',
      type: 'relationship',
      relationTo: 'disclaimers',
      hasMany: true,
    },
  ],
}
