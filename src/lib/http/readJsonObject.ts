import type { PayloadRequest } from 'payload'

export type BodyProblem = 'not-json' | 'not-object'

/**
 * The request's body as a JSON object. `refuse` throws the endpoint's own 400 for a body that is
 * not valid JSON or not an object, so each endpoint names the field its callers must send.
 */
export const readJsonObject = async (
  req: PayloadRequest,
  refuse: (problem: BodyProblem) => never,
): Promise<Record<string, unknown>> => {
  let body: unknown
  try {
    body = req.json ? await req.json() : undefined
  } catch {
    refuse('not-json')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) refuse('not-object')
  return body as Record<string, unknown>
}
