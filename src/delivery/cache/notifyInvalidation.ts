import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { sessionOf } from '@/workflow/liveRow'

import { encodeTags, INVALIDATION_CHANNEL } from './channel'
import { responseCache } from './responseCache'

/**
 * Queues a purge on the request's transaction: PostgreSQL delivers it to every listening
 * instance (this one included) at commit, and drops it on rollback. This instance also purges
 * at once, so the request that published reads its own change right after commit; the
 * notification then purges anything a concurrent read stored meanwhile.
 */
export const notifyInvalidation = async (req: PayloadRequest, tags: string[]) => {
  responseCache().invalidate(tags)
  const db = await sessionOf(req.payload, req)
  await db.execute(sql`SELECT pg_notify(${INVALIDATION_CHANNEL}, ${encodeTags(tags)})`)
}
