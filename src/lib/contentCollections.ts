/** The collections that go through drafts, review and publishing. */
export const CONTENT_COLLECTIONS = ['articles', 'techniques', 'faqs', 'therapists', 'disclaimers'] as const
export type ContentCollectionSlug = (typeof CONTENT_COLLECTIONS)[number]

export const isContentCollection = (slug: unknown): slug is ContentCollectionSlug =>
  typeof slug === 'string' && (CONTENT_COLLECTIONS as readonly string[]).includes(slug)
