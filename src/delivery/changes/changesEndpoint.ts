import { sql } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'

import { NO_STORE } from '../cachePolicy'

import { parseFeedQuery } from './parseFeedQuery'

type Row = {
  id: string
  collection: string
  document_id: number
  slug: string | null
  event: string
  at: Date | string
}
type Executor = { execute: (query: unknown) => Promise<{ rows: Row[] }> }

/**
 * `GET /api/changes?since=<cursor>&limit=`: live changes in commit order, tombstones included.
 * Anyone may read it: a row only says that a public document was published, reaffirmed,
 * unpublished or deleted (collection, id, slug, time), never anything of a draft.
 */
export const changesEndpoint: Endpoint = {
  path: '/changes',
  method: 'get',
  handler: async (req) => {
    const parsed = parseFeedQuery(new URL(req.url ?? '', 'http://localhost').searchParams)
    if ('param' in parsed) {
      return Response.json(
        {
          errors: [
            {
              name: 'ValidationError',
              message: parsed.message,
              data: {
                errors: [{ path: parsed.param, message: parsed.message }],
              },
            },
          ],
        },
        { status: 400, headers: { 'Cache-Control': NO_STORE } },
      )
    }
    const db = (req.payload.db as unknown as { drizzle: Executor }).drizzle
    // Ordered by the bigint column, not the text alias: as text, cursor 10 sorts before 8.
    const { rows } = await db.execute(sql`
      SELECT id::text AS id, collection, document_id, slug, event, at FROM live_changes
      WHERE live_changes.id > ${parsed.since.toString()}::bigint ORDER BY live_changes.id LIMIT ${parsed.limit + 1}`)
    const page = rows.slice(0, parsed.limit)
    const changes = page.map((row) => ({
      cursor: row.id,
      event: row.event,
      collection: row.collection,
      id: row.document_id,
      slug: row.slug,
      at: new Date(row.at).toISOString(),
    }))
    return Response.json(
      {
        changes,
        // Poll again with it: when there was nothing new it is the cursor you sent.
        nextCursor: page.length ? page[page.length - 1].id : parsed.since.toString(),
        hasMore: rows.length > parsed.limit,
      },
      { headers: { 'Cache-Control': NO_STORE } },
    )
  },
}
