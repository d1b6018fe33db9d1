import type { Metadata } from 'next'

import { wordsFor } from '@/components/site/i18n'
import { pageMetadata } from '@/components/site/metadata'
import { listArticles } from '@/components/site/queries'
import type { Media } from '@/payload-types'
import { localizedPath, type SiteLocale } from '@/richtext/paths'
import { siteReader } from '@/site/read'

type Props = { params: Promise<{ locale: SiteLocale }> }

export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const words = wordsFor(locale)
  return pageMetadata(words.tagline, '/', locale, words.tagline)
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  const words = wordsFor(locale)
  const articles = await listArticles(await siteReader(), locale)
  return (
    <>
      <h1>{words.tagline}</h1>
      {articles.length === 0 && <p>{words.noArticles}</p>}
      {articles.map((article) => {
        const hero = typeof article.heroImage === 'object' ? (article.heroImage as Media | null) : null
        return (
          <a className="card" key={article.id} href={localizedPath(`/articles/${article.slug}`, locale)}>
            {hero?.sizes?.card?.url && <img src={hero.sizes.card.url} alt={hero.alt ?? ''} loading="lazy" />}
            <h2>{article.title}</h2>
            {article.excerpt && <p>{article.excerpt}</p>}
          </a>
        )
      })}
    </>
  )
}
