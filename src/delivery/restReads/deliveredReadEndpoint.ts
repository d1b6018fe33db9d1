import { headersWithCors, type PayloadHandler, type PayloadRequest } from 'payload'

import type { ContentRoute } from '../contentRoute'
import { collectRestKeys } from '../restSurrogateKeys'
import { restReadSlot } from './slots'

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
 * (for the ETag) and the Surrogate-Key set, walked on the result object that was serialised.
 */
export const deliveredReadEndpoint = (original: PayloadHandler, kind: ContentRoute['kind'], read: Read): PayloadHandler => {
  const handler: PayloadHandler = async (req) => {
    const slot = restReadSlot(req)
    if (!slot || slot.keys || slot.keysFailed || !isRouteOf(slot.route, kind, req)) return original(req)
    const result = await read(req)
    try {
      slot.keys = collectRestKeys(req.payload.config, slot.route, result)
    } catch {
      slot.keysFailed = true
    }
    return Response.json(result, { headers: headersWithCors({ headers: new Headers(), req }), status: 200 })
  }
  return Object.assign(handler, { [DELIVERED]: true })
}
