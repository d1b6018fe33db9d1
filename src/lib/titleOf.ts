/** What people call a document: its title field's value, else its id. */
export const titleOf = (doc: Record<string, unknown>, titleField?: string): string => {
  const value = (titleField && doc[titleField]) ?? doc.title ?? doc.name ?? doc.question
  return typeof value === 'string' && value.trim() ? value : `#${String(doc.id)}`
}
