import type { ContentRoute } from '../contentRoute'

/** What the read endpoints learned about one tracked anonymous REST read. */
export type RestReadSlot = {
  route: ContentRoute
  /** The Surrogate-Key set of the body, walked on the very result Payload serialised. */
  keys?: Set<string>
  /** Set when the walk threw: the wrapper must not let a CDN keep the answer. */
  keysFailed?: boolean
  /** The body bytes the endpoint answered with (its Response's stream is still unread). */
  bytes?: Uint8Array<ArrayBuffer>
  /** The body stream of the endpoint's Response, to know the route's answer still carries it. */
  stream?: ReadableStream<Uint8Array> | null
}

const SLOTS_KEY = Symbol.for('relief.delivery.restReadSlots')

/**
 * Slots by request, one map per process: Next may load the route handler and the config in
 * separate module instances. Payload's createPayloadRequest assigns onto the Request it is given,
 * so the PayloadRequest the endpoint sees is the Request object the delivery wrapper holds.
 */
const slots = (): WeakMap<object, RestReadSlot> => {
  const holder = globalThis as unknown as Record<symbol, WeakMap<object, RestReadSlot> | undefined>
  holder[SLOTS_KEY] ??= new WeakMap()
  return holder[SLOTS_KEY]
}

/** Called by the wrapper before Payload's handler runs: this read's endpoint fills the slot. */
export const trackRestRead = (request: Request, route: ContentRoute): RestReadSlot => {
  const slot: RestReadSlot = { route }
  slots().set(request, slot)
  return slot
}

/** The slot of a tracked read, for the read endpoints. */
export const restReadSlot = (req: object): RestReadSlot | undefined => slots().get(req)
