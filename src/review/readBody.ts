import type { PayloadRequest } from 'payload'

import { readJsonObject } from '@/lib/http/readJsonObject'
import { WorkflowError } from '@/workflow/errors'

/** The JSON object a review endpoint takes (400 when it is anything else). */
export const readBody = (req: PayloadRequest) =>
  readJsonObject(req, (problem) => {
    throw new WorkflowError(
      problem === 'not-json' ? 'The request body is not valid JSON' : 'The request body must be a JSON object',
      400,
    )
  })
