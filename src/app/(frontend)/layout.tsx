import type { ReactNode } from 'react'

import './styles.css'

export const metadata = {
  title: 'Relief: massage and sciatica care, medically reviewed',
  description: 'Reference site for Relief CMS: only published, reviewed content appears here.',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <a href="/">Relief</a>
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
