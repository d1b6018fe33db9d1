import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

/**
 * The stages every save of a content document passes, in this order, before the collection's
 * own beforeChange hooks (docs/workflow.md, "What a save runs"):
 * - `protect`: the workflow puts back the fields only transitions may set and refuses a direct
 *   publish, so no later hook reads a forged state or review record;
 * - `judge`: the workflow decides what the edit means for the review (who edited, whether an
 *   approval is dismissed), from the protected data;
 * - `check`: checks of the wording that store their findings on the draft (the medical plugin's
 *   claims check), once the earlier stages have settled the data.
 */
export const WRITE_STAGES = ['protect', 'judge', 'check'] as const
export type WriteStage = (typeof WRITE_STAGES)[number]

export type WriteStageHooks = Partial<Record<WriteStage, CollectionBeforeChangeHook[]>>

const STAGES_KEY = 'writeStages'

/** The hooks registered per stage on a collection (in `custom`, which stays on the server). */
export const writeStageHooksOf = (collection: Pick<CollectionConfig, 'custom'>): WriteStageHooks =>
  (collection.custom?.[STAGES_KEY] as WriteStageHooks | undefined) ?? {}

/** Every staged hook of a collection, in stage order. */
export const stagedHooksInOrder = (collection: Pick<CollectionConfig, 'custom'>): CollectionBeforeChangeHook[] => {
  const staged = writeStageHooksOf(collection)
  return WRITE_STAGES.flatMap((stage) => staged[stage] ?? [])
}

/**
 * For plugins: registers a beforeChange hook in one stage of a collection's saves. The stages
 * run first, in WRITE_STAGES order, whichever plugin registers first; the hooks the collection
 * or other plugins add the ordinary way run after them.
 */
export const addWriteStageHook = (
  collection: CollectionConfig,
  stage: WriteStage,
  hook: CollectionBeforeChangeHook,
): CollectionConfig => {
  const staged = writeStageHooksOf(collection)
  const previous = stagedHooksInOrder(collection)
  const others = (collection.hooks?.beforeChange ?? []).filter((existing) => !previous.includes(existing))
  const custom = { ...collection.custom, [STAGES_KEY]: { ...staged, [stage]: [...(staged[stage] ?? []), hook] } }
  return {
    ...collection,
    custom,
    hooks: { ...collection.hooks, beforeChange: [...stagedHooksInOrder({ custom }), ...others] },
  }
}
