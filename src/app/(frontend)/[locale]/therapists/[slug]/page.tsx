import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { wordsFor } from '@/components/site/i18n'
import { pageMetadata } from '@/components/site/metadata'
import { listArticles, therapistBySlug } from '@/components/site/queries'
import type { Media, Technique } from '@/payload-types'
import { localizedPath, type SiteLocale } from '@/richtext/paths'
import { ReliefRichText } from '@/richtext/react'
import { siteReader } from '@/site/read'

type Props = { params: Promise<{ locale: SiteLocale; slug: string }> }

export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, slug } = await params
  const therapist = await therapistBySlug(await siteReader(), slug, locale)
  if (!therapist) return {}
  return pageMetadata(therapist.name, `/therapists/${therapist.slug}`, locale, therapist.headline)
}

export default async function TherapistPage({ params }: Props) {
  const { locale, slug } = await params
  const words = wordsFor(locale)
  const reader = await siteReader()
  const therapist = await therapistBySlug(reader, slug, locale)
  if (!therapist) notFound()
  const photo = typeof therapist.photo === 'object' ? (therapist.photo as Media | null) : null
  const specialties = (therapist.specialties ?? []).filter((t): t is Technique => typeof t === 'object' && t !== null)
  const articles = await listArticles(reader, locale, { author: { equals: therapist.id } })
  return (
    <article>
      <h1>{therapist.name}</h1>
      {therapist.headline && <p className="excerpt">{therapist.headline}</p>}
      {photo?.url && <img className="portrait" src={photo.sizes?.card?.url ?? photo.url} alt={photo.alt ?? ''} />}
      {(therapist.credentials ?? []).length > 0 && (
        <p data-testid="credentials">
          {words.credentials}: {therapist.credentials!.map((c) => c.type).join(', ')}
          {therapist.yearsOfExperience != null && ` · ${therapist.yearsOfExperience} ${words.yearsOfExperience}`}
        </p>
      )}
      <ReliefRichText data={therapist.bio} locale={locale} />
      {specialties.length > 0 && (
        <section>
          <h2>{words.techniques}</h2>
          <ul>
            {specialties.map((t) => (
              <li key={t.id}>
                <a href={localizedPath(`/techniques/${t.slug}`, locale)}>{t.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {articles.length > 0 && (
        <section data-testid="therapist-articles">
          <h2>{words.articlesBy}</h2>
          <ul>
            {articles.map((a) => (
              <li key={a.id}>
                <a href={localizedPath(`/articles/${a.slug}`, locale)}>{a.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
