import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { formatDate, wordsFor } from '@/components/site/i18n'
import { JsonLdScript } from '@/components/site/JsonLdScript'
import { pageMetadata } from '@/components/site/metadata'
import { articleBySlug } from '@/components/site/queries'
import { ReviewByline } from '@/components/site/ReviewByline'
import type { Disclaimer, Media, Technique, Therapist } from '@/payload-types'
import { disclaimersAfterBody } from '@/richtext/disclaimers'
import { localizedPath, pathFor, type SiteLocale } from '@/richtext/paths'
import { ReliefRichText } from '@/richtext/react'
import { jsonLdFor } from '@/site/jsonLdFor'
import { siteReader } from '@/site/read'

type Props = { params: Promise<{ locale: SiteLocale; slug: string }> }

export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, slug } = await params
  const article = await articleBySlug(await siteReader(), slug, locale)
  if (!article) return {}
  return pageMetadata(article.title ?? '', `/articles/${article.slug}`, locale, article.excerpt)
}

const populated = <T,>(values: readonly (T | number)[] | null | undefined): T[] =>
  (values ?? []).filter((v): v is T => Boolean(v) && typeof v === 'object')

export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params
  const words = wordsFor(locale)
  const article = await articleBySlug(await siteReader(), slug, locale)
  if (!article) notFound()
  const hero = typeof article.heroImage === 'object' ? (article.heroImage as Media | null) : null
  const author = typeof article.author === 'object' ? (article.author as Therapist | null) : null
  const techniques = populated<Technique>(article.techniques)
  const disclaimers = disclaimersAfterBody(populated<Disclaimer>(article.disclaimers), article.body)
  const authorPath = author ? pathFor('therapists', author, locale) : null
  return (
    <article>
      <JsonLdScript data={jsonLdFor('articles', article, locale)} />
      <h1>{article.title}</h1>
      {author && (
        <p className="author-line" data-testid="author-line">
          {words.writtenBy} {authorPath ? <a href={authorPath}>{author.name}</a> : author.name}
          {article.publishedAt && ` · ${formatDate(article.publishedAt, locale)}`}
        </p>
      )}
      <ReviewByline review={article.medicalReview} locale={locale} />
      {hero?.url && <img className="hero" src={hero.sizes?.hero?.url ?? hero.url} alt={hero.alt ?? ''} />}
      {article.excerpt && <p className="excerpt">{article.excerpt}</p>}
      <ReliefRichText data={article.body} locale={locale} />

      {disclaimers.length > 0 && (
        <section className="disclaimers" data-testid="disclaimers" aria-label={words.disclaimers}>
          {disclaimers.map((d) => (
            <aside key={d.id} className={`rt-disclaimer rt-disclaimer--${d.kind}`} data-disclaimer-id={d.id} role="note">
              <strong>{d.title}</strong>
              <ReliefRichText data={d.body} locale={locale} className="disclaimer-body" />
            </aside>
          ))}
        </section>
      )}

      {techniques.length > 0 && (
        <section data-testid="techniques">
          <h2>{words.relatedTechniques}</h2>
          <ul>
            {techniques.map((t) => (
              <li key={t.id}>
                <a href={localizedPath(`/techniques/${t.slug}`, locale)}>{t.name}</a>
                {t.summary && ` · ${t.summary}`}
              </li>
            ))}
          </ul>
        </section>
      )}

      {(article.references ?? []).length > 0 && (
        <section data-testid="references">
          <h2>{words.references}</h2>
          <ol>
            {article.references!.map((ref) => (
              <li key={ref.id ?? ref.title}>
                {ref.url ? (
                  <a href={ref.url} rel="noopener noreferrer">
                    {ref.title}
                  </a>
                ) : (
                  ref.title
                )}
                {ref.publisher && ` · ${ref.publisher}`}
              </li>
            ))}
          </ol>
        </section>
      )}

      {author && (
        <section className="author-bio" data-testid="author-bio">
          <h2>{words.aboutAuthor}</h2>
          <p>
            <strong>{authorPath ? <a href={authorPath}>{author.name}</a> : author.name}</strong>
            {author.headline && ` · ${author.headline}`}
          </p>
          <ReliefRichText data={author.bio} locale={locale} />
        </section>
      )}
    </article>
  )
}
