import type { SanitizedConfig } from 'payload'

import { apiPathSegments, contentRoute } from './contentRoute'

type RouteContext = { params: Promise<Record<string, string[]>> }
type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>
type RouteName = 'rest' | 'graphql'

/**
 * On globalThis because the early answer in front of Next (cache/fastPath.ts, loaded by
 * instrumentation) and the route files are separate bundles, each with its own module copies.
 */
const REGISTRY = Symbol.for('relief.delivery.directReads')
type Registered = { handler: RouteHandler; config: SanitizedConfig }
const registry = () => {
  const holder = globalThis as unknown as Record<symbol, Partial<Record<RouteName, Registered>> | undefined>
  return (holder[REGISTRY] ??= {})
}

/**
 * A route file hands over its GET handler, so an anonymous content read can run it without
 * Next's routing (the first read of each route still comes through Next, which loads the file).
 * The stock-route benchmark mode keeps every request on Next, as stock Payload has it.
 */
export const registerDirectRead = <Context extends RouteContext>(
  name: RouteName,
  handler: (request: Request, context: Context) => Promise<Response>,
  config: Promise<SanitizedConfig> | SanitizedConfig,
) => {
  if (process.env.DELIVERY_STOCK_ROUTES === '1') return
  void Promise.resolve(config).then((resolved) => {
    // directReadFor builds the params Next would give this route, so the context fits.
    registry()[name] = { handler: handler as unknown as RouteHandler, config: resolved }
  })
}

export type DirectRead = { handler: RouteHandler; context: RouteContext }

/**
 * The handler, and the route params Next would give it, for a path that is a content read
 * (contentRoute.ts: the reads the delivery cache serves); anything else stays with Next.
 */
export const directReadFor = (url: URL): DirectRead | undefined => {
  const { rest, graphql } = registry()
  const config = rest?.config ?? graphql?.config
  if (!config) return undefined
  let route: ReturnType<typeof contentRoute>
  try {
    route = contentRoute(url, config)
  } catch {
    // A malformed escape in the path: Next answers it as it always has.
    return undefined
  }
  if (!route) return undefined
  if (route.kind === 'graphql') return graphql && { handler: graphql.handler, context: { params: Promise.resolve({}) } }
  if (!rest) return undefined
  return { handler: rest.handler, context: { params: Promise.resolve({ slug: apiPathSegments(url.pathname, config) }) } }
}
