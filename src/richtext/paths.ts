/**
 * Where each kind of document lives on a site built on Relief CMS. The reference site uses these
 * paths; another frontend passes its own `hrefFor` to the converters.
 */
export const SITE_LOCALES = ['en', 'th'] as const
export type SiteLocale = (typeof SITE_LOCALES)[number]
export const DEFAULT_LOCALE: SiteLocale = 'en'

export const isSiteLocale = (value: unknown): value is SiteLocale =>
  typeof value === 'string' && (SITE_LOCALES as readonly string[]).includes(value)

/** `''` for the default locale, `/th` for Thai: English pages keep their unprefixed URLs. */
export const localePrefix = (locale: string): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`)

/** Prefixes a site path (`/articles/x`) with the locale (`/th/articles/x`). */
export const localizedPath = (path: string, locale: string): string => {
  const prefix = localePrefix(locale)
  if (!prefix) return path
  return path === '/' ? prefix : `${prefix}${path}`
}

type Linkable = { id?: number | string; slug?: string | null } | number | string | null | undefined

/** A document's page, or null when it has none (disclaimers, media) or is not populated. */
export const pathFor = (collection: string, doc: Linkable, locale: string = DEFAULT_LOCALE): string | null => {
  if (!doc || typeof doc !== 'object') return null
  switch (collection) {
    case 'articles':
      return doc.slug ? localizedPath(`/articles/${doc.slug}`, locale) : null
    case 'techniques':
      return doc.slug ? localizedPath(`/techniques/${doc.slug}`, locale) : null
    case 'therapists':
      return doc.slug ? localizedPath(`/therapists/${doc.slug}`, locale) : null
    case 'faqs':
      return doc.id != null ? localizedPath(`/faq#faq-${doc.id}`, locale) : null
    default:
      return null
  }
}
