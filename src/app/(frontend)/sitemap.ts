import config from '@payload-config'
import type { MetadataRoute } from 'next'
import { getPayload } from 'payload'

import { serverUrl } from '@/lib/serverUrl'
import { localizedPath, SITE_LOCALES } from '@/richtext/paths'

// Read at request time: there is no database during `next build`.
export const dynamic = 'force-dynamic'

/** Every live page in both languages, each entry naming its other-language alternate. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const payload = await getPayload({ config })
  const base = serverUrl()
  const read = (collection: 'articles' | 'techniques' | 'therapists') =>
    payload
      .find({
        collection,
        draft: false,
        overrideAccess: false,
        limit: 1000,
        depth: 0,
        pagination: false,
        select: { slug: true, updatedAt: true },
      })
      .then((r) => r.docs as { slug?: string | null; updatedAt: string }[])
  const [articles, techniques, therapists] = await Promise.all([read('articles'), read('techniques'), read('therapists')])
  const paths: { path: string; lastModified?: string }[] = [
    { path: '/' },
    { path: '/techniques' },
    { path: '/faq' },
    ...articles.filter((d) => d.slug).map((d) => ({ path: `/articles/${d.slug}`, lastModified: d.updatedAt })),
    ...techniques.filter((d) => d.slug).map((d) => ({ path: `/techniques/${d.slug}`, lastModified: d.updatedAt })),
    ...therapists.filter((d) => d.slug).map((d) => ({ path: `/therapists/${d.slug}`, lastModified: d.updatedAt })),
  ]
  return paths.flatMap(({ path, lastModified }) =>
    SITE_LOCALES.map((locale) => ({
      url: `${base}${localizedPath(path, locale)}`,
      lastModified,
      alternates: {
        languages: Object.fromEntries(SITE_LOCALES.map((code) => [code, `${base}${localizedPath(path, code)}`])),
      },
    })),
  )
}
