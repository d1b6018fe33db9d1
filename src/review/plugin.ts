import type { CollectionConfig, Field, Plugin } from 'payload'

import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'
import { addLiveChangeHook } from '@/workflow/liveChanges'

import { ReviewAssignments } from './collections/ReviewAssignments'
import { ReviewComments } from './collections/ReviewComments'
import { workflowViewEndpoints } from './endpoints/workflowViews'
import { endRound } from './hooks/endRound'

/** The threads of the open document, in the sidebar under the workflow panel. */
const threadsField: Field = {
  name: 'reviewThreads',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '@/components/review/ReviewThreads#ReviewThreads' } },
}

/** When the user last marked their workflow activity read; only the activity endpoint writes it. */
const activityReadAt: Field = {
  name: 'activityReadAt',
  type: 'date',
  admin: { hidden: true },
  access: { create: () => false, update: () => false },
}

const withThreads = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, threadsField],
})

/**
 * Review collaboration (docs/review.md): comment threads on passages, the review queue
 * (assignments, claims, the dashboard's `GET /api/workflow/queue`) and the activity bell.
 * Its rules live beside the transition table (src/workflow/transitions.ts).
 */
export const reviewPlugin = (): Plugin => (incoming) => {
  const config = addLiveChangeHook(incoming, endRound)
  return {
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        actions: [...(config.admin?.components?.actions ?? []), '@/components/review/ActivityBell#ActivityBell'],
      },
    },
    collections: [
      ...(config.collections ?? []).map((collection) =>
        (CONTENT_COLLECTIONS as readonly string[]).includes(collection.slug)
          ? withThreads(collection)
          : collection.slug === 'users'
            ? { ...collection, fields: [...collection.fields, activityReadAt] }
            : collection,
      ),
      ReviewComments,
      ReviewAssignments,
    ],
    endpoints: [...(config.endpoints ?? []), ...workflowViewEndpoints],
  }
}
