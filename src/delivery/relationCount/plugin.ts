import type { BaseDatabaseAdapter, CountArgs, FindArgs, PaginatedDocs, PayloadRequest, Plugin, Where } from 'payload'

import { countRelationMatches } from './countRelationMatches'
import { matchRelationFilter } from './matchRelationFilter'
import { paginate } from './paginate'
import { mainTableOf, type RelationalAdapter, relationColumnOf } from './tablesOf'

type Executor = Parameters<typeof countRelationMatches>[0]
type Adapter = BaseDatabaseAdapter & RelationalAdapter & { drizzle: Executor; sessions: Record<string, { db: Executor }> }

/** The database session of the request's transaction (or the pool outside one), as Payload's. */
const sessionOf = async (adapter: Adapter, req: Partial<PayloadRequest> | undefined): Promise<Executor> => {
  const transactionID = await req?.transactionID
  return (transactionID && adapter.sessions[String(transactionID)]?.db) || adapter.drizzle
}

/** A count of the relations table for this read, or null when Payload must count it itself. */
const relationCountOf = (adapter: Adapter, collection: CountArgs['collection'], where: Where | undefined, req: CountArgs['req']) => {
  const fields = adapter.payload.collections[collection]?.config.flattenedFields ?? []
  const table = mainTableOf(adapter, collection)
  const filter = table && matchRelationFilter(fields, where, table.hasStatus)
  const idColumn = filter && relationColumnOf(adapter, table.main, filter.relationTo)
  if (!table || !filter || !idColumn) return null
  return async () => countRelationMatches(await sessionOf(adapter, req), { main: table.main, idColumn }, filter)
}

/**
 * A list filtered by a has-many relationship (`GET /api/articles?where[techniques][in]=3`,
 * the same through GraphQL and the Local API) gets its `totalDocs` from the relations table
 * (./countRelationMatches.ts) instead of Payload's count, which grew with the whole collection
 * (docs/relation-filter-count.md). The page itself is Payload's own query, asked without
 * pagination; the page fields are then derived from the exact count the way Payload derives
 * them, so the answer is identical. `count` with the same filter is answered the same way.
 * Other queries go to Payload unchanged.
 */
export const relationCountPlugin =
  (): Plugin =>
  (config) => {
    const db = config.db
    return {
      ...config,
      db: {
        ...db,
        init: (args) => {
          const adapter = db.init(args) as Adapter
          const find = adapter.find
          const count = adapter.count
          const callFind = <T>(self: Adapter, findArgs: FindArgs) => find.call(self, findArgs) as Promise<PaginatedDocs<T>>

          adapter.find = async function findWithRelationCount<T>(this: Adapter, findArgs: FindArgs): Promise<PaginatedDocs<T>> {
            const { collection, limit, page = 1, pagination, req, where } = findArgs
            const countMatches = pagination !== false && limit && limit > 0 ? relationCountOf(this, collection, where, req) : null
            if (!countMatches || !limit) return callFind<T>(this, findArgs)
            // Side by side, as Payload runs its own count beside the page's documents.
            const [result, totalDocs] = await Promise.all([callFind<T>(this, { ...findArgs, pagination: false }), countMatches()])
            // No documents on this page: Payload answers the same with or without its count.
            if (result.docs.length === 0) return result
            return paginate(result, totalDocs, limit, page)
          }

          adapter.count = async function countWithRelationCount(this: Adapter, countArgs: CountArgs) {
            const countMatches = relationCountOf(this, countArgs.collection, countArgs.where, countArgs.req)
            return countMatches ? { totalDocs: await countMatches() } : count.call(this, countArgs)
          }
          return adapter
        },
      },
    }
  }
