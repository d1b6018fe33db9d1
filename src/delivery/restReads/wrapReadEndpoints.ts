import type { Endpoint, SanitizedConfig } from 'payload'

import type { ContentRoute } from '../contentRoute'
import { deliveredReadEndpoint, isDeliveredRead } from './deliveredReadEndpoint'
import { findByIDRead, findOneRead, findRead } from './readOperations'

type Read = Parameters<typeof deliveredReadEndpoint>[2]

/**
 * Payload's built-in endpoints are appended last when the config is sanitised, so the last
 * `get <path>` of a list is Payload's own read (any earlier one is custom and wins anyway).
 * Replaced in place, the matching order of every endpoint stays as it was.
 */
const replaceLast = (endpoints: Endpoint[] | false | undefined, path: string, kind: ContentRoute['kind'], read: Read) => {
  if (!endpoints) return
  let at = endpoints.length - 1
  while (at >= 0 && !(endpoints[at]!.method === 'get' && endpoints[at]!.path === path)) at -= 1
  if (at === -1) return
  const endpoint = endpoints[at]!
  if (isDeliveredRead(endpoint.handler)) return
  endpoints[at] = { ...endpoint, handler: deliveredReadEndpoint(endpoint.handler, kind, read) }
}

/**
 * Wraps Payload's REST read endpoints (list, by id, global) of the sanitised config so a read the
 * delivery wrapper tracks hands it its Surrogate-Keys without the body being parsed again. Every
 * other request runs Payload's handler itself. Auth collections are never delivery content.
 */
export const wrapReadEndpoints = (config: SanitizedConfig) => {
  for (const collection of config.collections) {
    if (collection.auth) continue
    replaceLast(collection.endpoints, '/', 'list', findRead)
    replaceLast(collection.endpoints, '/:id', 'doc', findByIDRead)
  }
  for (const global of config.globals) replaceLast(global.endpoints, '/', 'global', findOneRead)
}
