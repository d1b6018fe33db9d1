import type { PayloadRequest } from 'payload'

import { WorkflowError } from '@/workflow/errors'

/** The JSON object a review endpoint takes (400 when it is anything else). */
export const readBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  let body: unknown
  try {
    body = req.json ? await req.json() : undefined
  } catch {
    throw new WorkflowError('The request body is not valid JSON', 400)
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new WorkflowError('The request body must be a JSON object', 400)
  }
  return body as Record<string, unknown>
}
