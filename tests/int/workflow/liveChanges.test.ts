/**
 * Every consumer of live changes (caches, the change feed, webhooks, search, the reference site)
 * hears of them through one seam: publish, reaffirm, unpublish and delete run the hooks inside
 * the transaction that makes the change, and a hook that fails takes the change back with it.
 */
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { LiveChange, LiveChangeHook } from '@/workflow/liveChanges'

import { getTestPayload } from '../../helpers/payload'
import { createWorld, type World } from '../../helpers/workflowFixtures'

let world: World
let payload: Payload
const heard: LiveChange[] = []
let isFailing = false

const hooks = () => payload.config.custom.liveChangeHooks as LiveChangeHook[]
const recorder: LiveChangeHook = ({ change }) => {
  if (isFailing) throw new Error('consumer refused')
  heard.push(change)
}

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createWorld(payload)
  payload.config.custom = { ...payload.config.custom, liveChangeHooks: [...(hooks() ?? []), recorder] }
}, 180_000)

afterEach(() => {
  heard.length = 0
  isFailing = false
})

describe('live-change hooks', () => {
  it('should announce publish, reaffirm, unpublish and delete, each once, and nothing for draft-only steps', async () => {
    const doc = await world.make('articles', 'approved')
    expect(heard).toEqual([])
    await world.act(world.users.editor, 'articles', doc.id, 'publish')
    await world.act(world.users.reviewer2, 'articles', doc.id, 'reaffirm')
    await world.act(world.users.admin, 'articles', doc.id, 'unpublish', { comment: 'pulled for a check' })
    await payload.delete({ collection: 'articles', id: doc.id, overrideAccess: true })
    expect(heard.map((c) => [c.event, c.collection, c.id])).toEqual([
      ['published', 'articles', doc.id],
      ['reaffirmed', 'articles', doc.id],
      ['unpublished', 'articles', doc.id],
      ['deleted', 'articles', doc.id],
    ])
    expect(heard.slice(0, 3).map((c) => c.action)).toEqual(['publish', 'reaffirm', 'unpublish'])
    expect(heard.slice(0, 3).every((c) => typeof c.eventId === 'number')).toBe(true)
  })

  it('should roll the publish back when a consumer fails inside the transaction', async () => {
    const doc = await world.make('articles', 'approved')
    isFailing = true
    await expect(world.act(world.users.editor, 'articles', doc.id, 'publish')).rejects.toThrow('consumer refused')
    isFailing = false
    expect(await world.publicDoc('articles', doc.id)).toBeNull()
    expect((await world.latest('articles', doc.id)).draftState).toBe('approved')
    const publishes = (await world.events('articles', doc.id)).filter((e: { action: string }) => e.action === 'publish')
    expect(publishes).toHaveLength(0)
  })
})
