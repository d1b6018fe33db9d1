import { headersWithCors, type PayloadHandler, type PayloadRequest } from 'payload'

import type { ContentRoute } from '../contentRoute'
import { collectRestKeys } from '../restSurrogateKeys'
import { readSlot } from './slots'

type Read = (req: PayloadRequest) => Promise<unknown>

const DELIVERED = Symbol.for('relief.delivery.deliveredRead')

export const isDeliveredRead = (handler: PayloadHandler) => DELIVERED in handler

/** Whether a tracked route is the read this endpoint serves (else it is left to Payload). */
const isRouteOf = (route: ContentRoute, kind: ContentRoute['kind'], req: PayloadRequest) => {
  if (route.kind !== kind) return false
  if (route.kind === 'global') return route.global === req.routeParams?.global
  return 'collection' in route && route.collection === req.routeParams?.collection
}

/**
 * Payload's REST read endpoint for everyone, except an anonymous content read the delivery
 * wrapper tracks (src/delivery/withDelivery.ts): that one runs the same operation and answers the
 * same bytes, and leaves the wrapper what it would otherwise read the body back for: the bytes
 * (for the ETag) and the Surrogate-Key set, walked on the result object that was serialised. The
 * wrapper then sends Payload's own Response, its stream unread.
 */
export const deliveredReadEndpoint = (original: PayloadHandler, kind: ContentRoute['kind'], read: Read): PayloadHandler => {
  const handler: PayloadHandler = async (req) => {
    const slot = readSlot(req)
    if (!slot || slot.bytes || !isRouteOf(slot.route, kind, req)) return original(req)
    const result = await read(req)
    // Response.json's serialisation (JSON text, UTF-8), done here so its bytes are known.
    const text = JSON.stringify(result)
    const bytes = new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>
    try {
      slot.keys = collectRestKeys(req.payload.config, slot.route, result, text)
    } catch {
      slot.keysFailed = true
    }
    const response = new Response(bytes, {
      headers: headersWithCors({ headers: new Headers({ 'Content-Type': 'application/json' }), req }),
      status: 200,
    })
    // Payload's route answers a new Response round this very stream (handleEndpoints).
    slot.bytes = bytes
    slot.stream = response.body
    return response
  }
  return Object.assign(handler, { [DELIVERED]: true })
}
