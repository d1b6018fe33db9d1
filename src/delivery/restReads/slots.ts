import type { ContentRoute } from '../contentRoute'

/**
 * What a tracked anonymous read handed the delivery wrapper, so it need not read the body back:
 * a REST read endpoint (src/delivery/restReads) its bytes and keys, Payload's GraphQL handler
 * the result it serialised (graphqlResults.ts).
 */
export type ReadSlot = {
  route: ContentRoute
  /** The Surrogate-Key set of the body, walked on the very result Payload serialised. */
  keys?: Set<string>
  /** Set when the walk threw: the wrapper must not let a CDN keep the answer. */
  keysFailed?: boolean
  /** The body bytes the endpoint answered with (its Response's stream is still unread). */
  bytes?: Uint8Array<ArrayBuffer>
  /** The body stream of the endpoint's Response, to know the route's answer still carries it. */
  stream?: ReadableStream<Uint8Array> | null
  /** A GraphQL read: the execution result graphql-http serialised into the body. */
  graphqlResult?: { data?: unknown; errors?: readonly unknown[] | null }
  /** Set when more than one operation reported a result: the body is then not known to be one of them. */
  hasManyGraphqlResults?: boolean
}

const SLOT = Symbol.for('relief.delivery.readSlot')

/**
 * Called by the wrapper before Payload's handler runs: this read's endpoint or GraphQL operation
 * fills the slot. Payload's createPayloadRequest assigns onto the Request it is given, so the
 * PayloadRequest the endpoint sees is the Request the wrapper holds; GraphQL resolvers hand on
 * proxies of it (isolateObjectProperty), which read other properties from it. So the slot is a
 * property of the request (a registered symbol: Next may load the route handler and the config in
 * separate module instances), not an entry of a map keyed by the object.
 */
export const trackRead = (request: Request, route: ContentRoute): ReadSlot => {
  const slot: ReadSlot = { route }
  Object.defineProperty(request, SLOT, { value: slot, configurable: true })
  return slot
}

/** The slot of a tracked read, for the read endpoints and the GraphQL result hook. */
export const readSlot = (req: unknown): ReadSlot | undefined =>
  typeof req === 'object' && req !== null ? (req as { [SLOT]?: ReadSlot })[SLOT] : undefined
