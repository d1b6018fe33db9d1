import type { Payload } from 'payload'

import { readSlot } from './restReads/slots'

type Extensions = Payload['extensions']
const RECORDS = Symbol.for('relief.delivery.graphqlResults')

/**
 * Payload's GraphQL handler passes every executed operation's result through `payload.extensions`
 * (when set) before graphql-http serialises it. For a read the delivery wrapper tracks
 * (src/delivery/withDelivery.ts), the result is kept in the read's slot: the wrapper walks its
 * Surrogate-Keys on it instead of parsing the body back. The result is handed on unchanged, and any
 * earlier `extensions` still runs first.
 */
export const recordGraphqlResults = (payload: Payload) => {
  const previous = payload.extensions as Extensions | undefined
  if (previous && RECORDS in previous) return
  const extensions: Extensions = async (args) => {
    const result = typeof previous === 'function' ? await previous(args) : args.result
    const slot = readSlot((args.args as { contextValue?: { req?: unknown } } | undefined)?.contextValue?.req)
    if (slot?.route.kind === 'graphql') {
      if (slot.graphqlResult) slot.hasManyGraphqlResults = true
      slot.graphqlResult = result
    }
    return result
  }
  payload.extensions = Object.assign(extensions, { [RECORDS]: true })
}
