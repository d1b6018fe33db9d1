import type { CollectionConfig } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { contentVersions } from '@/fields/contentVersions'
import { defaultEditor } from '@/fields/richTextEditors'
import { slugField } from '@/fields/slugField'
import { CREDENTIAL_TYPES, toOptions } from '@/lib/taxonomy'

/** Public bios of authors and medical reviewers. */
export const Therapists: CollectionConfig<'therapists'> = {
  slug: 'therapists',
  access: contentAccess,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'headline', 'isMedicalReviewer', 'workflowState'],
    group: 'People',
  },
  // The bio is part of every byline (author box), so a populated author carries it.
  defaultPopulate: { name: true, slug: true, headline: true, bio: true, credentials: true, photo: true },
  versions: contentVersions,
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slugField('name'),
    { name: 'headline', type: 'text', localized: true, maxLength: 200 },
    { name: 'bio', type: 'richText', localized: true, editor: defaultEditor },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'specialties', type: 'relationship', relationTo: 'techniques', hasMany: true },
    { name: 'yearsOfExperience', type: 'number', min: 0, max: 80 },
    {
      name: 'credentials',
      type: 'array',
      fields: [
        { name: 'type', type: 'select', required: true, options: toOptions(CREDENTIAL_TYPES) },
        { name: 'licenseNumber', type: 'text' },
        { name: 'issuingBody', type: 'text' },
        { name: 'expiresOn', type: 'date' },
      ],
    },
    {
      name: 'isMedicalReviewer',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
  ],
}
