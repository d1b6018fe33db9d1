import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { serverUrl } from '@/lib/serverUrl'

import { reviewAdminPlugin } from '@/admin/plugin'
import { forgotPasswordPlugin } from '@/auth/forgotPassword/plugin'
import { deliveryCachePlugin } from '@/delivery/cache/plugin'
import { liveReadsPlugin } from '@/delivery/liveReadsPlugin'
import { relationCountPlugin } from '@/delivery/relationCount/plugin'
import { machineKeysPlugin } from '@/machineKeys/plugin'
import { webhooksPlugin } from '@/webhooks/plugin'
import { importPlugin } from '@/import/plugin'
import { jobsPlugin } from '@/jobs/plugin'
import { databasePlugin } from '@/lib/db/plugin'
import { medicalPlugin } from '@/medical/plugin'
import { searchPlugin } from '@/search/plugin'
import { sitePlugin } from '@/site/plugin'
import { mediaVisibilityPlugin } from '@/media/plugin'
import { reviewPlugin } from '@/review/plugin'
import { workflowPlugin } from '@/workflow/plugin'

import { safeLinks } from './safeLinks'
import { safeQueries } from './safeQueries'
import { safeUploads } from './safeUploads'
import { stableErrorNames } from './stableErrorNames'
import { documentLocks } from './documentLocks'
import { graphqlSelectValues } from './graphqlSelectValues'
import { restQueryRules } from './restQueryRules'
import { strictInput } from './strictInput'

type SeoDoc = { title?: string; name?: string; excerpt?: string; summary?: string; slug?: string }

export const plugins: Plugin[] = [
  // First: the fields every content collection carries (workflow, then review record and claims),
  // ahead of the ones the plugins below add (SEO meta, review threads). Their save stages keep
  // their order in any plugin order (src/workflow/writeStages.ts).
  workflowPlugin(),
  medicalPlugin(),
  seoPlugin({
    collections: ['articles', 'techniques'],
    uploadsCollection: 'media',
    tabbedUI: false,
    generateTitle: ({ doc }) => `${(doc as SeoDoc).title ?? (doc as SeoDoc).name ?? ''} | Relief`,
    generateDescription: ({ doc }) => (doc as SeoDoc).excerpt ?? (doc as SeoDoc).summary ?? '',
    generateURL: ({ doc, collectionConfig }) =>
      `${serverUrl()}/${collectionConfig?.slug}/${(doc as SeoDoc).slug ?? ''}`,
  }),
  reviewPlugin(),
  jobsPlugin(),
  importPlugin(),
  databasePlugin(),
  forgotPasswordPlugin(),
  documentLocks(),
  liveReadsPlugin(),
  relationCountPlugin(),
  deliveryCachePlugin(),
  webhooksPlugin(),
  searchPlugin(),
  mediaVisibilityPlugin(),
  sitePlugin(),
  // After the plugins that add collections, so none of them takes a write from a machine key.
  machineKeysPlugin(),
  reviewAdminPlugin(),
  // Last, so they see the fields every other plugin added.
  stableErrorNames(),
  safeLinks(),
  safeQueries(),
  safeUploads(),
  strictInput(),
  graphqlSelectValues(),
  restQueryRules(),
]
