import type { Article, Therapist } from '@/payload-types'

import { formatDate, wordsFor } from './i18n'

/** "Medically reviewed by NAME, CREDENTIAL · Last reviewed DATE · Next review due DATE" */
export const ReviewByline = ({ review, locale = 'en' }: { review: Article['medicalReview']; locale?: string }) => {
  const reviewer = review?.reviewer && typeof review.reviewer === 'object' ? (review.reviewer as Therapist) : null
  if (!reviewer || !review?.reviewedAt) return null
  const words = wordsFor(locale)
  const credentials = (reviewer.credentials ?? []).map((c) => c.type).filter(Boolean).join(', ')
  return (
    <p className="review-byline" data-testid="review-byline">
      {words.reviewedBy} <strong>{reviewer.name}</strong>
      {credentials && `, ${credentials}`} · {words.lastReviewed} {formatDate(review.reviewedAt, locale)}
      {review.nextReviewDue && ` · ${words.nextReview} ${formatDate(review.nextReviewDue, locale)}`}
      {review.isReviewDue && ` · ${words.reReview}`}
    </p>
  )
}
