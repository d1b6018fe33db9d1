import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { findAllLocales } from '@/lib/findAllLocales'
import { sessionOf } from '@/workflow/liveRow'

import { documentText } from './documentText'
import { SEARCHABLE } from './searchable'

/** Removes a document from the index (unpublished, deleted, or never live). */
export const removeFromIndex = async (req: PayloadRequest, collection: string, id: number) => {
  const db = await sessionOf(req.payload, req)
  await db.execute(sql`DELETE FROM search_documents WHERE collection = ${collection} AND doc_id = ${id}`)
}

/**
 * Writes the index rows of one document from its LIVE row (never the latest draft), in every
 * locale, on the request's transaction: the index changes exactly when, and only if, the live
 * change commits.
 */
export const indexDocument = async (req: PayloadRequest, collection: string, id: number) => {
  const fields = SEARCHABLE[collection]
  if (!fields) return
  const live = await findAllLocales(req, collection as never, id, { isLive: true })
  if (!live || live._status !== 'published') {
    await removeFromIndex(req, collection, id)
    return
  }
  const localization = req.payload.config.localization
  const locales = localization ? localization.localeCodes : ['en']
  const defaultLocale = localization ? localization.defaultLocale : 'en'
  const db = await sessionOf(req.payload, req)
  const slug = typeof live.slug === 'string' ? live.slug : null
  const updatedAt = typeof live.updatedAt === 'string' ? live.updatedAt : new Date().toISOString()
  for (const locale of locales) {
    const text = documentText(live, fields, locale, defaultLocale)
    await db.execute(sql`
      INSERT INTO search_documents (collection, doc_id, locale, slug, title, excerpt, body, updated_at)
      VALUES (${collection}, ${id}, ${locale}, ${slug}, ${text.title}, ${text.excerpt}, ${text.body}, ${updatedAt}::timestamptz)
      ON CONFLICT (collection, doc_id, locale) DO UPDATE SET
        slug = EXCLUDED.slug, title = EXCLUDED.title, excerpt = EXCLUDED.excerpt, body = EXCLUDED.body,
        updated_at = EXCLUDED.updated_at`)
  }
  // A locale dropped from the config leaves no stale rows behind.
  await db.execute(sql`
    DELETE FROM search_documents WHERE collection = ${collection} AND doc_id = ${id}
      AND locale NOT IN (${sql.join(
        locales.map((code) => sql`${code}`),
        sql`, `,
      )})`)
}
