import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { nobody } from '@/access/nobody'
import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'
import { toOptions } from '@/lib/taxonomy'

import { assignmentEndpoints } from '../endpoints/assign'
import { assignmentOfEndpoint } from '../endpoints/assignmentOf'

/**
 * Who reviews a pending draft, and by when (docs/review.md). One row per document (`docKey` is
 * unique), written only by the assign and claim endpoints; the row goes when the draft is
 * published or the document deleted, so the next round starts unassigned.
 */
export const ReviewAssignments: CollectionConfig = {
  slug: 'review-assignments',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  admin: {
    group: 'Workflow',
    defaultColumns: ['collection', 'documentId', 'reviewer', 'dueAt', 'how', 'assignedBy'],
  },
  endpoints: [assignmentOfEndpoint, ...assignmentEndpoints],
  fields: [
    { name: 'docKey', type: 'text', required: true, unique: true, admin: { hidden: true } },
    { name: 'collection', type: 'select', required: true, options: toOptions(CONTENT_COLLECTIONS) },
    { name: 'documentId', type: 'text', required: true },
    { name: 'reviewer', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'assignedBy', type: 'relationship', relationTo: 'users' },
    { name: 'how', type: 'select', required: true, options: toOptions(['assigned', 'claimed']) },
    { name: 'dueAt', type: 'date', index: true },
  ],
  timestamps: true,
}
