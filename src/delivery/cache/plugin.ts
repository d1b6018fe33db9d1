import type { CollectionConfig, GlobalConfig, Payload, Plugin } from 'payload'

import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'
import { addLiveChangeHook } from '@/workflow/liveChanges'

import { changesEndpoint } from '../changes/changesEndpoint'
import { recordChange } from '../changes/recordChange'
import { recordGraphqlResults } from '../graphqlResults'
import { wrapReadEndpoints } from '../restReads/wrapReadEndpoints'

import { type InvalidationListener, startInvalidationListener } from './invalidationListener'
import { notifyInvalidation } from './notifyInvalidation'
import { responseCache } from './responseCache'
import { isDeliveryCacheEnabled } from './settings'
import { MEDIA_TAG, tagsOfChange } from './tags'

const isContent = (slug: string) => (CONTENT_COLLECTIONS as readonly string[]).includes(slug)

type CollectionHooks = NonNullable<CollectionConfig['hooks']>
type GlobalHooks = NonNullable<GlobalConfig['hooks']>

/*
 * Documents that are not workflow content (uploads, globals) change without a live-change event,
 * yet published answers show them: their saves and deletes purge too.
 */
const purgeOnChange: NonNullable<CollectionHooks['afterChange']>[number] = async ({ collection, doc, req }) => {
  await notifyInvalidation(req, tagsOfChange(collection.slug, doc.id))
  return doc
}
const purgeOnDelete: NonNullable<CollectionHooks['afterDelete']>[number] = async ({ collection, id, req }) => {
  await notifyInvalidation(req, tagsOfChange(collection.slug, id))
}
const purgeGlobal: NonNullable<GlobalHooks['afterChange']>[number] = async ({ global, doc, req }) => {
  await notifyInvalidation(req, [`globals:${global.slug}`, 'graphql'])
  return doc
}

const LISTENER_KEY = Symbol.for('relief.delivery.listener')

/** One LISTEN connection per process, stopped with the database adapter. */
const startListener = (payload: Payload) => {
  const holder = globalThis as unknown as Record<symbol, InvalidationListener | undefined>
  if (holder[LISTENER_KEY]) return
  const connectionString = (payload.db as unknown as { poolOptions?: { connectionString?: string } }).poolOptions
    ?.connectionString
  if (!connectionString) return payload.logger.warn('delivery cache: no connection string, cache stays off')
  const listener = startInvalidationListener(connectionString, responseCache(), {
    warn: (message) => payload.logger.warn(message),
  })
  holder[LISTENER_KEY] = listener
  const destroy = payload.db.destroy?.bind(payload.db)
  payload.db.destroy = async () => {
    if (holder[LISTENER_KEY] === listener) holder[LISTENER_KEY] = undefined
    await listener.stop()
    await destroy?.()
  }
}

/**
 * The delivery fast path's server half: every live change writes a feed row and a purge
 * notification in its own transaction; media and global saves purge too; one LISTEN
 * connection per process applies the purges; `GET /api/changes` reads the feed.
 */
export const deliveryCachePlugin = (): Plugin => (incoming) => {
  const config = addLiveChangeHook(incoming, async ({ change, req }) => {
    await recordChange(req, change)
    // Which images are public follows live changes (src/media), without a media save: every
    // cached media answer goes with them.
    await notifyInvalidation(req, [...tagsOfChange(change.collection, change.id), MEDIA_TAG])
  })
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      isContent(collection.slug) || !collection.upload
        ? collection
        : {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), purgeOnChange],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), purgeOnDelete],
            },
          },
    ),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: {
        ...global.hooks,
        afterChange: [...(global.hooks?.afterChange ?? []), purgeGlobal],
      },
    })),
    endpoints: [...(config.endpoints ?? []), changesEndpoint],
    onInit: async (payload) => {
      // Uncached anonymous REST reads hand the delivery wrapper their keys and bytes, GraphQL
      // reads their result.
      wrapReadEndpoints(payload.config)
      recordGraphqlResults(payload)
      await config.onInit?.(payload)
      if (isDeliveryCacheEnabled()) startListener(payload)
    },
  }
}
