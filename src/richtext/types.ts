import type { SiteLocale } from './paths'

/** Options shared by the HTML and React converters. */
export type ConverterOptions = {
  /** The locale the document was read in; used for links and the few labels the blocks print. */
  locale?: SiteLocale | string
  /**
   * Maps a linked document to a URL. Defaults to the reference site's paths (`pathFor`); return
   * null for documents that have no page (the link text is kept, without a link).
   */
  hrefFor?: (collection: string, doc: Record<string, unknown>, locale: string) => string | null
}

/** A relationship as Lexical stores it: populated (a document) or, when not readable, an id. */
export type RelationValue<T> = T | number | string | null | undefined

export const isPopulated = <T extends object>(value: RelationValue<T>): value is T =>
  Boolean(value) && typeof value === 'object'
