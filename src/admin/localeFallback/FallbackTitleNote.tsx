import { ViewDescription } from '@payloadcms/ui'
import type { Payload } from 'payload'

import { defaultLocaleOf } from '@/lib/locales'

import { FallbackTitleSetter } from './FallbackTitleSetter'
import { sourceTitle } from './sourceTitle'

type Props = {
  id?: number | string
  collectionSlug?: string
  description?: unknown
  locale?: { code?: string; label?: unknown }
  payload: Payload
}

/**
 * The collection's description slot, which Payload shows under the document header on every tab
 * of a document (edit, versions, API). A document with no title in the current locale gets the
 * default-locale title in its header, marked "(EN)", and a line saying so (issue 12, Thai).
 * In the list view (no document id) it is only the description, as before.
 */
export const FallbackTitleNote = async ({ id, collectionSlug, description, locale, payload }: Props) => {
  const staticDescription = description ? <ViewDescription collectionSlug={collectionSlug as never} description={description as never} /> : null
  const isTranslating = Boolean(id && collectionSlug && locale?.code && locale.code !== defaultLocaleOf(payload.config))
  const source = isTranslating ? await sourceTitle(payload, collectionSlug!, id) : null
  if (!source) return staticDescription
  const localeName = typeof locale?.label === 'string' ? locale.label : locale!.code!
  return (
    <>
      {staticDescription}
      <FallbackTitleSetter source={source} localeName={localeName} />
    </>
  )
}
