import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isEditorOrAdmin } from '@/access/isEditorOrAdmin'
import { requiredInDefaultLocale } from '@/fields/requiredInDefaultLocale'
import { mediaPublicOrStaff } from '@/media/publicOrStaff'

export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']
export const MEDIA_MAX_BYTES = 10 * 1024 * 1024

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    // Images of drafts give their wording away (alt text, file names): staff only until live.
    read: mediaPublicOrStaff,
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
    {
      // Kept by the live-change hook (src/media/liveMediaHook.ts), never by a form or the API.
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: () => false, update: () => false },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Shown to the public because a live document uses this image.',
      },
    },
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
