import type { CollectionConfig } from 'payload'

/** Drafts keep unreviewed wording out of the live row; history is kept for restores. */
export const contentVersions: CollectionConfig['versions'] = {
  // Drafts validate too: every save is a draft save under the workflow gate.
  // Scheduled publishing runs the workflow's publish action (src/jobs/schedulePublish.ts).
  drafts: { autosave: false, schedulePublish: true, validate: true },
  maxPerDoc: 50,
}
