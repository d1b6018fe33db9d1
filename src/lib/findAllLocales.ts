import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * A document with every locale, read inside the caller's transaction: the latest version by
 * default, the live (main) row with `{ isLive: true }`.
 * The Local API writes the requested locale onto the shared `req`, which would switch the
 * caller's own operation to 'all'; the caller's locale is put back afterwards.
 */
export const findAllLocales = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  { isLive = false }: { isLive?: boolean } = {},
) => {
  const { locale, fallbackLocale } = req
  try {
    return (await req.payload.findByID({
      collection,
      id,
      draft: !isLive,
      locale: 'all',
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })) as Record<string, any> | null
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
