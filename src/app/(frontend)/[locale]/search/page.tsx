import type { Metadata } from 'next'

import { Highlight } from '@/components/site/Highlight'
import { wordsFor } from '@/components/site/i18n'
import { pageMetadata } from '@/components/site/metadata'
import { serverUrl } from '@/lib/serverUrl'
import { pathFor, type SiteLocale } from '@/richtext/paths'

type Props = { params: Promise<{ locale: SiteLocale }>; searchParams: Promise<{ q?: string | string[] }> }

type Hit = {
  collection: string
  id: number
  slug: string | null
  title: string
  excerpt?: string
  highlight?: { title?: string; snippet?: string }
}

// Results depend on the query string: rendered per request, never cached.
export const dynamic = 'force-dynamic'

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return { ...pageMetadata(wordsFor(locale).search, '/search', locale), robots: { index: false } }
}

/** Asks the delivery API's search (`GET /api/search`); null when it cannot answer. */
const search = async (q: string, locale: string): Promise<Hit[] | null> => {
  try {
    const url = `${serverUrl()}/api/search?${new URLSearchParams({ q, locale, limit: '20' })}`
    const response = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(10_000) })
    if (!response.ok) return null
    const body = (await response.json()) as { docs?: Hit[] }
    return Array.isArray(body.docs) ? body.docs : null
  } catch {
    return null
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  const words = wordsFor(locale)
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? ''
  const hits = q ? await search(q, locale) : []
  return (
    <>
      <h1>{words.search}</h1>
      <form role="search" method="get">
        <input type="search" name="q" defaultValue={q} placeholder={words.searchPlaceholder} aria-label={words.search} />
        <button type="submit">{words.searchButton}</button>
      </form>
      {hits === null && <p data-testid="search-unavailable">{words.searchUnavailable}</p>}
      {hits && q && hits.length === 0 && (
        <p data-testid="search-empty">
          {words.noResults} “{q}”
        </p>
      )}
      {hits && hits.length > 0 && (
        <ol className="search-results" data-testid="search-results">
          {hits.map((hit) => {
            const href = pathFor(hit.collection, { id: hit.id, slug: hit.slug }, locale)
            const title = hit.highlight?.title ? <Highlight html={hit.highlight.title} /> : hit.title
            return (
              <li key={`${hit.collection}-${hit.id}`}>
                <h2>{href ? <a href={href}>{title}</a> : title}</h2>
                {hit.highlight?.snippet ? (
                  <p>
                    <Highlight html={hit.highlight.snippet} />
                  </p>
                ) : (
                  hit.excerpt && <p>{hit.excerpt}</p>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </>
  )
}
