import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { withDelivery } from '@/delivery/withDelivery'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
const BASE = 'http://localhost:3000'

/** `Authorization` for a machine key, as a frontend sends it. */
export const keyHeader = (key: string) => `machine-keys API-Key ${key}`

/**
 * Payload's route handlers wrapped as the route files wrap them (src/app/(payload)/api), so a
 * request goes through the same checks as under `next start`.
 */
export const createKeyClient = (config: SanitizedConfig) => {
  const handlers = {
    GET: withDelivery(REST_GET(config), config),
    POST: withDelivery(REST_POST(config), config),
    PATCH: withDelivery(REST_PATCH(config), config),
    DELETE: withDelivery(REST_DELETE(config), config),
  }
  const graphqlHandler = withDelivery(GRAPHQL_POST(config), config)
  const parse = async (response: Response) => {
    const text = await response.text()
    let json: any
    try {
      json = text ? JSON.parse(text) : undefined
    } catch {
      json = undefined
    }
    return { status: response.status, headers: response.headers, json }
  }

  const rest = async (method: Method, path: string, authorization?: string, body?: unknown) => {
    const url = new URL(`/api${path}`, BASE)
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (authorization) headers.set('Authorization', authorization)
    const request = new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
    return parse(await handlers[method](request, { params: Promise.resolve({ slug }) }))
  }

  const graphql = async (query: string, variables: Record<string, unknown> = {}, authorization?: string) => {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (authorization) headers.set('Authorization', authorization)
    const request = new Request(new URL('/api/graphql', BASE), { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
    return parse(await graphqlHandler(request))
  }

  return { rest, graphql }
}
