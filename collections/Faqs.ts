import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { contentVersions } from '@/fields/contentVersions'
import { defaultEditor } from '@/fields/richTextEditors'
import { TOPICS, toOptions } from '@/lib/taxonomy'
import { requiredInDefaultLocale } from '@/fields/requiredInDefaultLocale'

export const Faqs: CollectionConfig<'faqs'> = {
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  access: contentAccess,
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'topic', 'order', 'workflowState'],
    group: 'Content',
  },
  defaultSort: 'order',
  versions: contentVersions,
  fields: [
    requiredInDefaultLocale({ name: 'question', type: 'text', localized: true, maxLength: 300 }),
    requiredInDefaultLocale({ name: 'answer', type: 'richText', localized: true, editor: defaultEditor }),
    { name: 'topic', type: 'select', options: toOptions(TOPICS), admin: { position: 'sidebar' } },
    { name: 'relatedTechniques', type: 'relationship', relationTo: 'techniques', hasMany: true },
    { name: 'order', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
}
