export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

/** The collections that go through drafts, review and publishing. */
export const CONTENT_COLLECTIONS = [
  'articles',
  'techniques',
  'faqs',
  'therapists',
  'disclaimers',
] as const
export type ContentCollectionSlug = (typeof CONTENT_COLLECTIONS)[number]
