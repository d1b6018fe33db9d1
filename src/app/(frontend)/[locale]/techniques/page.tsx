import type { Metadata } from 'next'

import { wordsFor } from '@/components/site/i18n'
import { pageMetadata } from '@/components/site/metadata'
import { listTechniques } from '@/components/site/queries'
import { localizedPath, type SiteLocale } from '@/richtext/paths'
import { siteReader } from '@/site/read'

type Props = { params: Promise<{ locale: SiteLocale }> }

export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return pageMetadata(wordsFor(locale).techniques, '/techniques', locale)
}

export default async function TechniquesPage({ params }: Props) {
  const { locale } = await params
  const words = wordsFor(locale)
  const techniques = await listTechniques(await siteReader(), locale)
  const groups = [
    { category: 'professional', label: words.professional },
    { category: 'self-massage', label: words.selfMassage },
  ]
  return (
    <>
      <h1>{words.techniques}</h1>
      {groups.map(({ category, label }) => {
        const inGroup = techniques.filter((t) => t.category === category)
        if (inGroup.length === 0) return null
        return (
          <section key={category} data-testid={`techniques-${category}`}>
            <h2>{label}</h2>
            {inGroup.map((t) => (
              <a className="card" key={t.id} href={localizedPath(`/techniques/${t.slug}`, locale)}>
                <h3>{t.name}</h3>
                {t.summary && <p>{t.summary}</p>}
              </a>
            ))}
          </section>
        )
      })}
    </>
  )
}
