/**
 * schema.org `MedicalWebPage` for published content (docs/workflow.md, "Medical review record"): who reviewed the page
 * (`reviewedBy`) and when (`lastReviewed`). Pure: give it the document with the reviewer
 * populated (REST `depth=1` or GraphQL); an unpopulated reviewer (an id) cannot be named and is
 * left out.
 */

type Credential = { type?: string | null; expiresOn?: string | null }

export type ReviewerProfile = {
  name?: string | null
  credentials?: Credential[] | null
}

export type MedicalReviewInput = {
  reviewer?: ReviewerProfile | number | string | null
  reviewedAt?: string | Date | null
  nextReviewDue?: string | Date | null
  isReviewDue?: boolean | null
} | null

export type MedicalWebPageInput = {
  url: string
  title: string
  description?: string | null
  medicalReview?: MedicalReviewInput
  dateModified?: string | Date | null
}

export type JsonLdPerson = {
  '@type': 'Person'
  name: string
  honorificSuffix?: string
  jobTitle?: string
  hasCredential?: {
    '@type': 'EducationalOccupationalCredential'
    credentialCategory: string
    name: string
  }[]
}

export type MedicalWebPageJsonLd = {
  '@context': 'https://schema.org'
  '@type': 'MedicalWebPage'
  url: string
  name: string
  headline: string
  description?: string
  dateModified?: string
  lastReviewed?: string
  reviewedBy?: JsonLdPerson
}

/** What each credential type of a therapist (collections/Therapists.ts) stands for. */
export const CREDENTIAL_TITLES: Record<string, string> = {
  LMT: 'Licensed Massage Therapist',
  PT: 'Physical Therapist',
  DPT: 'Doctor of Physical Therapy',
  MD: 'Physician',
  DO: 'Doctor of Osteopathic Medicine',
  DC: 'Doctor of Chiropractic',
  RN: 'Registered Nurse',
}

const toDate = (value: string | Date | null | undefined) => {
  if (!value) return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** `YYYY-MM-DD`, the form schema.org's `Date` expects for `lastReviewed`. */
const isoDay = (date: Date) => date.toISOString().slice(0, 10)

const reviewerPerson = (
  reviewer: ReviewerProfile | number | string | null | undefined,
  reviewedAt: Date | undefined,
): JsonLdPerson | undefined => {
  if (!reviewer || typeof reviewer !== 'object') return undefined
  const name = reviewer.name?.trim()
  if (!name) return undefined
  // The credentials that backed the review: held (not yet expired) on the review date.
  const types = [
    ...new Set(
      (reviewer.credentials ?? [])
        .filter((c) => {
          const expires = toDate(c.expiresOn)
          return !expires || !reviewedAt || expires.getTime() >= reviewedAt.getTime()
        })
        .map((c) => c.type?.trim())
        .filter((type): type is string => Boolean(type) && type !== 'other'),
    ),
  ]
  const person: JsonLdPerson = { '@type': 'Person', name }
  if (types.length > 0) {
    person.honorificSuffix = types.join(', ')
    const jobTitle = types.map((type) => CREDENTIAL_TITLES[type]).find(Boolean)
    if (jobTitle) person.jobTitle = jobTitle
    person.hasCredential = types.map((type) => ({
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: 'license',
      name: CREDENTIAL_TITLES[type] ? `${CREDENTIAL_TITLES[type]} (${type})` : type,
    }))
  }
  return person
}

export const buildMedicalWebPageJsonLd = ({
  url,
  title,
  description,
  medicalReview,
  dateModified,
}: MedicalWebPageInput): MedicalWebPageJsonLd => {
  const jsonLd: MedicalWebPageJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url,
    name: title,
    headline: title,
  }
  if (description?.trim()) jsonLd.description = description.trim()
  const modified = toDate(dateModified)
  if (modified) jsonLd.dateModified = modified.toISOString()

  const reviewedAt = toDate(medicalReview?.reviewedAt)
  if (reviewedAt) {
    jsonLd.lastReviewed = isoDay(reviewedAt)
    const person = reviewerPerson(medicalReview?.reviewer, reviewedAt)
    if (person) jsonLd.reviewedBy = person
  }
  return jsonLd
}

/** The JSON for a `<script type="application/ld+json">`: `<` is escaped so text cannot close the tag. */
export const serializeJsonLd = (jsonLd: object) => JSON.stringify(jsonLd).replace(/</g, '\\u003c')
