import type { CollectionConfig, Field } from 'payload'

const CELL = '@/admin/cells/FallbackTitleCell#FallbackTitleCell'
const NOTE = '@/admin/localeFallback/FallbackTitleNote#FallbackTitleNote'

/**
 * A collection whose title field is localized shows the default-locale title, marked, in its
 * list and document header while a translation has none (issue 12, Thai). Admin only: the
 * API's reads keep their own fallback rules.
 */
export const withFallbackTitles = (collection: CollectionConfig): CollectionConfig => {
  const titleField = collection.admin?.useAsTitle
  const isLocalizedTitle = collection.fields.some(
    (field) => 'name' in field && field.name === titleField && 'localized' in field && field.localized,
  )
  if (!titleField || !isLocalizedTitle) return collection
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: { ...collection.admin?.components, Description: collection.admin?.components?.Description ?? NOTE },
    },
    fields: collection.fields.map((field) =>
      'name' in field && field.name === titleField
        ? ({ ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell: CELL } } } as Field)
        : field,
    ),
  }
}
