import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { indexDocument } from './indexDocument'
import { SEARCHABLE_COLLECTIONS } from './searchable'

/**
 * Rebuilds the index rows of every live document (the migration's backfill, and
 * `npm run search:reindex` after a restore from an older backup). Documents that are not
 * live are not touched here; the live-change hook removes them when they go.
 */
export const reindexAll = async (payload: Payload, given?: Partial<PayloadRequest>): Promise<number> => {
  const req = given?.payload ? (given as PayloadRequest) : await createLocalReq({}, payload)
  let count = 0
  for (const collection of SEARCHABLE_COLLECTIONS) {
    let page = 1
    for (;;) {
      const { docs, hasNextPage } = await payload.find({
        collection: collection as never,
        where: { _status: { equals: 'published' } },
        select: { id: true } as never,
        depth: 0,
        limit: 500,
        page,
        sort: 'id',
        req,
        overrideAccess: true,
      })
      for (const doc of docs as { id: number }[]) await indexDocument(req, collection, Number(doc.id))
      count += docs.length
      if (!hasNextPage) break
      page += 1
    }
  }
  return count
}
