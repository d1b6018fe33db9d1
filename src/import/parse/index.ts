// Pure parsing half of the article importer: text/Markdown in, structured parts out.
// No Payload or database access here, so it runs anywhere and tests without fixtures.
import { splitArticle } from './splitArticle'
import { textToMarkdown } from './textToMarkdown'
import type { ImportTextFormat, ParsedArticle } from './types'

export { splitArticle } from './splitArticle'
export { textToMarkdown } from './textToMarkdown'
export { findTechniqueMentions } from './techniques'
export { isNotice, scoreNotice } from './disclaimers'
export { inlineMarkdownToText } from './text'
export type { AuthorBio, ImportTextFormat, ParsedArticle, ParsedFaq } from './types'

/** Plain text is structured first; Markdown is split as written. */
export function parseText(text: string, format: ImportTextFormat): ParsedArticle {
  return splitArticle(format === 'txt' ? textToMarkdown(text) : text)
}
