import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { nobody } from '@/access/nobody'
import { summarizeEvent } from '@/admin/summarizeEvent'
import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'
import { STATE_LABELS, WORKFLOW_STATES } from '@/workflow/states'
import { toOptions } from '@/lib/taxonomy'

const stateOptions = WORKFLOW_STATES.map((value) => ({ label: STATE_LABELS[value], value }))

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
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'documentId', 'action', 'fromState', 'toState', 'actor', 'createdAt'],
    group: 'Workflow',
  },
  hooks: { beforeChange: [summarizeEvent] },
  defaultSort: '-createdAt',
  fields: [
    { name: 'summary', type: 'text', admin: { readOnly: true, description: 'The action and the document, in words.' } },
    { name: 'collection', type: 'select', required: true, index: true, options: toOptions(CONTENT_COLLECTIONS) },
    {
      name: 'documentId',
      type: 'text',
      required: true,
      index: true,
      admin: { components: { Cell: '@/admin/cells/EventDocumentCell#EventDocumentCell' } },
      label: 'Document',
    },
    {
      name: 'action',
      type: 'text',
      required: true,
      admin: { components: { Cell: '@/admin/cells/EventActionCell#EventActionCell' } },
    },
    { name: 'fromState', type: 'select', options: stateOptions },
    { name: 'toState', type: 'select', options: stateOptions },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'comment', type: 'textarea' },
    { name: 'contentHash', type: 'text' },
    {
      name: 'version',
      type: 'number',
      index: true,
      admin: { readOnly: true, description: 'The document version this action saved (none for live-only actions).' },
    },
    { name: 'findings', type: 'json' },
  ],
  timestamps: true,
}
