import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'

import { syncLiveMedia } from './liveMediaHook'

/** Rebuilds the media usage of every live document (the migration's backfill). */
export const reindexLiveMedia = async (payload: Payload, given?: Partial<PayloadRequest>) => {
  const req = given?.payload ? (given as PayloadRequest) : await createLocalReq({}, payload)
  for (const collection of CONTENT_COLLECTIONS) {
    let page = 1
    for (;;) {
      const { docs, hasNextPage } = await payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        depth: 0,
        limit: 200,
        page,
        sort: 'id',
        req,
        overrideAccess: true,
      })
      for (const doc of docs) await syncLiveMedia(req, collection, Number(doc.id))
      if (!hasNextPage) break
      page += 1
    }
  }
}
