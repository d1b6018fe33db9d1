import type { CollectionConfig, Field, Plugin } from 'payload'

import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'

import { withBlockContentDiffs } from './diff/withBlockContentDiffs'
import { withFallbackTitles } from './localeFallback/withFallbackTitles'
import { withWorkflowVersions } from './versions/withWorkflowVersions'

/** List columns added to a content collection when it carries the group they read. */
const REVIEW_COLUMNS: { group: string; Cell: string }[] = [
  { group: 'medicalReview', Cell: '@/admin/cells/ReviewCell#ReviewCell' },
  { group: 'claims', Cell: '@/admin/cells/BlockingCell#BlockingCell' },
]

const withCell = (fields: Field[], group: string, Cell: string): Field[] =>
  fields.map((field) =>
    'name' in field && field.name === group && field.type === 'group'
      ? { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell } } }
      : field,
  )

/** Next review due, reviewer and blocking findings as default list columns, where they apply. */
const withReviewColumns = (collection: CollectionConfig): CollectionConfig => {
  const present = REVIEW_COLUMNS.filter(({ group }) =>
    collection.fields.some((field) => 'name' in field && field.name === group),
  )
  if (present.length === 0) return collection
  const fields = present.reduce((all, { group, Cell }) => withCell(all, group, Cell), collection.fields)
  const columns = collection.admin?.defaultColumns ?? []
  return {
    ...collection,
    fields,
    admin: {
      ...collection.admin,
      defaultColumns: [...columns, ...present.map(({ group }) => group).filter((group) => !columns.includes(group))],
    },
  }
}

/** Fields the workflow and the claims checker keep; the version comparison leaves them out. */
const BOOKKEEPING = new Set(['workflowState', 'liveState', 'draftState', 'workflow', 'claims'])

const withoutBookkeepingDiffs = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map((field) =>
    'name' in field && BOOKKEEPING.has(field.name)
      ? ({
          ...field,
          admin: { ...field.admin, components: { ...field.admin?.components, Diff: '@/admin/diff/HiddenDiff#HiddenDiff' } },
        } as Field)
      : field,
  ),
})

const TRANSLATABLE = new Set(['text', 'textarea', 'richText'])

/** Translators see the English source under every localized top-level text field. */
const withEnglishSource = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map((field) =>
    'name' in field && 'localized' in field && field.localized && TRANSLATABLE.has(field.type)
      ? ({
          ...field,
          admin: {
            ...field.admin,
            components: {
              ...field.admin?.components,
              afterInput: [
                ...((field.admin?.components as { afterInput?: unknown[] } | undefined)?.afterInput ?? []),
                { path: '@/admin/fields/EnglishSource#EnglishSource', clientProps: { fieldName: field.name } },
              ],
            },
          },
        } as Field)
      : field,
  ),
})

/**
 * The admin panel as editors and reviewers read it (issue 12): review columns in the content
 * lists and the Relief logo and icon. Only admin presentation; no rule lives here.
 */
export const reviewAdminPlugin = (): Plugin => (config) => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      graphics: {
        ...config.admin?.components?.graphics,
        Logo: '@/admin/graphics/Logo#Logo',
        Icon: '@/admin/graphics/Icon#Icon',
      },
    },
  },
  collections: (config.collections ?? []).map((collection) =>
    (CONTENT_COLLECTIONS as readonly string[]).includes(collection.slug)
      ? withBlockContentDiffs(
          withWorkflowVersions(withFallbackTitles(withoutBookkeepingDiffs(withEnglishSource(withReviewColumns(collection))))),
        )
      : collection,
  ),
})
