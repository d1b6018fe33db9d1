import type { CollectionConfig, Plugin } from 'payload'

import { serverUrl } from '@/lib/serverUrl'
import { pathFor } from '@/richtext/paths'
import { addLiveChangeHook } from '@/workflow/liveChanges'

import { jsonLdEndpoint } from './jsonLdEndpoint'
import { revalidateSite } from './revalidateSite'

const PREVIEWABLE = ['articles', 'techniques', 'faqs', 'therapists'] as const

/** The admin's live preview loads the page through the draft-mode route (src/app/(frontend)/next/preview). */
export const previewUrl = (collection: string, data: Record<string, unknown>, locale?: string) => {
  const path = pathFor(collection, { id: data.id as number, slug: data.slug as string }, locale ?? 'en') ?? '/'
  return `${serverUrl()}/next/preview?path=${encodeURIComponent(path)}`
}

const withSiteFeatures = (collection: CollectionConfig): CollectionConfig => {
  const slug = collection.slug
  const isPreviewable = (PREVIEWABLE as readonly string[]).includes(slug)
  const hasJsonLd = slug === 'articles' || slug === 'techniques'
  if (!isPreviewable && !hasJsonLd) return collection
  return {
    ...collection,
    admin: isPreviewable
      ? {
          ...collection.admin,
          livePreview: {
            url: ({ data, locale }) => previewUrl(slug, data as Record<string, unknown>, locale?.code),
          },
        }
      : collection.admin,
    endpoints: hasJsonLd
      ? [...(collection.endpoints || []), jsonLdEndpoint(slug as 'articles' | 'techniques')]
      : collection.endpoints,
  }
}

/**
 * The reference site's server side: its static pages expire on every live change (the
 * live-change seam), the admin gets live preview, and JSON-LD is served from the API.
 */
export const sitePlugin = (): Plugin => (incoming) => {
  const config = {
    ...incoming,
    collections: (incoming.collections ?? []).map(withSiteFeatures),
  }
  return addLiveChangeHook(config, ({ change, req }) => {
    revalidateSite(req.payload, change)
  })
}
