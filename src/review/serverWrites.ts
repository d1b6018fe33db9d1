import type { PayloadRequest } from 'payload'

/**
 * Requests on which this module itself writes comment links (the transition's event). Keyed by
 * the request object, so a client cannot forge one with a body field or a context key.
 */
const serverWrites = new WeakSet<object>()

export const markServerWrite = (req: PayloadRequest) => serverWrites.add(req)
export const unmarkServerWrite = (req: PayloadRequest) => serverWrites.delete(req)
export const isServerWrite = (req: PayloadRequest) => serverWrites.has(req)
