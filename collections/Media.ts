import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { requiredInDefaultLocale } from '@/fields/requiredInDefaultLocale'

export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']
export const MEDIA_MAX_BYTES = 10 * 1024 * 1024

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    read: anyone,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isAdmin,
  },
  admin: { group: 'Content' },
  fields: [
    requiredInDefaultLocale({
      name: 'alt',
      type: 'text',
      localized: true,
      admin: { description: 'Describe the image for screen readers; required for accessibility.' },
    }),
    { name: 'caption', type: 'text', localized: true },
  ],
  upload: {
    // Tests and extra instances point this elsewhere; production uses S3-compatible storage.
    staticDir: process.env.MEDIA_DIR || 'media',
    // SVG is refused: it can carry scripts and the content is photographs and diagrams anyway.
    mimeTypes: MEDIA_MIME_TYPES,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'card', width: 768, height: 512, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp', options: { quality: 82 } } },
    ],
  },
}
