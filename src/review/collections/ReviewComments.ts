import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { nobody } from '@/access/nobody'
import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'
import { toOptions } from '@/lib/taxonomy'
import { COMMENT_RULES } from '@/workflow/transitions'

import { resolveEndpoints } from '../endpoints/resolve'
import { threadsEndpoint } from '../endpoints/threads'
import { prepareComment, trimCommentBody } from '../hooks/prepareComment'
import { rolesMay } from '../roles'

/**
 * Staff-only comment threads on passages of content documents (docs/review.md). Part of the audit
 * trail: wording is never edited, only admins delete, and the thread status changes through
 * the resolve/reopen endpoints.
 */
export const ReviewComments: CollectionConfig = {
  slug: 'review-comments',
  access: {
    read: isStaff,
    create: rolesMay(COMMENT_RULES.write),
    update: nobody,
    delete: rolesMay(COMMENT_RULES.remove),
  },
  admin: {
    group: 'Workflow',
    useAsTitle: 'body',
    defaultColumns: ['body', 'collection', 'documentId', 'fieldPath', 'status', 'author', 'createdAt'],
  },
  defaultSort: '-createdAt',
  endpoints: [threadsEndpoint, ...resolveEndpoints],
  hooks: { beforeValidate: [trimCommentBody], beforeChange: [prepareComment] },
  fields: [
    { name: 'collection', type: 'select', required: true, index: true, options: toOptions(CONTENT_COLLECTIONS) },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'parent', type: 'relationship', relationTo: 'review-comments', index: true },
    { name: 'fieldPath', type: 'text', required: true, maxLength: 200 },
    { name: 'locale', type: 'select', options: toOptions(['en', 'th']) },
    { name: 'quote', type: 'text', maxLength: 2000 },
    { name: 'rangeStart', type: 'number', min: 0 },
    { name: 'rangeEnd', type: 'number', min: 0 },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000 },
    { name: 'author', type: 'relationship', relationTo: 'users' },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'open',
      index: true,
      options: toOptions(['open', 'resolved']),
    },
    { name: 'resolvedBy', type: 'relationship', relationTo: 'users' },
    { name: 'resolvedAt', type: 'date' },
    /** The transition this comment was written with (request changes, or the reply on submit). */
    { name: 'event', type: 'relationship', relationTo: 'workflow-events' },
  ],
  timestamps: true,
}
