/** A content document's title in the admin: whichever title field its collection has. */
export const titleOfDoc = (doc: Record<string, unknown>): string => {
  const value = doc.title ?? doc.name ?? doc.question
  if (typeof value === 'string' && value.trim()) return value
  // Documents read with every locale carry { en, th }; the default locale names it.
  if (value && typeof value === 'object') {
    const texts = Object.values(value as Record<string, unknown>).filter((v): v is string => typeof v === 'string' && Boolean(v.trim()))
    if (texts[0]) return texts[0]
  }
  return `#${String(doc.id)}`
}
