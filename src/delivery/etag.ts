import { createHash } from 'node:crypto'

/** A strong validator: the same bytes give the same tag on every instance. */
export const strongEtag = (body: Uint8Array) => `"${createHash('sha256').update(body).digest('base64url')}"`

/** If-None-Match matching uses the weak comparison (RFC 9110 §13.1.2). */
export const matchesIfNoneMatch = (header: string | null, etag: string) => {
  if (!header) return false
  const bare = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag))
}
