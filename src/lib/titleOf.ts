/**
 * What people call a document: its title field's value (the title, name or question), else its
 * id. A document read with every locale carries `{ en, th }`: the first filled locale names it.
 */
export const titleOf = (doc: Record<string, unknown>, titleField?: string): string => {
  const value = (titleField && doc[titleField]) ?? doc.title ?? doc.name ?? doc.question
  if (typeof value === 'string' && value.trim()) return value
  if (value && typeof value === 'object') {
    const texts = Object.values(value as Record<string, unknown>).filter(
      (text): text is string => typeof text === 'string' && Boolean(text.trim()),
    )
    if (texts[0]) return texts[0]
  }
  return `#${String(doc.id)}`
}
