export type ImportTextFormat = 'txt' | 'md'

export interface ParsedFaq {
  /** Plain text. */
  question: string
  /** Markdown (may hold lists or emphasis), ready for the rich-text converter. */
  answer: string
}

export interface AuthorBio {
  name?: string
  /** Plain text. */
  text: string
}

export interface ParsedArticle {
  /** Plain text. */
  title: string
  bodyMarkdown: string
  /** Plain text, at most 300 characters. */
  excerpt: string
  faqs: ParsedFaq[]
  /** Markdown of each notice paragraph, in document order. */
  disclaimers: string[]
  authorBio?: AuthorBio
  /** Canonical technique names, in order of first mention. */
  techniqueMentions: string[]
  /** Plain text of everything dropped as site chrome, for the import report. */
  droppedBoilerplate: string[]
}
