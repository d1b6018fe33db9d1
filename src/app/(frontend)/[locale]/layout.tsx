import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { wordsFor } from '@/components/site/i18n'
import { LanguageSwitch } from '@/components/site/LanguageSwitch'
import { LivePreviewListener } from '@/components/site/LivePreviewListener'
import { serverUrl } from '@/lib/serverUrl'
import { isSiteLocale, localizedPath } from '@/richtext/paths'

import '../styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** No page is rendered at build time (there is no database then): each renders on its first visit and stays static until a publish expires it. */
export const generateStaticParams = () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  const words = wordsFor(locale)
  return {
    metadataBase: new URL(serverUrl()),
    title: `${words.siteName}: ${words.tagline}`,
    description: words.tagline,
    icons: { icon: [{ url: '/icon.svg', type: 'image/svg+xml' }, { url: '/favicon.ico', sizes: '32x32' }] },
  }
}

export default async function SiteLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isSiteLocale(locale)) notFound()
  const words = wordsFor(locale)
  const { isEnabled: isDraft } = await draftMode()
  const link = (path: string) => localizedPath(path, locale)
  return (
    <html lang={locale}>
      <body>
        <header className="site-header">
          <a className="site-name" href={link('/')}>
            {words.siteName}
          </a>
          <nav>
            <a href={link('/')}>{words.articles}</a>
            <a href={link('/techniques')}>{words.techniques}</a>
            <a href={link('/faq')}>{words.faq}</a>
            <a href={link('/search')}>{words.search}</a>
            <LanguageSwitch locale={locale} label={words.otherLanguage} />
          </nav>
        </header>
        {isDraft && (
          <p className="draft-banner" data-testid="draft-banner">
            {words.draftBanner} <a href="/next/exit-preview">{words.exitPreview}</a>
            <LivePreviewListener />
          </p>
        )}
        <main>{children}</main>
      </body>
    </html>
  )
}
