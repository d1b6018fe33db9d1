import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../../helpers/payload'
import { createWorld, type World } from '../../helpers/workflowFixtures'

let world: World

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
})

const scheduleVia = (token: string | undefined, id: number, body: unknown) =>
  world.api.rest('POST', `/articles/${id}/workflow/schedule`, { token, body })

const inAMinute = () => new Date(Date.now() + 60_000).toISOString()

describe('scheduling a workflow action', () => {
  it('should queue a publish that runs the workflow when due, with an audit event', async () => {
    const doc = await world.make('articles', 'approved')
    const res = await scheduleVia(world.tokens.editor, doc.id, { action: 'publish', at: inAMinute() })
    expect(res.status, res.text).toBe(202)
    expect(res.json.event).toMatchObject({ action: 'schedule_publish' })
    expect(await world.publicDoc('articles', doc.id)).toBeNull()

    const job = await world.payload.findByID({ collection: 'payload-jobs', id: res.json.job.id, overrideAccess: true })
    expect(new Date(job.waitUntil as string).getTime()).toBeGreaterThan(Date.now())
    // Make it due now, then let the queue run it.
    await world.payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, overrideAccess: true })
    await world.payload.jobs.run({ queue: 'default' })
    expect((await world.publicDoc('articles', doc.id))?._status).toBe('published')
  })

  it('should refuse roles that may not take the action, bad dates and unknown documents', async () => {
    const doc = await world.make('articles', 'approved')
    const cases: [string | undefined, number, unknown, number][] = [
      [undefined, doc.id, { action: 'publish', at: inAMinute() }, 401],
      [world.tokens.reviewer, doc.id, { action: 'publish', at: inAMinute() }, 403],
      [world.tokens.editor, doc.id, { action: 'unpublish', at: inAMinute() }, 403],
      [world.tokens.editor, doc.id, { action: 'approve', at: inAMinute() }, 400],
      [world.tokens.editor, doc.id, { action: 'publish', at: 'tomorrow-ish' }, 400],
      [world.tokens.editor, doc.id, { action: 'publish', at: new Date(Date.now() - 60_000).toISOString() }, 400],
      [world.tokens.editor, 999_999, { action: 'publish', at: inAMinute() }, 404],
    ]
    for (const [token, id, body, status] of cases) {
      const res = await scheduleVia(token, id, body)
      expect(res.status, `${JSON.stringify(body)}: ${res.text}`).toBe(status)
    }
    const { totalDocs } = await world.payload.count({ collection: 'payload-jobs', overrideAccess: true })
    expect(totalDocs).toBe(0)
  })
})
