import type { CollectionConfig, Field } from 'payload'

const BLOCK_CONTENT_DIFF = '@/admin/diff/BlockContentDiff#BlockContentDiff'

/** Every top-level rich text field of the collection compares its blocks by their content. */
export const withBlockContentDiffs = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map((field) =>
    field.type === 'richText' && !field.admin?.components?.Diff
      ? ({ ...field, admin: { ...field.admin, components: { ...field.admin?.components, Diff: BLOCK_CONTENT_DIFF } } } as Field)
      : field,
  ),
})
