import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { contentVersions } from '@/fields/contentVersions'
import { bodyEditor } from '@/fields/richTextEditors'
import { slugField } from '@/fields/slugField'
import { TOPICS, toOptions } from '@/lib/taxonomy'
import { requiredInDefaultLocale } from '@/fields/requiredInDefaultLocale'

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  access: contentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'workflowState', 'author', 'updatedAt'],
    group: 'Content',
  },
  defaultPopulate: { title: true, slug: true, excerpt: true, heroImage: true },
  versions: contentVersions,
  fields: [
    requiredInDefaultLocale({ name: 'title', type: 'text', localized: true, maxLength: 200 }),
    slugField('title'),
    { name: 'excerpt', type: 'textarea', localized: true, maxLength: 500 },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', localized: true, editor: bodyEditor },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'therapists',
      admin: { position: 'sidebar' },
    },
    { name: 'techniques', type: 'relationship', relationTo: 'techniques', hasMany: true },
    { name: 'faqs', type: 'relationship', relationTo: 'faqs', hasMany: true },
    { name: 'disclaimers', type: 'relationship', relationTo: 'disclaimers', hasMany: true },
    {
      name: 'references',
      type: 'array',
      admin: { description: 'Sources that back the medical statements in this article.' },
      fields: [
        requiredInDefaultLocale({ name: 'title', type: 'text', localized: true }),
        {
          name: 'url',
          type: 'text',
          validate: (value: unknown) =>
            !value || (typeof value === 'string' && /^https?:\/\/\S+$/.test(value))
              ? true
              : 'Must be an http(s) URL',
        },
        { name: 'publisher', type: 'text' },
      ],
    },
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      options: toOptions(TOPICS),
      admin: { position: 'sidebar' },
    },
    { name: 'publishedAt', type: 'date', admin: { position: 'sidebar' } },
  ],
}
