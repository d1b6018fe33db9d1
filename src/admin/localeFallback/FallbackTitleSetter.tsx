'use client'
import { useDocumentInfo, useDocumentTitle, useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'

import { markedTitle, type SourceTitle } from './sourceTitle'

/**
 * Puts the marked default-locale title into Payload's document title (header and breadcrumb)
 * whenever Payload falls back to the id: on load, after a save, and when the field is cleared.
 * A title typed in the current locale wins as soon as it exists.
 */
export const FallbackTitleSetter = ({ source, localeName }: { source: SourceTitle; localeName: string }) => {
  const { id } = useDocumentInfo()
  const { title, setDocumentTitle } = useDocumentTitle()
  const { i18n } = useTranslation()
  const marked = markedTitle(source)
  const isUntitled = !title || title === String(id) || title === `[${i18n.t('general:untitled')}]`

  useEffect(() => {
    if (!isUntitled || !setDocumentTitle) return
    // After Payload's own title effects of this render, which would otherwise win.
    const frame = requestAnimationFrame(() => setDocumentTitle(marked))
    return () => cancelAnimationFrame(frame)
  }, [isUntitled, marked, setDocumentTitle, title])

  if (!isUntitled && title !== marked) return null
  return (
    <p className="relief-title-fallback" data-source-locale={source.locale} style={{ margin: '4px 0 0', fontSize: 13, opacity: 0.8 }}>
      No {localeName} title yet: the {source.locale.toUpperCase()} title is shown.
    </p>
  )
}
