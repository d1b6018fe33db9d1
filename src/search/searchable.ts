/** What the search index reads from each public content collection, by field name. */
export type SearchableFields = {
  title: string
  excerpt?: string
  /** Rich-text, text or array fields whose text is the document's body, in reading order. */
  body: string[]
}

/**
 * The public content collections search covers. Disclaimers are attached to other documents
 * and shown with them, so they are not results of their own.
 */
export const SEARCHABLE: Record<string, SearchableFields> = {
  articles: { title: 'title', excerpt: 'excerpt', body: ['body'] },
  techniques: { title: 'name', excerpt: 'summary', body: ['body', 'benefits', 'precautions'] },
  faqs: { title: 'question', body: ['answer'] },
  therapists: { title: 'name', excerpt: 'headline', body: ['bio'] },
}

export const SEARCHABLE_COLLECTIONS = Object.keys(SEARCHABLE)

export const isSearchable = (slug: string): boolean => Object.hasOwn(SEARCHABLE, slug)
