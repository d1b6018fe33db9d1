import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'

/**
 * One row per imported source file and locale: where it came from, the SHA-256 of the bytes
 * last imported and the article it became. This is what makes a re-import idempotent
 * (unchanged file → nothing written; changed file → the same article is updated).
 * Bookkeeping only: hidden in the admin panel and readable by admins alone.
 */
export const ImportRecords: CollectionConfig = {
  slug: 'import-records',
  admin: {
    hidden: true,
    useAsTitle: 'sourcePath',
    defaultColumns: ['sourcePath', 'locale', 'article', 'updatedAt'],
  },
  access: {
    read: isAdmin,
    create: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  indexes: [{ fields: ['sourcePath', 'locale'], unique: true }],
  fields: [
    {
      name: 'sourcePath',
      type: 'text',
      required: true,
      maxLength: 1000,
      admin: { description: 'Path relative to the project root (CLI) or "upload:<file name>" (POST /api/import).' },
    },
    { name: 'locale', type: 'text', required: true, maxLength: 10 },
    { name: 'contentHash', type: 'text', required: true, maxLength: 64 },
    { name: 'article', type: 'relationship', relationTo: 'articles', index: true },
  ],
}
