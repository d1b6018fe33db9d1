import type { Field } from 'payload'

/**
 * The public "medically reviewed by" record. Set only by approve and reaffirm; readers see it
 * on published documents. The medical plugin adds it to the collections it is given; the
 * workflow's protect stage keeps it as stored on every other write.
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
