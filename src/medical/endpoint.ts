import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { hasRole } from '@/access/hasRole'
import { readJsonObject } from '@/lib/http/readJsonObject'
import { STAFF_ROLES } from '@/lib/roles'
import { checkClaimsOffThread } from '@/workers/offload'

import type { ClaimFinding, ClaimLanguage } from './claims'
import { parseCitations } from './editorFindings/parseCitations'

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
  return readJsonObject(req, (problem) =>
    problem === 'not-json'
      ? fail('The request body is not valid JSON; send { "text": string }', 400, { field: 'text' })
      : fail('The request body must be a JSON object with a "text" string', 400, { field: 'text' }),
  )
}

/** Validates the body of `POST /api/medical-claims/check`; throws 400/413 APIErrors. */
export const parseClaimsCheckBody = (body: Record<string, unknown>, localeCodes: string[] = ['en', 'th']) => {
  const { text, hasReferences, locale } = body
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
  if (locale !== undefined && locale !== null) {
    const known = localeCodes.filter((code): code is ClaimLanguage => CLAIM_LANGUAGES.includes(code as ClaimLanguage))
    if (typeof locale !== 'string' || !known.includes(locale as ClaimLanguage)) {
      fail(`Body field "locale" must be one of ${known.map((code) => `"${code}"`).join(', ')}`, 400, {
        field: 'locale',
      })
    }
  }
  return { text, hasReferences: hasReferences === true, locale: (locale ?? undefined) as ClaimLanguage | undefined }
}

const CLAIM_LANGUAGES: readonly ClaimLanguage[] = ['en', 'th']

/**
 * `POST /api/medical-claims/check` `{ text, locale?, citations?, hasReferences? }` → `{ findings }`: the
 * risky-claims checker for staff (admin, editor, reviewer), e.g. to check wording before saving
 * it. Each finding says its kind, a confidence and what fired (`source`: a rule or the model).
 * `hasReferences` is still accepted but no longer silences anything: a claim is supported only by
 * a citation beside it (docs/claims.md); `citations` says where links sit in `text`, as the
 * editor sends them (docs/editor-findings.md).
 */
export const claimsCheckEndpoint: Endpoint = {
  path: '/medical-claims/check',
  method: 'post',
  handler: async (req) => {
    if (!req.user) fail('Sign in to use the claims checker', 401)
    if (!hasRole(req.user as { roles?: string[] | null }, ...STAFF_ROLES)) {
      fail('Only staff (admin, editor, reviewer) can use the claims checker', 403)
    }
    const localeCodes = req.payload.config.localization ? req.payload.config.localization.localeCodes : ['en']
    const body = await readJsonBody(req)
    const { text, locale } = parseClaimsCheckBody(body, localeCodes)
    const citations = parseCitations(body.citations, text.length)
    const findings: ClaimFinding[] = (await checkClaimsOffThread(text, { locale, citations })).map(
      ({ ruleId, severity, message, excerpt, start, end, suggestion, kind, confidence, source, locale: findingLocale }) => ({
        ruleId,
        severity,
        message,
        excerpt,
        start,
        end,
        suggestion,
        kind,
        confidence,
        source,
        locale: findingLocale,
      }),
    )
    return Response.json({ findings }, { status: 200, headers: { 'Cache-Control': 'private, no-store' } })
  },
}
