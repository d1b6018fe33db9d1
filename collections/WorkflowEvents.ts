import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { nobody } from '@/access/nobody'
import { WORKFLOW_STATES } from '@/workflow/states'
import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'
import { toOptions } from '@/lib/taxonomy'

/** The audit trail: written only by the workflow service, never edited or deleted. */
export const WorkflowEvents: CollectionConfig<'workflow-events'> = {
  slug: 'workflow-events',
  access: {
    read: isStaff,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  admin: {
    defaultColumns: ['collection', 'documentId', 'action', 'fromState', 'toState', 'actor', 'createdAt'],
    group: 'Workflow',
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'collection', type: 'select', required: true, index: true, options: toOptions(CONTENT_COLLECTIONS) },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'action', type: 'text', required: true },
    { name: 'fromState', type: 'select', options: toOptions(WORKFLOW_STATES) },
    { name: 'toState', type: 'select', options: toOptions(WORKFLOW_STATES) },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'comment', type: 'textarea' },
    { name: 'contentHash', type: 'text' },
    { name: 'findings', type: 'json' },
  ],
  timestamps: true,
}
