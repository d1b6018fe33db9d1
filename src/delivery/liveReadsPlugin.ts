import type { Plugin } from 'payload'

import { hideDraftRowFromLiveRead, liveUnlessDraftRequested } from './liveReads'

/** Adds the live-unless-draft read rule to every collection with drafts. */
export const liveReadsPlugin =
  (): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const versions = collection.versions
      const hasDrafts = typeof versions === 'object' && versions !== null && Boolean(versions.drafts)
      if (!hasDrafts) return collection
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [...(collection.hooks?.beforeOperation ?? []), liveUnlessDraftRequested],
          afterOperation: [...(collection.hooks?.afterOperation ?? []), hideDraftRowFromLiveRead],
        },
      }
    }),
  })
