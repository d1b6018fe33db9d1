import type { Access, CollectionConfig, Plugin } from 'payload'

import { workflowFields } from '@/fields/workflowFields'
import { CONTENT_COLLECTIONS, type ContentCollectionSlug } from '@/lib/contentCollections'
import { enforceWordingCaps } from '@/limits/enforceWordingCaps'

import { workflowEndpoints } from './endpoints'
import { workflowMutations } from './graphql'
import { announceDelete } from './hooks/announceDelete'
import { flagImageUsers } from './hooks/flagImageUsers'
import { gateOperation } from './hooks/gateOperation'
import { protectWorkflowFields } from './hooks/protectWorkflowFields'
import { logApprovalDismissed, trackEdits } from './hooks/trackEdits'
import { getWorkflowWrite } from './service'
import { addWriteStageHook } from './writeStages'

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

/** Protect, then judge: the workflow's two stages of every save (src/workflow/writeStages.ts). */
const withWorkflowStages = (collection: CollectionConfig): CollectionConfig =>
  addWriteStageHook(addWriteStageHook(collection, 'protect', protectWorkflowFields), 'judge', trackEdits)

const withWorkflow = (incoming: CollectionConfig): CollectionConfig => {
  const collection = withWorkflowStages(incoming)
  return {
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
      ...workflowFields(),
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
      afterChange: [...(collection.hooks?.afterChange ?? []), logApprovalDismissed],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), announceDelete],
    },
  }
}

/** Images are public wording of the documents that show them (docs/workflow.md). */
const withImageWording = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), flagImageUsers] },
})

export type WorkflowPluginOptions = {
  /** The collections put under the workflow; the medical plugin must be given the same ones. */
  collections?: readonly ContentCollectionSlug[]
}

/**
 * Puts the given collections (every content collection by default) under the editorial
 * workflow: its fields, its protect and judge stages, the gate, endpoints and admin parts.
 */
export const workflowPlugin = ({ collections = CONTENT_COLLECTIONS }: WorkflowPluginOptions = {}): Plugin => (config) => ({
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
    (collections as readonly string[]).includes(collection.slug)
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
