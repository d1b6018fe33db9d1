import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_PATCH,
  REST_POST,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type Options = {
  token?: string
  body?: unknown
  form?: FormData
  /** Sent as is, for bodies the JSON helper cannot produce (malformed JSON, other types). */
  raw?: { body: string; contentType: string }
  headers?: Record<string, string>
}

/**
 * Calls Payload's real Next.js route handlers in process, the same handlers `next start`
 * serves, with real Request and Response objects.
 */
export const createApi = (config: SanitizedConfig) => {
  const handlers = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  const graphqlHandler = GRAPHQL_POST(config)
  const base = 'http://localhost:3000'

  const headersFor = ({ token, form, raw, headers }: Options) => {
    const result = new Headers(headers)
    if (!form) result.set('Content-Type', raw?.contentType ?? 'application/json')
    if (token) result.set('Authorization', `JWT ${token}`)
    return result
  }

  const rest = async (method: Method, path: string, options: Options = {}) => {
    const url = new URL(`/api${path}`, base)
    const request = new Request(url, {
      method,
      headers: headersFor(options),
      body: options.form ?? options.raw?.body ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    })
    const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent)
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    let json: any
    try {
      json = text ? JSON.parse(text) : undefined
    } catch {
      json = undefined
    }
    return { status: response.status, headers: response.headers, json, text }
  }

  const graphql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const request = new Request(new URL('/api/graphql', base), {
      method: 'POST',
      headers: headersFor({ token }),
      body: JSON.stringify({ query, variables }),
    })
    const response = await graphqlHandler(request)
    return { status: response.status, json: (await response.json()) as any }
  }

  const login = async (email: string, password: string) => {
    const { status, json } = await rest('POST', '/users/login', { body: { email, password } })
    if (status !== 200) throw new Error(`login ${email} failed: ${status} ${JSON.stringify(json)}`)
    return json.token as string
  }

  return { rest, graphql, login }
}

export type Api = ReturnType<typeof createApi>
