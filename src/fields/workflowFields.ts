import type { Field } from 'payload'

import { isStaffField } from '@/access/isStaff'
import { DRAFT_STATES, LIVE_STATES, STATE_LABELS, WORKFLOW_STATES } from '@/workflow/states'

/**
 * The review state and its bookkeeping (two tracks, docs/workflow.md). Only workflow transitions
 * change them: the gate in src/workflow rejects a write that sets a state and keeps the
 * bookkeeping as it was. The workflow plugin adds them to the collections it is given.
 */
export const workflowFields = (): Field[] => [
  {
    name: 'workflowState',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: WORKFLOW_STATES.map((value) => ({ label: STATE_LABELS[value], value })),
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'The pending draft\'s state, else the live state.',
      components: { Cell: '@/components/workflow/StateCell#StateCell' },
    },
  },
  {
    name: 'liveState',
    type: 'select',
    defaultValue: 'none',
    index: true,
    options: LIVE_STATES.map((value) => ({ label: STATE_LABELS[value], value })),
    admin: { position: 'sidebar', readOnly: true, hidden: true },
  },
  {
    name: 'draftState',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    options: DRAFT_STATES.map((value) => ({ label: STATE_LABELS[value], value })),
    admin: { position: 'sidebar', readOnly: true, hidden: true },
  },
  {
    name: 'workflow',
    type: 'group',
    access: { read: isStaffField },
    admin: { hidden: true },
    fields: [
      { name: 'submittedBy', type: 'relationship', relationTo: 'users' },
      { name: 'submittedAt', type: 'date' },
      { name: 'reviewedHash', type: 'text' },
      { name: 'approvedBy', type: 'relationship', relationTo: 'users' },
      { name: 'approvedAt', type: 'date' },
      {
        name: 'editors',
        type: 'relationship',
        relationTo: 'users',
        hasMany: true,
        admin: { description: 'Everyone who edited the wording since the last publish (four-eyes rule).' },
      },
    ],
  },
]
