import { GRAPHQL_POST, REST_GET, REST_OPTIONS, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { withDelivery } from '@/delivery/withDelivery'

const BASE = 'http://localhost:3000'

/**
 * Payload's real route handlers wrapped exactly as the route files wrap them, called with real
 * Request objects; answers the raw Response so headers and 304s can be checked.
 */
export const createDeliveryClient = (config: SanitizedConfig) => {
  const rest = {
    GET: withDelivery(REST_GET(config), config),
    POST: withDelivery(REST_POST(config), config),
    OPTIONS: withDelivery(REST_OPTIONS(config), config),
  }
  const graphqlHandler = withDelivery(GRAPHQL_POST(config), config)

  const request = (method: keyof typeof rest, path: string, headers: Record<string, string> = {}) => {
    const url = new URL(`/api${path}`, BASE)
    const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
    return rest[method](new Request(url, { method, headers }), { params: Promise.resolve({ slug }) })
  }

  const graphqlGet = (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const url = new URL('/api/graphql', BASE)
    url.searchParams.set('query', query)
    if (variables) url.searchParams.set('variables', JSON.stringify(variables))
    return graphqlHandler(new Request(url, { method: 'GET', headers }))
  }

  return { request, graphqlGet }
}
