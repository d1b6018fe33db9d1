import type { Field } from 'payload'

/**
 * The public "medically reviewed by" record. Set only by approve and reaffirm; readers see it
 * on published documents.
 */
export const medicalReviewFields = (): Field[] => [
  {
    name: 'medicalReview',
    type: 'group',
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      { name: 'reviewer', type: 'relationship', relationTo: 'therapists' },
      { name: 'reviewedAt', type: 'date' },
      { name: 'nextReviewDue', type: 'date' },
      { name: 'isReviewDue', type: 'checkbox', defaultValue: false },
    ],
  },
]
