'use client'

import { usePathname } from 'next/navigation'

/** The same page in the other language (the browser's URL, before the proxy's rewrite). */
export const LanguageSwitch = ({ locale, label }: { locale: string; label: string }) => {
  const pathname = usePathname() || '/'
  const unprefixed = pathname === '/th' ? '/' : pathname.startsWith('/th/') ? pathname.slice(3) : pathname.replace(/^\/en(?=\/|$)/, '') || '/'
  const href = locale === 'th' ? unprefixed : unprefixed === '/' ? '/th' : `/th${unprefixed}`
  return (
    <a className="language-switch" href={href} hrefLang={locale === 'th' ? 'en' : 'th'} lang={locale === 'th' ? 'en' : 'th'}>
      {label}
    </a>
  )
}
