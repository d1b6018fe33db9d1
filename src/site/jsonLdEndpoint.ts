import type { Endpoint, PayloadRequest } from 'payload'

import { isSiteLocale } from '@/richtext/paths'

import { jsonLdFor } from './jsonLdFor'

const errorResponse = (status: number, name: string, message: string) =>
  Response.json({ errors: [{ name, message }] }, { status })

/**
 * `GET /api/{articles|techniques}/{id}/json-ld?locale=en|th`: the live document's schema.org
 * `MedicalWebPage`, for frontends that do not build it themselves. Always read as an anonymous
 * visitor (no `req`, so no user): even staff get the live version, never a draft.
 */
export const jsonLdEndpoint = (collection: 'articles' | 'techniques'): Endpoint => ({
  path: '/:id/json-ld',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const raw = String(req.routeParams?.id ?? '')
    if (!/^\d{1,15}$/.test(raw)) return errorResponse(404, 'NotFound', `No ${collection} document with id ${raw}`)
    const locale = (req.query?.locale as string | undefined) ?? 'en'
    if (!isSiteLocale(locale)) {
      return errorResponse(400, 'UnknownLocale', `locale: "${locale}" is not one of en, th`)
    }
    const { docs } = await req.payload.find({
      collection,
      where: { id: { equals: Number(raw) } },
      draft: false,
      overrideAccess: false,
      depth: 1,
      limit: 1,
      locale,
    })
    const doc = docs[0]
    if (!doc || doc._status !== 'published') {
      return errorResponse(404, 'NotFound', `No published ${collection} document with id ${raw}`)
    }
    return new Response(JSON.stringify(jsonLdFor(collection, doc as never, locale)), {
      headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
    })
  },
})
