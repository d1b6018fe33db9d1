import type { Plugin } from 'payload'

import { rateLimitedEndpoint } from '@/lib/rateLimit/withRateLimit'
import { addLiveChangeHook } from '@/workflow/liveChanges'

import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'

import { searchEndpoint } from './endpoint'
import { fallbackLike } from './fallbackLike'
import { searchLiveChangeHook } from './liveChangeHook'

/**
 * Site search over live content (docs/search.md): the endpoint, the index kept in step with live
 * changes, and `like` on localized fields that follows the locale's fallback.
 */
export const searchPlugin = (): Plugin => (config) => {
  const withHook = addLiveChangeHook(config, searchLiveChangeHook)
  return {
    ...withHook,
    collections: (withHook.collections ?? []).map((collection) =>
      (CONTENT_COLLECTIONS as readonly string[]).includes(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeOperation: [...(collection.hooks?.beforeOperation ?? []), fallbackLike],
            },
          }
        : collection,
    ),
    endpoints: [...(withHook.endpoints ?? []), rateLimitedEndpoint('search', searchEndpoint)],
  }
}
