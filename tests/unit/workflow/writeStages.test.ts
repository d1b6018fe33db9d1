/**
 * The stage order of a content save (src/workflow/writeStages.ts): protect → judge → check →
 * the collection's own beforeChange hooks, whichever plugin registers first.
 */
import type { CollectionBeforeChangeHook, CollectionConfig, Config, Plugin } from 'payload'
import { describe, expect, it } from 'vitest'

import { CONTENT_COLLECTIONS } from '@/lib/contentCollections'
import { runClaimsCheck } from '@/medical/hooks/runClaimsCheck'
import { medicalPlugin } from '@/medical/plugin'
import { protectWorkflowFields } from '@/workflow/hooks/protectWorkflowFields'
import { trackEdits } from '@/workflow/hooks/trackEdits'
import { workflowPlugin } from '@/workflow/plugin'
import { addWriteStageHook, type WriteStage, writeStageHooksOf } from '@/workflow/writeStages'

/** A hook that only carries a name, so a failing order reads well. */
const named = (name: string): CollectionBeforeChangeHook => {
  const hook: CollectionBeforeChangeHook = ({ data }) => data
  return Object.defineProperty(hook, 'name', { value: name })
}
const namesOf = (collection: CollectionConfig) => (collection.hooks?.beforeChange ?? []).map((hook) => hook.name)

const bare = (slug: string, own: CollectionBeforeChangeHook[] = []): CollectionConfig => ({
  slug,
  fields: [{ name: 'title', type: 'text' }],
  hooks: { beforeChange: own },
})

const HOOKS: Record<WriteStage, CollectionBeforeChangeHook> = {
  protect: named('protect'),
  judge: named('judge'),
  check: named('check'),
}

/** Every order in which three plugins could register their stage. */
const PERMUTATIONS: WriteStage[][] = [
  ['protect', 'judge', 'check'],
  ['protect', 'check', 'judge'],
  ['judge', 'protect', 'check'],
  ['judge', 'check', 'protect'],
  ['check', 'protect', 'judge'],
  ['check', 'judge', 'protect'],
]

describe('write stages', () => {
  it.each(PERMUTATIONS)('should run protect, judge, check, then the own hooks when registered as %s, %s, %s', (...order) => {
    const collection = order.reduce(
      (current, stage) => addWriteStageHook(current, stage, HOOKS[stage]),
      bare('articles', [named('own')]),
    )
    expect(namesOf(collection)).toEqual(['protect', 'judge', 'check', 'own'])
  })

  it('should keep a hook another plugin appended between two registrations after the stages', () => {
    const checked = addWriteStageHook(bare('articles'), 'check', HOOKS.check)
    const appended = { ...checked, hooks: { beforeChange: [...(checked.hooks?.beforeChange ?? []), named('appended')] } }
    const protectedToo = addWriteStageHook(appended, 'protect', HOOKS.protect)
    expect(namesOf(protectedToo)).toEqual(['protect', 'check', 'appended'])
  })

  it('should keep several hooks of one stage in the order they were registered', () => {
    const collection = [named('first check'), named('second check')].reduce(
      (current, hook) => addWriteStageHook(current, 'check', hook),
      addWriteStageHook(bare('articles'), 'judge', HOOKS.judge),
    )
    expect(namesOf(collection)).toEqual(['judge', 'first check', 'second check'])
    expect(writeStageHooksOf(collection).check?.map((hook) => hook.name)).toEqual(['first check', 'second check'])
  })

  it('should leave the collection it was given unchanged', () => {
    const collection = bare('articles', [named('own')])
    addWriteStageHook(collection, 'protect', HOOKS.protect)
    expect(namesOf(collection)).toEqual(['own'])
    expect(collection.custom).toBeUndefined()
  })
})

describe('workflow and medical plugins', () => {
  const own = named('own')
  const config = (): Config =>
    ({ collections: [...CONTENT_COLLECTIONS.map((slug) => bare(slug, [own])), bare('notes')] }) as unknown as Config
  const apply = async (plugins: Plugin[]) => {
    let current = config()
    for (const plugin of plugins) current = await plugin(current)
    return current.collections ?? []
  }

  it.each<[string, Plugin[]]>([
    ['workflow before medical', [workflowPlugin(), medicalPlugin()]],
    ['medical before workflow', [medicalPlugin(), workflowPlugin()]],
  ])('should give every content collection protect, judge, check and its own hooks with %s', async (_label, plugins) => {
    const collections = await apply(plugins)
    for (const slug of CONTENT_COLLECTIONS) {
      const collection = collections.find((candidate) => candidate.slug === slug)!
      expect(collection.hooks?.beforeChange, slug).toEqual([protectWorkflowFields, trackEdits, runClaimsCheck, own])
      const names = collection.fields.map((field) => ('name' in field ? field.name : undefined))
      for (const name of ['workflowPanel', 'workflowState', 'liveState', 'draftState', 'workflow', 'medicalReview', 'claims']) {
        expect(names.filter((candidate) => candidate === name), `${slug}.${name}`).toHaveLength(1)
      }
      expect(names[0], slug).toBe('workflowPanel')
    }
    const notes = collections.find((candidate) => candidate.slug === 'notes')!
    expect(notes.hooks?.beforeChange).toEqual([])
    expect(notes.fields).toHaveLength(1)
  })

  it('should add fields and stages only to the collections each plugin is given', async () => {
    const collections = await apply([workflowPlugin({ collections: ['articles'] }), medicalPlugin({ collections: ['faqs'] })])
    const bySlug = (slug: string) => collections.find((candidate) => candidate.slug === slug)!
    expect(bySlug('articles').hooks?.beforeChange).toEqual([protectWorkflowFields, trackEdits, own])
    expect(bySlug('faqs').hooks?.beforeChange).toEqual([runClaimsCheck, own])
    expect(bySlug('techniques').hooks?.beforeChange).toEqual([own])
    expect(bySlug('faqs').fields.map((field) => ('name' in field ? field.name : undefined))).toEqual(['title', 'medicalReview', 'claims'])
  })
})
