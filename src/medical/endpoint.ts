import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { hasRole } from '@/access/hasRole'

import { checkClaimsOffThread } from '@/workers/offload'

import type { ClaimFinding } from './claims'
import { STAFF_ROLES } from '@/lib/roles'

/** The longest text one request may check (characters, as String.length counts them). */
export const MAX_CLAIMS_TEXT_LENGTH = 100_000

/**
 * A body larger than this cannot carry a text within the limit (JSON escapes a character as
 * at most 12 bytes), so it is refused before it is read.
 */
const MAX_BODY_BYTES = MAX_CLAIMS_TEXT_LENGTH * 12 + 1024

function fail(message: string, status: number, data?: Record<string, unknown>): never {
  const error = new APIError(message, status, data, true)
  // Named here: production builds minify class names, and Payload reports an error without a
  // name as "An unknown error occurred" instead of this message.
  error.name = 'ClaimsCheckError'
  throw error
}

const readJsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  const declared = Number(req.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    fail(`Body field "text" is longer than ${MAX_CLAIMS_TEXT_LENGTH} characters`, 413, { field: 'text' })
  }
  let body: unknown
  try {
    body = req.json ? await req.json() : undefined
  } catch {
    fail('The request body is not valid JSON; send { "text": string }', 400, { field: 'text' })
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    fail('The request body must be a JSON object with a "text" string', 400, { field: 'text' })
  }
  return body as Record<string, unknown>
}

/** Validates the body of `POST /api/medical-claims/check`; throws 400/413 APIErrors. */
export const parseClaimsCheckBody = (body: Record<string, unknown>) => {
  const { text, hasReferences } = body
  if (text === undefined || text === null) fail('Body field "text" is required', 400, { field: 'text' })
  if (typeof text !== 'string') fail('Body field "text" must be a string', 400, { field: 'text' })
  if (text.length > MAX_CLAIMS_TEXT_LENGTH) {
    fail(`Body field "text" is longer than ${MAX_CLAIMS_TEXT_LENGTH} characters`, 413, {
      field: 'text',
      maxLength: MAX_CLAIMS_TEXT_LENGTH,
    })
  }
  if (hasReferences !== undefined && hasReferences !== null && typeof hasReferences !== 'boolean') {
    fail('Body field "hasReferences" must be a boolean', 400, { field: 'hasReferences' })
  }
  return { text, hasReferences: hasReferences === true }
}

/**
 * `POST /api/medical-claims/check` `{ text, hasReferences? }` → `{ findings }`: the risky-claims
 * checker for staff (admin, editor, reviewer), e.g. to check wording before saving it.
 */
export const claimsCheckEndpoint: Endpoint = {
  path: '/medical-claims/check',
  method: 'post',
  handler: async (req) => {
    if (!req.user) fail('Sign in to use the claims checker', 401)
    if (!hasRole(req.user as { roles?: string[] | null }, ...STAFF_ROLES)) {
      fail('Only staff (admin, editor, reviewer) can use the claims checker', 403)
    }
    const { text, hasReferences } = parseClaimsCheckBody(await readJsonBody(req))
    const findings: ClaimFinding[] = (await checkClaimsOffThread(text, { hasReferences })).map(
      ({ ruleId, severity, message, excerpt, start, end, suggestion }) => ({
        ruleId,
        severity,
        message,
        excerpt,
        start,
        end,
        suggestion,
      }),
    )
    return Response.json({ findings }, { status: 200, headers: { 'Cache-Control': 'private, no-store' } })
  },
}
