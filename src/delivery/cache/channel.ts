/** The PostgreSQL NOTIFY channel every instance listens on for cache purges. */
export const INVALIDATION_CHANNEL = 'relief_delivery_invalidate'

/** A notification's payload: the tags to purge. PostgreSQL caps payloads near 8000 bytes. */
export const encodeTags = (tags: string[]) => JSON.stringify({ tags })

export const decodeTags = (payload: string | undefined): string[] | undefined => {
  try {
    const tags = (JSON.parse(payload ?? '') as { tags?: unknown }).tags
    return Array.isArray(tags) && tags.every((t) => typeof t === 'string') ? tags : undefined
  } catch {
    return undefined
  }
}
