/**
 * kill -9 in the middle of a workflow transition (README "Operating Relief CMS", issue 8 §8): a real process runs
 * the workflow service, a trigger stalls it inside its transaction at a chosen write, and it is
 * killed there. Every table must then be exactly as before, and a restarted process must run
 * the same transition on the same data.
 */
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TRANSITIONS } from '@/workflow/transitions'

import { getTestPayload } from '../../helpers/payload'
import { createWorld, type World } from '../../helpers/workflowFixtures'
import {
  connect,
  installStall,
  killTarget,
  runTarget,
  snapshot,
  startTarget,
  waitForSessionsGone,
  waitForStall,
} from './killHarness'

const PUBLISH = TRANSITIONS.find((t) => t.track === 'both')!
const transitionArgs = (id: number, userId: number) => [
  '--conditions=production',
  'tests/int/faults/transitionProcess.ts',
  'articles',
  String(id),
  PUBLISH.action,
  String(userId),
]

let world: World
let client: pg.Client

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
  client = await connect()
}, 180_000)

afterAll(async () => {
  await client?.end()
})

const articleRow = async (id: number) =>
  (await client.query(`SELECT workflow_state, _status FROM articles WHERE id = $1`, [id])).rows[0]
const eventRows = async (id: number) =>
  (
    await client.query(`SELECT action, from_state, to_state FROM workflow_events WHERE collection = 'articles' AND document_id = $1 ORDER BY id`, [
      String(id),
    ])
  ).rows

describe('kill -9 mid-transition', () => {
  // Each point is a write inside the transition's transaction: the process dies with the
  // writes before it done (uncommitted) and the ones after it not yet made.
  const STALL_POINTS: { name: string; table: string; event: 'INSERT' | 'UPDATE' }[] = [
    { name: 'the document update', table: 'articles', event: 'UPDATE' },
    { name: 'the version row', table: '_articles_v', event: 'INSERT' },
    { name: 'the workflow event (document already updated)', table: 'workflow_events', event: 'INSERT' },
  ]

  it.each(STALL_POINTS)(
    'should leave every table as before when killed at $name, and a restarted process should complete the transition',
    async ({ table, event }) => {
      const article = await world.make('articles', (PUBLISH.from as { draft?: readonly string[] }).draft![0] as never)
      const before = await snapshot(client)
      const stateBefore = await articleRow(article.id)
      const eventsBefore = await eventRows(article.id)

      const dropStall = await installStall(client, table, event)
      const target = startTarget(transitionArgs(article.id, world.users.editor.id))
      try {
        const stalled = await waitForStall(client, target)
        // The kill lands inside an open transaction.
        expect(stalled[0].xact_start).toBeTruthy()
        await killTarget(target)
        await waitForSessionsGone(client)
      } finally {
        await dropStall()
      }

      // Nothing half-written: every row of every table as before the transition began.
      expect(await snapshot(client)).toEqual(before)
      expect(await articleRow(article.id)).toEqual(stateBefore)
      expect(await eventRows(article.id)).toEqual(eventsBefore)

      // A restarted process works on the same data.
      const rerun = await runTarget(transitionArgs(article.id, world.users.editor.id))
      expect(rerun.code, rerun.output).toBe(0)
      const after = await world.latest('articles', article.id)
      expect(after).toMatchObject({ liveState: PUBLISH.to.live, draftState: PUBLISH.to.draft ?? null, _status: 'published' })
      const events = await eventRows(article.id)
      expect(events).toHaveLength(eventsBefore.length + 1)
      // State and audit trail agree.
      expect(events.at(-1)).toEqual({ action: PUBLISH.action, from_state: article.workflowState, to_state: after.workflowState })
    },
    240_000,
  )
})
