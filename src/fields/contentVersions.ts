import type { CollectionConfig } from 'payload'

/** Drafts keep unreviewed wording out of the live row; history is kept for restores. */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { autosave: false, schedulePublish: false },
  maxPerDoc: 50,
}
