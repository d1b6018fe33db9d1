import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '@/lib/idOf'
import { isBlank } from '@/lib/isBlank'
import { defaultLocaleOf } from '@/lib/locales'
import { inlineDisclaimerIds } from '@/richtext/disclaimers'

import { doesGuardApply, type GuardName, REQUIRED_FOR_REVIEW } from './transitions'

export type GuardContext = {
  payload: Payload
  req: PayloadRequest
  collection: string
  doc: Record<string, any>
  /** The document with every locale, for hashing. */
  contentHash: string
  user: { id: number | string; roles?: string[] | null; therapist?: unknown }
  comment?: string
  acknowledgeFindings?: boolean
}

/**
 * `duty` failures are separation-of-duties refusals (403); `guard` failures are 422. `fields`
 * names what to fix (a document field, or `comment` / `acknowledgeFindings` of the request), so
 * the admin panel can point at it.
 */
export type GuardFailure = { guard: GuardName; kind: 'duty' | 'guard'; message: string; fields?: string[] }

type Problem = string | { message: string; fields: string[] }
type Guard = (ctx: GuardContext) => Promise<Problem | null> | Problem | null

/** The field a guard's failure points at when the guard itself does not name one. */
const GUARD_FIELDS: Partial<Record<GuardName, string[]>> = {
  medicalDisclaimerAttached: ['disclaimers'],
  precautionsPresent: ['precautions'],
  commentGiven: ['comment'],
  blockingFindingsAcknowledged: ['acknowledgeFindings', 'comment'],
}

/** The guard reads documents with every locale; required wording is judged in the default one. */
const inDefaultLocale = (value: unknown, defaultLocale: string) =>
  value && typeof value === 'object' && !Array.isArray(value) && !('root' in value) && defaultLocale in value
    ? (value as Record<string, unknown>)[defaultLocale]
    : value

const credentialProblem = async ({ payload, req, user }: GuardContext): Promise<string | null> => {
  const therapistId = idOf(user.therapist)
  if (!therapistId) return 'Your account is not linked to a therapist profile, so you cannot sign a medical review'
  // The published profile is what readers see in the byline; an unreviewed draft of it (which
  // its owner could edit) only counts while the profile has never been published.
  const read = (draft: boolean) =>
    payload
      .findByID({ collection: 'therapists', id: therapistId as number, depth: 0, draft, req, overrideAccess: true })
      .catch(() => null)
  const live = await read(false)
  const therapist = live?._status === 'published' ? live : await read(true)
  if (!therapist) return 'Your linked therapist profile no longer exists'
  if (!therapist.isMedicalReviewer) return `${therapist.name} is not marked as a medical reviewer`
  const now = Date.now()
  const credentials = therapist.credentials ?? []
  if (credentials.length === 0) return `${therapist.name} has no credential on file`
  const isValid = credentials.some((c) => c.expiresOn && new Date(c.expiresOn).getTime() > now)
  if (isValid) return null
  const lastExpiry = credentials
    .map((c) => c.expiresOn)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1)
  return lastExpiry
    ? `${therapist.name}'s credential lapsed on ${lastExpiry.slice(0, 10)}`
    : `${therapist.name}'s credentials have no expiry date, so their validity cannot be confirmed`
}

const MISSING_MEDICAL_DISCLAIMER =
  'Disclaimers: attach at least one medical disclaimer in the Disclaimers field ' +
  '(a medical Disclaimer block in the body counts only when the body of every language has it)'

/**
 * Articles carry a medical disclaimer that every reader sees (docs/decisions.md, "Disclaimers:
 * one list, shown once"): one in the Disclaimers field, or a Disclaimer block in the body of every
 * locale that has its own body (a locale without one falls back to the default locale's body).
 */
