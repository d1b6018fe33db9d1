'use client'
import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { lexicalToPlainText } from '@/lib/lexicalText'

/** One read of the source-locale draft per document and save, shared by every field. */
const sources = new Map<string, Promise<Record<string, unknown> | null>>()

const readSource = (url: string) => {
  let source = sources.get(url)
  if (!source) {
    source = fetch(url, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null)
    sources.set(url, source)
  }
  return source
}

const asText = (value: unknown) =>
  typeof value === 'string' ? value : value && typeof value === 'object' && 'root' in value ? lexicalToPlainText(value) : ''

/**
 * Shown under a localized field while translating: the default-locale (English) wording of the
 * saved draft, so the translator sees the source beside the field.
 */
export const EnglishSource = ({ fieldName }: { fieldName: string }) => {
  const { code } = useLocale()
  const { config } = useConfig()
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const defaultLocale = config.localization ? config.localization.defaultLocale : 'en'
  const [text, setText] = useState<string | null>(null)
  const isTranslating = Boolean(id && collectionSlug && code && code !== defaultLocale)

  useEffect(() => {
    if (!isTranslating) return
    const url = `/api/${collectionSlug}/${id}?draft=true&depth=0&locale=${defaultLocale}&fallback-locale=none&t=${lastUpdateTime}`
    let isCurrent = true
    void readSource(url).then((doc) => {
      if (isCurrent) setText(doc ? asText(doc[fieldName]).trim() : null)
    })
    return () => {
      isCurrent = false
    }
  }, [isTranslating, collectionSlug, id, defaultLocale, fieldName, lastUpdateTime])

  if (!isTranslating || !text) return null
  return (
    <div className="relief-source" data-source-locale={defaultLocale} style={{ marginTop: 6, padding: '6px 8px', borderLeft: '3px solid #94a3b8', background: 'var(--theme-elevation-50, #f8fafc)', fontSize: 13, whiteSpace: 'pre-wrap' }}>
      <strong style={{ display: 'block', fontSize: 11, textTransform: 'uppercase', opacity: 0.7 }}>
        {defaultLocale.toUpperCase()} source
      </strong>
      {text.length > 1200 ? `${text.slice(0, 1200)}…` : text}
    </div>
  )
}
