type Handler = (request: Request, context?: unknown) => Promise<Response>

const clientStatus = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

/**
 * Payload's GraphQL handler parses the body before its own error handling starts, so a body
 * that is not JSON escapes as a 500 with an empty page. A client error thrown there becomes
 * a GraphQL-shaped JSON answer with its own 4xx status.
 */
export const withJsonErrors =
  (handler: Handler): Handler =>
  async (request, context) => {
    try {
      return await handler(request, context)
    } catch (error) {
      const status = clientStatus(error)
      if (status === undefined) throw error
      const message = error instanceof Error && error.message === 'Invalid JSON'
        ? 'The request body is not valid JSON: send {"query": "…", "variables": {…}} with Content-Type: application/json.'
        : (error as Error).message
      return Response.json({ errors: [{ message, extensions: { statusCode: status } }] }, { status })
    }
  }
