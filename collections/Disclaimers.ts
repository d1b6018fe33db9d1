import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { contentVersions } from '@/fields/contentVersions'
import { defaultEditor } from '@/fields/richTextEditors'
import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'
import { DISCLAIMER_KINDS, toOptions } from '@/lib/taxonomy'
import { requiredInDefaultLocale } from '@/fields/requiredInDefaultLocale'

export const Disclaimers: CollectionConfig<'disclaimers'> = {
  slug: 'disclaimers',
  access: contentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'isDefault', 'workflowState'],
    group: 'Content',
  },
  versions: contentVersions,
  fields: [
    requiredInDefaultLocale({ name: 'title', type: 'text', localized: true, maxLength: 200 }),
    { name: 'kind', type: 'select', required: true, options: toOptions(DISCLAIMER_KINDS) },
    requiredInDefaultLocale({ name: 'body', type: 'richText', localized: true, editor: defaultEditor }),
    {
      name: 'appliesTo',
      type: 'select',
      hasMany: true,
      options: toOptions(CONTENT_COLLECTIONS),
    },
    { name: 'isDefault', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar' } },
  ],
}
