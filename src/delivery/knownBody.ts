const KNOWN_KEY = Symbol.for('relief.delivery.knownBodies')

/** Responses built round bytes in our own handlers, by Response (one map per process, as Next may load this twice). */
const knownBodies = (): WeakMap<Response, Uint8Array<ArrayBuffer>> => {
  const holder = globalThis as unknown as Record<symbol, WeakMap<Response, Uint8Array<ArrayBuffer>> | undefined>
  holder[KNOWN_KEY] ??= new WeakMap()
  return holder[KNOWN_KEY]
}

/**
 * A Response round bytes a handler already read, remembered with them: the delivery wrapper
 * further out needs the same bytes (ETag, Surrogate-Key) and, knowing them, neither drains the
 * body nor builds another Response. The bytes must not change afterwards.
 */
export const responseWithKnownBody = (bytes: Uint8Array<ArrayBuffer>, init: ResponseInit) => {
  const response = new Response(bytes, init)
  knownBodies().set(response, bytes)
  return response
}

/** The bytes of a Response built by responseWithKnownBody whose body nobody has read yet. */
export const knownBody = (response: Response): Uint8Array<ArrayBuffer> | undefined =>
  response.bodyUsed ? undefined : knownBodies().get(response)
