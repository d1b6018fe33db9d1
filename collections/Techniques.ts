import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { contentVersions } from '@/fields/contentVersions'
import { bodyEditor, defaultEditor } from '@/fields/richTextEditors'
import { slugField } from '@/fields/slugField'
import { PRESSURES, TARGET_AREAS, TECHNIQUE_CATEGORIES, toOptions } from '@/lib/taxonomy'
import { requiredInDefaultLocale } from '@/fields/requiredInDefaultLocale'

export const Techniques: CollectionConfig<'techniques'> = {
  slug: 'techniques',
  access: contentAccess,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'workflowState', 'updatedAt'],
    group: 'Content',
  },
  defaultPopulate: { name: true, slug: true, category: true, summary: true },
  versions: contentVersions,
  fields: [
    requiredInDefaultLocale({ name: 'name', type: 'text', localized: true, maxLength: 120 }),
    slugField('name'),
    {
      name: 'category',
      type: 'select',
      required: true,
      options: toOptions(TECHNIQUE_CATEGORIES),
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 500 },
    { name: 'body', type: 'richText', localized: true, editor: bodyEditor },
    { name: 'targetAreas', type: 'select', hasMany: true, options: toOptions(TARGET_AREAS) },
    { name: 'pressure', type: 'select', options: toOptions(PRESSURES) },
    {
      name: 'benefits',
      type: 'array',
      fields: [requiredInDefaultLocale({ name: 'benefit', type: 'text', localized: true })],
    },
    {
      name: 'precautions',
      type: 'richText',
      localized: true,
      editor: defaultEditor,
      admin: { description: 'Who should not try this and when to stop. Required before review.' },
    },
    {
      name: 'sessionMinutes',
      type: 'group',
      fields: [
        { name: 'min', type: 'number', min: 1, max: 240 },
        {
          name: 'max',
          type: 'number',
          min: 1,
          max: 240,
          validate: (value: unknown, { siblingData }: { siblingData: { min?: number | null } }) =>
            value == null || siblingData?.min == null || Number(value) >= siblingData.min
              ? true
              : 'Must not be less than the minimum',
        },
      ],
    },
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
}
