import type { Metadata } from 'next'

import { wordsFor } from '@/components/site/i18n'
import { pageMetadata } from '@/components/site/metadata'
import { listFaqs } from '@/components/site/queries'
import type { Technique } from '@/payload-types'
import { localizedPath, type SiteLocale } from '@/richtext/paths'
import { ReliefRichText } from '@/richtext/react'
import { siteReader } from '@/site/read'

type Props = { params: Promise<{ locale: SiteLocale }> }

export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return pageMetadata(wordsFor(locale).faq, '/faq', locale)
}

export default async function FaqPage({ params }: Props) {
  const { locale } = await params
  const words = wordsFor(locale)
  const faqs = await listFaqs(await siteReader(), locale)
  return (
    <>
      <h1>{words.faq}</h1>
      {faqs.map((faq) => {
        const related = (faq.relatedTechniques ?? []).filter((t): t is Technique => typeof t === 'object' && t !== null)
        return (
          <section className="faq" key={faq.id} id={`faq-${faq.id}`} data-testid="faq">
            <h2>{faq.question}</h2>
            <ReliefRichText data={faq.answer} locale={locale} />
            {related.length > 0 && (
              <p className="related">
                {words.techniques}:{' '}
                {related.map((t, i) => (
                  <span key={t.id}>
                    {i > 0 && ', '}
                    <a href={localizedPath(`/techniques/${t.slug}`, locale)}>{t.name}</a>
                  </span>
                ))}
              </p>
            )}
          </section>
        )
      })}
    </>
  )
}
