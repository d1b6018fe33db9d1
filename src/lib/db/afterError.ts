import type { AfterErrorHook } from 'payload'

import { isDatabaseUnavailable } from './isDatabaseUnavailable'
import { retryAfterHeader, UNAVAILABLE_MESSAGE } from './unavailableResponse'

/**
 * A request that could not get a connection in time, or whose database went away, is told to
 * retry (503 + Retry-After) instead of getting a 500 that looks like a bug. GraphQL keeps its
 * own status code, so there the error itself says 503.
 */
export const answerUnavailableDatabase: AfterErrorHook = ({ error, graphqlResult, req }) => {
  if (!isDatabaseUnavailable(error)) return
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', retryAfterHeader())
  req.responseHeaders.set('Cache-Control', 'no-store')
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: UNAVAILABLE_MESSAGE,
        extensions: { ...graphqlResult.extensions, name: 'DatabaseUnavailable', statusCode: 503 },
      },
    }
  }
  return { status: 503, response: { errors: [{ message: UNAVAILABLE_MESSAGE }] } }
}
