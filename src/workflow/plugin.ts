import type { Access, CollectionConfig, Plugin } from 'payload'

import { isContentCollection } from '@/lib/contentCollections'
import { enforceWordingCaps } from '@/limits/enforceWordingCaps'
import { runClaimsCheck } from '@/medical/hooks/runClaimsCheck'

import { workflowEndpoints } from './endpoints'
import { workflowMutations } from './graphql'
import { announceDelete } from './hooks/announceDelete'
import { flagImageUsers } from './hooks/flagImageUsers'
import { gateOperation } from './hooks/gateOperation'
import { protectWorkflowFields } from './hooks/protectWorkflowFields'
import { logApprovalDismissed, trackEdits } from './hooks/trackEdits'
import { getWorkflowWrite } from './service'

/**
 * The admin panel asks create/update access with `_status: 'published'` to decide whether to
 * show Publish and Schedule; answering no hides them, so the workflow buttons are the only
 * way to publish.
 */
const refusePublishing =
  (collectionSlug: string, access: Access | undefined): Access =>
  (args) => {
    const data = args.data as { _status?: string } | undefined
    if (data?._status === 'published' && !getWorkflowWrite(args.req, collectionSlug)?.liveChange) return false
    return access ? access(args) : Boolean(args.req.user)
  }

const withWorkflow = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      edit: {
        ...collection.admin?.components?.edit,
        // Both tracks in the header, and a save that asks before it dismisses a review.
        Status: '@/components/workflow/WorkflowStatus#WorkflowStatus',
        SaveDraftButton: '@/components/workflow/ConfirmingSaveDraftButton#ConfirmingSaveDraftButton',
      },
    },
  },
  fields: [
    // First in the sidebar, and a field rather than a document control: reviewers cannot edit,
    // so Payload hides the controls bar from them, but they must see and act on the review.
    {
      name: 'workflowPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/workflow/WorkflowPanel#WorkflowPanel' } },
    },
    ...collection.fields,
  ],
  access: {
    ...collection.access,
    create: refusePublishing(collection.slug, collection.access?.create),
    update: refusePublishing(collection.slug, collection.access?.update),
  },
  endpoints: [...(collection.endpoints || []), ...workflowEndpoints(collection.slug)],
  hooks: {
    ...collection.hooks,
    beforeOperation: [enforceWordingCaps, gateOperation, ...(collection.hooks?.beforeOperation ?? [])],
    // Order matters: restore the managed fields first, then judge the edit, then check claims.
    beforeChange: [
      protectWorkflowFields,
      trackEdits,
      runClaimsCheck,
      ...(collection.hooks?.beforeChange ?? []),
    ],
    afterChange: [...(collection.hooks?.afterChange ?? []), logApprovalDismissed],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), announceDelete],
  },
})

/** Images are public wording of the documents that show them (docs/workflow.md). */
const withImageWording = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), flagImageUsers] },
})

/** Puts every content collection under the editorial workflow. */
export const workflowPlugin = (): Plugin => (config) => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      beforeDashboard: [
        ...(config.admin?.components?.beforeDashboard ?? []),
        '@/components/workflow/ReviewDashboard#ReviewDashboard',
      ],
    },
  },
  collections: (config.collections ?? []).map((collection) =>
    isContentCollection(collection.slug)
      ? withWorkflow(collection)
      : collection.upload
        ? withImageWording(collection)
        : collection,
  ),
  graphQL: {
    ...config.graphQL,
    mutations: (GraphQL, payload) => ({
      ...(config.graphQL?.mutations?.(GraphQL, payload) ?? {}),
      ...workflowMutations(GraphQL as never),
    }),
  },
})
