import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

export type BucketHit = { key: string; windowSeconds: number }
export type BucketCount = { key: string; count: number; expiresAt: Date }

// Roughly one hit in this many also deletes expired buckets, so the table stays small
// without a scheduler, whichever instance takes the hit.
const CLEANUP_ONE_IN = 200

/**
 * The connection to count on: the request's own transaction when it has one (a second pooled
 * connection while holding the first is how nine requests can drain the pool), else the pool.
 */
const executorFor = async (payload: Payload, req?: PayloadRequest): Promise<Executor> => {
  const adapter = payload.db as unknown as { drizzle: Executor; sessions: Record<string, { db: Executor }> }
  const transactionID = req ? await req.transactionID : undefined
  return (transactionID && adapter.sessions[String(transactionID)]?.db) || adapter.drizzle
}

/**
 * Counts one hit in each bucket with ONE atomic upsert (fixed windows): a bucket whose window
 * has ended starts again at 1. Concurrent hits on one key serialise on its row, so every
 * instance sees the same count.
 */
export const hitBuckets = async (payload: Payload, hits: BucketHit[], req?: PayloadRequest): Promise<BucketCount[]> => {
  if (hits.length === 0) return []
  const db = await executorFor(payload, req)
  const values = sql.join(
    hits.map(({ key, windowSeconds }) => sql`(${key}, 1, now() + make_interval(secs => ${windowSeconds}))`),
    sql`, `,
  )
  const result = await db.execute(sql`
    INSERT INTO rate_limits AS r (key, count, expires_at) VALUES ${values}
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN r.expires_at <= now() THEN 1 ELSE r.count + 1 END,
      expires_at = CASE WHEN r.expires_at <= now() THEN EXCLUDED.expires_at ELSE r.expires_at END
    RETURNING key, count, expires_at
  `)
  if (Math.floor(Math.random() * CLEANUP_ONE_IN) === 0) await deleteExpiredBuckets(payload, req)
  return result.rows.map((row) => ({
    key: String(row.key),
    count: Number(row.count),
    expiresAt: new Date(row.expires_at as string),
  }))
}

/** Forgets buckets, e.g. an account's failed logins once its owner signs in or an admin unlocks it. */
export const resetBuckets = async (payload: Payload, keys: string[], req?: PayloadRequest) => {
  if (keys.length === 0) return
  const db = await executorFor(payload, req)
  await db.execute(sql`DELETE FROM rate_limits WHERE key IN (${sql.join(keys.map((key) => sql`${key}`), sql`, `)})`)
}

/**
 * Takes back one hit from each live bucket: a request that turned out not to be what the limit
 * is for (a successful sign-in) leaves the counts as they were before it.
 */
export const refundBuckets = async (payload: Payload, keys: string[], req?: PayloadRequest) => {
  if (keys.length === 0) return
  const db = await executorFor(payload, req)
  await db.execute(sql`
    UPDATE rate_limits SET count = count - 1
    WHERE key IN (${sql.join(keys.map((key) => sql`${key}`), sql`, `)}) AND count > 0 AND expires_at > now()
  `)
}

/** Removes every bucket with this prefix and suffix (e.g. every IP's bucket for one account). */
export const resetBucketsAround = async (payload: Payload, prefix: string, suffix: string, req?: PayloadRequest) => {
  const db = await executorFor(payload, req)
  await db.execute(
    sql`DELETE FROM rate_limits WHERE starts_with(key, ${prefix}) AND right(key, ${suffix.length}) = ${suffix}`,
  )
}

export const deleteExpiredBuckets = async (payload: Payload, req?: PayloadRequest) => {
  const db = await executorFor(payload, req)
  await db.execute(sql`DELETE FROM rate_limits WHERE expires_at < now()`)
}
