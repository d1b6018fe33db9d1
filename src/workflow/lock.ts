import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Row lock on the document for the rest of the transaction: concurrent transitions on one
 * document queue up in PostgreSQL, so every instance agrees on who came first.
 * Returns false when the document does not exist.
 */
export const lockDocument = async (payload: Payload, req: PayloadRequest, collection: string, id: number) => {
  const adapter = payload.db as unknown as {
    drizzle: { execute: (query: unknown) => Promise<{ rows: unknown[] }> }
    sessions: Record<string, { db: { execute: (query: unknown) => Promise<{ rows: unknown[] }> } }>
  }
  const transactionID = await req.transactionID
  const db = (transactionID && adapter.sessions[String(transactionID)]?.db) || adapter.drizzle
  const table = collection.replace(/-/g, '_')
  const result = await db.execute(sql`SELECT id FROM ${sql.identifier(table)} WHERE id = ${id} FOR UPDATE`)
  return result.rows.length > 0
}
