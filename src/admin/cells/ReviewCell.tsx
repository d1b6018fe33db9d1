import type { Payload } from 'payload'

import { idOf } from '@/lib/idOf'

type Review = { reviewer?: unknown; nextReviewDue?: string | null; isReviewDue?: boolean | null } | null | undefined

/** List cell for `medicalReview`: when the next review is due, and who signed the last one. */
export const ReviewCell = async ({ cellData, payload }: { cellData?: Review; payload: Payload }) => {
  const reviewerId = idOf(cellData?.reviewer)
  const reviewer = reviewerId
    ? await payload
        .findByID({ collection: 'therapists', id: reviewerId as number, depth: 0, draft: true, overrideAccess: true, disableErrors: true })
        .catch(() => null)
    : null
  if (!cellData?.nextReviewDue && !reviewer) return <span className="relief-review-cell">Not reviewed</span>
  const due = cellData?.nextReviewDue ? new Date(cellData.nextReviewDue).toISOString().slice(0, 10) : null
  return (
    <span className="relief-review-cell" data-review-due={cellData?.isReviewDue ? 'true' : 'false'}>
      {due && (
        <span>
          {cellData?.isReviewDue ? 'Review overdue since ' : 'Next review '}
          {due}
        </span>
      )}
      {due && reviewer ? ' · ' : ''}
      {reviewer && <span>by {reviewer.name}</span>}
    </span>
  )
}
