import type { Field } from 'payload'

import { STATE_LABELS, WORKFLOW_STATES } from '@/workflow/states'

/**
 * The review state of a document. Only workflow transitions set it, so no user may write it
 * through any API; server code writes it with overrideAccess.
 */
export const workflowFields = (): Field[] => [
  {
    name: 'workflowState',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    options: WORKFLOW_STATES.map((value) => ({ label: STATE_LABELS[value], value })),
    access: {
      create: () => false,
      update: () => false,
    },
    admin: {
      position: 'sidebar',
      readOnly: true,
    },
  },
]
