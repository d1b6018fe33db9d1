import type { MetadataRoute } from 'next'

import { serverUrl } from '@/lib/serverUrl'

export const dynamic = 'force-dynamic'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/next/', '/search', '/th/search'] }],
    sitemap: `${serverUrl()}/sitemap.xml`,
  }
}
