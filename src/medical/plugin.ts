import type { CollectionConfig, Plugin } from 'payload'

import { claimsFields } from '@/fields/claimsFields'
import { medicalReviewFields } from '@/fields/medicalReviewFields'
import { CONTENT_COLLECTIONS, type ContentCollectionSlug } from '@/lib/contentCollections'
import { rateLimitedEndpoint } from '@/lib/rateLimit/withRateLimit'
import { addWriteStageHook } from '@/workflow/writeStages'

import { claimsCheckEndpoint } from './endpoint'
import { runClaimsCheck } from './hooks/runClaimsCheck'

export type MedicalPluginOptions = {
  /** The collections that carry a review record and a claims check; the workflow's, by default. */
  collections?: readonly ContentCollectionSlug[]
}

/** The review record and the claims findings, and the claims check in the save's check stage. */
const withMedicalIntegrity = (incoming: CollectionConfig): CollectionConfig => {
  const collection = addWriteStageHook(incoming, 'check', runClaimsCheck)
  return { ...collection, fields: [...collection.fields, ...medicalReviewFields(), ...claimsFields()] }
}

/**
 * Medical integrity (docs/workflow.md, "Medical review record" and "Claims check"): the
 * `medicalReview` and `claims` fields of the given collections, the claims check on every save
 * of them, and the staff claims-check endpoint at `/api/medical-claims/check`. The re-review
 * schedule runs on the jobs queue (src/jobs/plugin.ts).
 */
export const medicalPlugin =
  ({ collections = CONTENT_COLLECTIONS }: MedicalPluginOptions = {}): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      (collections as readonly string[]).includes(collection.slug) ? withMedicalIntegrity(collection) : collection,
    ),
    endpoints: [...(config.endpoints ?? []), rateLimitedEndpoint('claimsCheck', claimsCheckEndpoint)],
  })
