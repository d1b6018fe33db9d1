import type { SanitizedConfig } from 'payload'

/** An anonymous GET that reads published content, and so may be cached by anyone. */
export type ContentRoute =
  | { kind: 'doc'; collection: string }
  | { kind: 'list'; collection: string }
  | { kind: 'count'; collection: string }
  | { kind: 'global'; global: string }
  | { kind: 'graphql' }

/** Second path segments Payload (or our config) uses for something other than a document id. */
const RESERVED = new Set(['versions', 'access', 'me', 'init', 'file', 'count', 'login', 'logout'])

const isCustomEndpoint = (endpoints: unknown, segment: string) =>
  Array.isArray(endpoints) &&
  endpoints.some((e: { path?: string; method?: string }) => e.path === `/${segment}`)

/** The decoded path segments after the API route, as Next hands them to `[...slug]` (throws on a malformed escape). */
export const apiPathSegments = (pathname: string, config: SanitizedConfig) =>
  pathname.slice(config.routes.api.length + 1).split('/').map(decodeURIComponent)

/**
 * Classifies a request path as a cacheable content read. Auth collections and everything that
 * is not plain content (versions, access, files, custom endpoints) are left out.
 */
export const contentRoute = ({ pathname }: URL, config: SanitizedConfig): ContentRoute | undefined => {
  const api = config.routes.api
  if (pathname === `${api}${config.routes.graphQL}`) return { kind: 'graphql' }
  if (!pathname.startsWith(`${api}/`)) return undefined
  const segments = apiPathSegments(pathname, config)

  if (segments[0] === 'globals') {
    const global = config.globals.find((g) => g.slug === segments[1])
    return global && segments.length === 2 ? { kind: 'global', global: global.slug } : undefined
  }
  const collection = config.collections.find((c) => c.slug === segments[0])
  if (!collection || collection.auth) return undefined
  if (segments.length === 1) return { kind: 'list', collection: collection.slug }
  if (segments.length !== 2 || !segments[1]) return undefined
  if (segments[1] === 'count') return { kind: 'count', collection: collection.slug }
  if (RESERVED.has(segments[1]) || isCustomEndpoint(collection.endpoints, segments[1])) return undefined
  return { kind: 'doc', collection: collection.slug }
}
