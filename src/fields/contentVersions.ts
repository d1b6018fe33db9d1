import type { CollectionConfig } from 'payload'

/** Drafts keep unreviewed wording out of the live row; history is kept for restores. */
export const contentVersions: CollectionConfig['versions'] = {
  // Drafts validate too: every save is a draft save under the workflow gate.
  drafts: { autosave: false, schedulePublish: false, validate: true },
  maxPerDoc: 50,
}