const medicalDisclaimerProblem: Guard = async ({ collection, doc, payload, req }) => {
  if (collection !== 'articles') return null
  const defaultLocale = defaultLocaleOf(payload.config)
  const body = doc.body
  const isPerLocale = body && typeof body === 'object' && !('root' in body)
  const bodies: Record<string, unknown> = isPerLocale ? { ...body } : { [defaultLocale]: body }
  // Locales with no body of their own show the default locale's.
  const ownBodies = Object.entries(bodies).filter(([locale, state]) => locale === defaultLocale || !isBlank(state ?? null))
  const inlineByLocale = ownBodies.map(([locale, state]) => [locale, inlineDisclaimerIds(state)] as const)
  const related = ((doc.disclaimers ?? []) as unknown[]).map((d) => Number(idOf(d))).filter(Number.isFinite)
  const candidates = [...new Set([...related, ...inlineByLocale.flatMap(([, ids]) => ids)])]
  if (candidates.length === 0) return MISSING_MEDICAL_DISCLAIMER
  const { docs } = await payload.find({
    collection: 'disclaimers',
    where: { and: [{ id: { in: candidates } }, { kind: { equals: 'medical' } }] },
    depth: 0,
    limit: candidates.length,
    pagination: false,
    select: {},
    req,
    overrideAccess: true,
  })
  const medical = new Set(docs.map((d) => Number(d.id)))
  if (related.some((id) => medical.has(id))) return null
  const missingIn = inlineByLocale.filter(([, ids]) => !ids.some((id) => medical.has(id))).map(([locale]) => locale)
  if (missingIn.length === 0) return null
  if (missingIn.length < inlineByLocale.length) {
    return `${MISSING_MEDICAL_DISCLAIMER}; the body in ${missingIn.join(', ')} has no medical Disclaimer block`
  }
  return MISSING_MEDICAL_DISCLAIMER
}

const GUARDS: Record<GuardName, { kind: 'duty' | 'guard'; check: Guard }> = {
  requiredForReview: {
    kind: 'guard',
    check: ({ collection, doc, payload }) => {
      const locale = defaultLocaleOf(payload.config)
      const required: readonly string[] = REQUIRED_FOR_REVIEW[collection as keyof typeof REQUIRED_FOR_REVIEW] ?? []
      const missing = required.filter((field) => isBlank(inDefaultLocale(doc[field], locale)))
      return missing.length ? { message: `Fill in before review: ${missing.join(', ')}`, fields: missing } : null
    },
  },
  medicalDisclaimerAttached: { kind: 'guard', check: medicalDisclaimerProblem },
  precautionsPresent: {
    kind: 'guard',
    check: ({ doc, payload }) =>
      isBlank(inDefaultLocale(doc.precautions, defaultLocaleOf(payload.config)))
        ? 'Techniques need precautions before review'
        : null,
  },
  claimsCheckStored: {
    kind: 'guard',
    check: ({ doc }) => (doc.claims?.checkedAt ? null : 'The claims check has not run on this version; save it again'),
  },
  commentGiven: {
    kind: 'guard',
    check: ({ comment }) => (comment?.trim() ? null : 'A comment is required for this action'),
  },
  notSubmitterNorEditor: {
    kind: 'duty',
    check: ({ doc, user }) => {
      const same = (value: unknown) => String(idOf(value)) === String(user.id)
      if (same(doc.workflow?.submittedBy)) return 'You submitted this document; another reviewer must approve it'
      if ((doc.workflow?.editors ?? []).some(same)) return 'You edited this document; another reviewer must approve it'
      return null
    },
  },
  reviewerCredentialValid: { kind: 'guard', check: credentialProblem },
  blockingFindingsAcknowledged: {
    kind: 'guard',
    check: ({ doc, acknowledgeFindings, comment }) => {
      const blocking = Number(doc.claims?.blockingCount ?? 0)
      if (blocking === 0) return null
      if (acknowledgeFindings === true && comment?.trim()) return null
      const findings = blocking === 1 ? '1 blocking claims finding' : `${blocking} blocking claims findings`
      return `The wording has ${findings}: tick that you have read them and write a comment explaining why the wording may stand`
    },
  },
  approvedWordingUnchanged: {
    kind: 'guard',
    check: ({ doc, contentHash }) =>
      doc.workflow?.reviewedHash && doc.workflow.reviewedHash === contentHash
        ? null
        : 'The wording changed since it was approved; it needs a new review',
  },
}

export const runGuards = async (names: readonly GuardName[], ctx: GuardContext): Promise<GuardFailure[]> => {
  const failures: GuardFailure[] = []
  for (const name of names) {
    if (!doesGuardApply(name, ctx.collection)) continue
    const { kind, check } = GUARDS[name]
    const problem = await check(ctx)
    if (!problem) continue
    const { message, fields } = typeof problem === 'string' ? { message: problem, fields: GUARD_FIELDS[name] } : problem
    failures.push({ guard: name, kind, message, ...(fields ? { fields } : {}) })
  }
  return failures
}

/** The separation-of-duties guards among these (the four-eyes checks the queue also applies). */
export const dutyGuardsOf = (names: readonly GuardName[]): GuardName[] => names.filter((name) => GUARDS[name].kind === 'duty')
