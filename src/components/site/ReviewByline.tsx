import type { Article, Therapist } from '@/payload-types'

const formatDate = (value?: string | null) =>
  value ? new Date(value).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) : null

/** "Medically reviewed by NAME, CREDENTIAL · Last reviewed DATE · Next review due DATE" */
export const ReviewByline = ({ review }: { review: Article['medicalReview'] }) => {
  const reviewer = review?.reviewer && typeof review.reviewer === 'object' ? (review.reviewer as Therapist) : null
  if (!reviewer || !review?.reviewedAt) return null
  const credentials = (reviewer.credentials ?? []).map((c) => c.type).filter(Boolean).join(', ')
  return (
    <p className="review-byline" data-testid="review-byline">
      Medically reviewed by <strong>{reviewer.name}</strong>
      {credentials && `, ${credentials}`} · Last reviewed {formatDate(review.reviewedAt)}
      {review.nextReviewDue && ` · Next review due ${formatDate(review.nextReviewDue)}`}
      {review.isReviewDue && ' · Re-review in progress'}
    </p>
  )
}
