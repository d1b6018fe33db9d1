import type { CollectionSlug, PayloadRequest } from 'payload'

import { keepingLocale } from './locales'

/**
 * A document with every locale, read inside the caller's transaction: the latest version by
 * default, the live (main) row with `{ isLive: true }`.
 */
export const findAllLocales = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  { isLive = false }: { isLive?: boolean } = {},
) =>
  keepingLocale(
    req,
    async () =>
      (await req.payload.findByID({
        collection,
        id,
        draft: !isLive,
        locale: 'all',
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
      })) as Record<string, any> | null,
  )
