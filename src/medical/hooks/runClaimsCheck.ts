import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { findAllLocales } from '@/lib/findAllLocales'
import { MAX_DOCUMENT_WORDING_CHARS } from '@/limits/constants'
import { wordingTooLong } from '@/limits/enforceWordingCaps'
import { checkClaimsOffThread } from '@/workers/offload'

import type { ClaimFinding, ClaimLanguage } from '../claims'
import { extractText } from '../extractText'

/** As stored in `claims.findings`; `locale` is the document locale the wording belongs to. */
export type StoredFinding = Omit<ClaimFinding, 'locale'> & { path: string; locale?: string }

const asClaimLocale = (locale: string | undefined): ClaimLanguage | undefined =>
  locale === 'en' || locale === 'th' ? locale : undefined

/**
 * Checks all wording of the document, in every locale (English and Thai), on every save, and stores the
 * findings on the draft for reviewers. Other locales come from the stored document because a
 * save carries only the locale being edited.
 */
export const runClaimsCheck: CollectionBeforeChangeHook = async ({ data, originalDoc, collection, req }) => {
  const locales = (req.payload.config.localization || { localeCodes: ['en'] }).localeCodes
  const currentLocale = req.locale && req.locale !== 'all' ? req.locale : locales[0]
  let stored: Record<string, unknown> | undefined
  if (originalDoc?.id && locales.length > 1) {
    stored = (await findAllLocales(req, collection.slug as CollectionSlug, originalDoc.id)) ?? undefined
  }
  const current = extractText(data, collection.flattenedFields, locales).map((s) => ({
    ...s,
    locale: currentLocale,
  }))
  const others = extractText(stored, collection.flattenedFields, locales).filter(
    (s) => s.locale && s.locale !== currentLocale,
  )
  const segments = [...current, ...others]
  const total = segments.reduce((sum, segment) => sum + segment.text.length, 0)
  // The save carries one locale; the cap is for all of them together.
  if (total > MAX_DOCUMENT_WORDING_CHARS) {
    const largest = segments.reduce((a, b) => (b.text.length > a.text.length ? b : a))
    throw wordingTooLong(total, largest.path)
  }
  // A References list supports no claim in particular: only a link or reference node attached to
  // a claim does (docs/claims.md), so the list is not passed on.
  const perSegment = await Promise.all(
    segments.map(async (segment) =>
      (
        await checkClaimsOffThread(segment.text, {
          locale: asClaimLocale(segment.locale),
          citations: segment.citations,
        })
      ).map((finding) => ({
        ...finding,
        path: segment.path,
        locale: segment.locale,
      })),
    ),
  )
  const findings: StoredFinding[] = perSegment.flat()
  data.claims = {
    findings,
    blockingCount: findings.filter((f) => f.severity === 'block').length,
    checkedAt: new Date().toISOString(),
  }
  return data
}
