import type { Metadata } from 'next'

import { serverUrl } from '@/lib/serverUrl'
import { localizedPath, SITE_LOCALES } from '@/richtext/paths'

/** Canonical URL and hreflang alternates of a page, given its unprefixed path (`/articles/x`). */
export const alternatesFor = (path: string, locale: string): Metadata['alternates'] => {
  const base = serverUrl()
  const languages: Record<string, string> = Object.fromEntries(
    SITE_LOCALES.map((code) => [code, `${base}${localizedPath(path, code)}`]),
  )
  languages['x-default'] = `${base}${path}`
  return { canonical: `${base}${localizedPath(path, locale)}`, languages }
}

export const pageMetadata = (title: string, path: string, locale: string, description?: string | null): Metadata => ({
  title: `${title} · Relief`,
  description: description ?? undefined,
  alternates: alternatesFor(path, locale),
  openGraph: { title, description: description ?? undefined, locale: locale === 'th' ? 'th_TH' : 'en_GB' },
})
