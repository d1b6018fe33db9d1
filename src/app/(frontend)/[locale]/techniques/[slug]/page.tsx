import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { wordsFor } from '@/components/site/i18n'
import { JsonLdScript } from '@/components/site/JsonLdScript'
import { pageMetadata } from '@/components/site/metadata'
import { techniqueBySlug } from '@/components/site/queries'
import { ReviewByline } from '@/components/site/ReviewByline'
import type { Media } from '@/payload-types'
import type { SiteLocale } from '@/richtext/paths'
import { ReliefRichText } from '@/richtext/react'
import { jsonLdFor } from '@/site/jsonLdFor'
import { siteReader } from '@/site/read'

type Props = { params: Promise<{ locale: SiteLocale; slug: string }> }

export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, slug } = await params
  const technique = await techniqueBySlug(await siteReader(), slug, locale)
  if (!technique) return {}
  return pageMetadata(technique.name ?? '', `/techniques/${technique.slug}`, locale, technique.summary)
}

export default async function TechniquePage({ params }: Props) {
  const { locale, slug } = await params
  const words = wordsFor(locale)
  const technique = await techniqueBySlug(await siteReader(), slug, locale)
  if (!technique) notFound()
  const image = typeof technique.image === 'object' ? (technique.image as Media | null) : null
  const minutes = technique.sessionMinutes
  return (
    <article>
      <JsonLdScript data={jsonLdFor('techniques', technique, locale)} />
      <p className="eyebrow">{technique.category === 'self-massage' ? words.selfMassage : words.professional}</p>
      <h1>{technique.name}</h1>
      <ReviewByline review={technique.medicalReview} locale={locale} />
      {image?.url && <img className="hero" src={image.sizes?.hero?.url ?? image.url} alt={image.alt ?? ''} />}
      {technique.summary && <p className="excerpt">{technique.summary}</p>}
      <ul className="facts">
        {technique.pressure && (
          <li>
            {words.pressure}: {technique.pressure}
          </li>
        )}
        {minutes?.min && (
          <li>
            {minutes.min}
            {minutes.max && minutes.max !== minutes.min ? `–${minutes.max}` : ''} {words.minutes}
          </li>
        )}
      </ul>
      <ReliefRichText data={technique.body} locale={locale} />
      {(technique.benefits ?? []).length > 0 && (
        <section data-testid="benefits">
          <h2>{words.benefits}</h2>
          <ul>
            {technique.benefits!.map((b) => (
              <li key={b.id ?? b.benefit}>{b.benefit}</li>
            ))}
          </ul>
        </section>
      )}
      {technique.precautions && (
        <section className="precautions" data-testid="precautions">
          <h2>{words.precautions}</h2>
          <ReliefRichText data={technique.precautions} locale={locale} />
        </section>
      )}
    </article>
  )
}
