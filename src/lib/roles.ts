export const ROLES = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

/** Every role is a staff role; a signed-in user without one is treated as a reader. */
export const STAFF_ROLES: readonly Role[] = ROLES

/** The collections that go through drafts, review and publishing. */
export const CONTENT_COLLECTIONS = [
  'articles',
  'techniques',
  'faqs',
  'therapists',
  'disclaimers',
] as const
export type ContentCollectionSlug = (typeof CONTENT_COLLECTIONS)[number]
