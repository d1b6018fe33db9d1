import type { Endpoint } from 'payload'

import { parseSearchParams } from './parseParams'
import { runSearch } from './runSearch'

/**
 * `GET /api/search?q=&locale=&collections=&limit=&page=`: live content only, ranked, with
 * highlighted snippets (docs/search.md). Anyone may search; the index holds nothing else.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const localization = req.payload.config.localization
    const params = parseSearchParams(req.searchParams ?? new URL(req.url ?? 'http://x').searchParams, {
      locales: localization ? localization.localeCodes : ['en'],
      defaultLocale: localization ? localization.defaultLocale : 'en',
    })
    const result = await runSearch(req.payload, params)
    return Response.json(result, {
      headers: {
        'Content-Language': params.locale,
        // Signed-in callers share the same results, but their responses must not sit in shared caches.
        'Cache-Control': req.user ? 'private, no-store' : 'public, max-age=0, must-revalidate',
      },
    })
  },
}
