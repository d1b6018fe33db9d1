import type { CollectionConfig, EditConfigWithoutRoot } from 'payload'

/** The Versions tab names the workflow step that saved each version (WorkflowVersionsView). */
export const withWorkflowVersions = (collection: CollectionConfig): CollectionConfig => {
  const edit = collection.admin?.components?.views?.edit as EditConfigWithoutRoot | undefined
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        views: {
          ...collection.admin?.components?.views,
          edit: {
            ...edit,
            versions: { ...edit?.versions, Component: '@/admin/versions/WorkflowVersionsView#WorkflowVersionsView' },
          } as EditConfigWithoutRoot,
        },
      },
    },
  }
}
