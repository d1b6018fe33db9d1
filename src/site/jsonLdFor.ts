import { buildMedicalWebPageJsonLd, type MedicalWebPageJsonLd } from '@/medical/jsonLd'
import { serverUrl } from '@/lib/serverUrl'
import { pathFor } from '@/richtext/paths'

type Reviewed = {
  slug?: string | null
  title?: string | null
  name?: string | null
  excerpt?: string | null
  summary?: string | null
  updatedAt?: string | null
  medicalReview?: unknown
  author?: unknown
  references?: { title?: string | null; url?: string | null; publisher?: string | null }[] | null
}

/**
 * The schema.org `MedicalWebPage` of an article or technique read at depth ≥ 1 (reviewer and
 * author populated). The page and `GET /api/{collection}/{id}/json-ld` both use this, so a
 * frontend that fetches it gets exactly what the reference site embeds.
 */
export const jsonLdFor = (collection: 'articles' | 'techniques', doc: Reviewed, locale: string): MedicalWebPageJsonLd => {
  const path = pathFor(collection, doc as never, locale) ?? '/'
  const jsonLd = buildMedicalWebPageJsonLd({
    url: `${serverUrl()}${path}`,
    title: doc.title ?? doc.name ?? '',
    description: doc.excerpt ?? doc.summary,
    medicalReview: doc.medicalReview as never,
    dateModified: doc.updatedAt,
  })
  const extra: Record<string, unknown> = { inLanguage: locale }
  const author = doc.author && typeof doc.author === 'object' ? (doc.author as { name?: string; slug?: string }) : null
  if (author?.name) {
    extra.author = {
      '@type': 'Person',
      name: author.name,
      ...(author.slug ? { url: `${serverUrl()}${pathFor('therapists', author as never, locale)}` } : {}),
    }
  }
  const citations = (doc.references ?? []).filter((r) => r.title)
  if (citations.length > 0) {
    extra.citation = citations.map((r) => ({
      '@type': 'CreativeWork',
      name: r.title,
      ...(r.url ? { url: r.url } : {}),
      ...(r.publisher ? { publisher: { '@type': 'Organization', name: r.publisher } } : {}),
    }))
  }
  return { ...jsonLd, ...extra } as MedicalWebPageJsonLd
}
