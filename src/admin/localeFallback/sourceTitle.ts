import type { CollectionSlug, Payload } from 'payload'

import { defaultLocaleOf } from '@/lib/locales'

export type SourceTitle = { title: string; locale: string }

/**
 * The default-locale (English) title of a document's latest draft, for admin rows and headers
 * whose own locale has none yet. Null when the collection's title field is not localized, or
 * the default locale has no title either. Reads without fallback so only real English counts.
 */
export const sourceTitle = async (
  payload: Payload,
  collection: string,
  id: number | string | undefined | null,
): Promise<SourceTitle | null> => {
  const config = payload.collections[collection as CollectionSlug]?.config
  const titleField = config?.admin?.useAsTitle
  if (!config || !titleField || id === undefined || id === null || id === '') return null
  const field = config.flattenedFields.find((candidate) => candidate.name === titleField)
  if (!field || !('localized' in field) || !field.localized) return null
  const locale = defaultLocaleOf(payload.config)
  const doc = await payload
    .findByID({
      collection: collection as CollectionSlug,
      id,
      locale: locale as never,
      fallbackLocale: false as never,
      draft: true,
      depth: 0,
      select: { [titleField]: true } as never,
      // The caller already shows this row or document to the user; this reads one more locale of it.
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  const title = (doc as Record<string, unknown> | null)?.[titleField]
  return typeof title === 'string' && title.trim() ? { title, locale } : null
}

/** How a borrowed title is marked wherever it is shown: "(EN) Gentle stretches". */
export const markedTitle = ({ title, locale }: SourceTitle) => `(${locale.toUpperCase()}) ${title}`
