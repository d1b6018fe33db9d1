/**
 * Relief CMS rich text for frontends (docs/frontend.md): Lexical to HTML or React with every node
 * and block our editors produce. `@/richtext/html` alone has no React dependency.
 */
export { disclaimersAfterBody, inlineDisclaimerIds } from './disclaimers'
export { escapeHtml } from './escapeHtml'
export { reliefHTMLConverters, richTextToHTML } from './html'
export { BLOCK_LABELS, blockLabels } from './labels'
export { BLOCK_TYPES, type BlockType, findUnconvertedNodes, NODE_TYPES } from './nodeTypes'
export { DEFAULT_LOCALE, isSiteLocale, localePrefix, localizedPath, pathFor, SITE_LOCALES, type SiteLocale } from './paths'
export { ReliefRichText, reliefJSXConverters } from './react'
export type { ConverterOptions, RelationValue } from './types'
