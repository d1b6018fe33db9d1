import type { Field } from 'payload'

import { isStaffField } from '@/access/isStaff'

/**
 * Findings of the risky-claims checker, recomputed on every save (the medical plugin's check
 * stage, which adds these fields too); never public.
 */
export const claimsFields = (): Field[] => [
  {
    name: 'claims',
    type: 'group',
    access: { read: isStaffField },
    admin: {
      position: 'sidebar',
      components: { Field: '@/components/medical/ClaimsPanel#ClaimsPanel' },
    },
    fields: [
      { name: 'findings', type: 'json' },
      { name: 'blockingCount', type: 'number', defaultValue: 0 },
      { name: 'checkedAt', type: 'date' },
    ],
  },
]
