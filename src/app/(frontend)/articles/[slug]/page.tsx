import { RichText } from '@payloadcms/richtext-lexical/react'
import { notFound } from 'next/navigation'

import { ReviewByline } from '@/components/site/ReviewByline'
import { serverUrl } from '@/lib/serverUrl'
import { buildMedicalWebPageJsonLd, serializeJsonLd } from '@/medical/jsonLd'
import type { Media } from '@/payload-types'
import { getPublicPayload, PUBLIC_READ } from '@/lib/publicPayload'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const payload = await getPublicPayload()
  const { docs } = await payload.find({
    collection: 'articles',
    ...PUBLIC_READ,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
  })
  const article = docs[0]
  if (!article) notFound()
  const hero = typeof article.heroImage === 'object' ? (article.heroImage as Media | null) : null
  const jsonLd = buildMedicalWebPageJsonLd({
    url: `${serverUrl()}/articles/${article.slug}`,
    title: article.title ?? '',
    description: article.excerpt,
    medicalReview: article.medicalReview as never,
    dateModified: article.updatedAt,
  })
  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      <h1>{article.title}</h1>
      <ReviewByline review={article.medicalReview} />
      {hero?.url && <img className="hero" src={hero.sizes?.hero?.url ?? hero.url} alt={hero.alt ?? ''} />}
      {article.excerpt && (
        <p>
          <strong>{article.excerpt}</strong>
        </p>
      )}
      {article.body && <RichText data={article.body} />}
    </article>
  )
}
