/**
 * Webhooks against a real HTTP receiver on loopback: signed deliveries on Payload's jobs queue,
 * retries with exponential backoff, the delivery log, resend and test buttons' endpoints, and
 * the refusal of private targets.
 */
process.env.WEBHOOKS_ALLOW_PRIVATE = 'true'
process.env.WEBHOOKS_RETRY_DELAY_MS = '400'
process.env.WEBHOOKS_MAX_ATTEMPTS = '4'
process.env.WEBHOOKS_TIMEOUT_MS = '5000'

import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../../helpers/payload'
import { createWorld, type World } from '../../helpers/workflowFixtures'
import { type Receiver, startReceiver, verifySignature } from './receiver'

let payload: Payload
let world: World
let receiver: Receiver
const SECRET = 'whsec-test-0123456789abcdef0123456789'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const createHook = async (events: string[], url = receiver.url, extra: Record<string, unknown> = {}) => {
  const res = await world.api.rest('POST', '/webhooks', {
    token: world.tokens.admin,
    body: { name: `hook ${Math.random()}`, url, events, secret: SECRET, ...extra },
  })
  expect(res.status, JSON.stringify(res.json)).toBe(201)
  return res.json.doc as { id: number; secret: string }
}

const deliveriesOf = async (webhook: number) =>
  (
    await payload.find({
      collection: 'webhook-deliveries',
      where: { webhook: { equals: webhook } },
      sort: 'createdAt',
      depth: 0,
      limit: 0,
      pagination: false,
    })
  ).docs

const runQueue = () => payload.jobs.run({ queue: 'default', limit: 50, silent: true })

const pendingJob = async (delivery: number) =>
  (
    await payload.db.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'deliverWebhook' } }, { 'input.delivery': { equals: delivery } }] },
      limit: 1,
      pagination: false,
    })
  ).docs[0] as { waitUntil?: string; hasError?: boolean } | undefined

beforeAll(async () => {
  payload = await getTestPayload()
  world = await createWorld(payload)
  receiver = await startReceiver()
}, 240_000)

afterAll(async () => {
  await receiver?.close()
})

afterEach(async () => {
  process.env.WEBHOOKS_ALLOW_PRIVATE = 'true'
  // Leave nothing queued for the next test.
  await payload.update({ collection: 'webhooks', where: {}, data: { active: false }, overrideAccess: true })
  await payload.db.deleteMany({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deliverWebhook' } } })
  receiver.received.length = 0
})

describe('webhook deliveries', () => {
  it('should queue one delivery per matching active webhook inside the publish and deliver it signed', async () => {
    const hook = await createHook(['published'])
    const other = await createHook(['deleted'])
    const inactive = await createHook(['published'], receiver.url, { active: false })
    const doc = await world.make('articles', 'approved')
    await world.act(world.users.editor, 'articles', doc.id, 'publish')

    expect((await deliveriesOf(hook.id)).map((d) => d.status)).toEqual(['queued'])
    expect(await deliveriesOf(other.id)).toEqual([])
    expect(await deliveriesOf(inactive.id)).toEqual([])

    await runQueue()
    expect(receiver.received).toHaveLength(1)
    const [request] = receiver.received
    const signature = verifySignature(request.headers['x-relief-signature'], request.body, SECRET)
    expect(signature.isValid).toBe(true)
    expect(Math.abs(signature.t! - Date.now() / 1000)).toBeLessThan(60)
    // Tampering with the body breaks the signature.
    expect(verifySignature(request.headers['x-relief-signature'], request.body.replace('published', 'deleted'), SECRET).isValid).toBe(false)
    const body = JSON.parse(request.body)
    expect(body).toMatchObject({ event: 'published', collection: 'articles', documentId: doc.id })
    expect(typeof body.id).toBe('string')
    expect(request.headers['x-relief-event']).toBe('published')
    expect(request.headers['content-type']).toBe('application/json')

    const [logged] = await deliveriesOf(hook.id)
    expect(logged).toMatchObject({ status: 'succeeded', responseCode: 200, attempts: 1, event: 'published' })
    expect(logged.durationMs).toBeGreaterThanOrEqual(0)
    expect(logged.deliveredAt).toBeTruthy()
    expect(String(request.headers['x-relief-delivery'])).toBe(String(logged.id))
  })

  it('should queue nothing when the publish rolls back', async () => {
    const hook = await createHook(['published'])
    const doc = await world.make('articles', 'draft')
    // Publishing a draft that was never approved is refused: no delivery may be left behind.
    await expect(world.act(world.users.editor, 'articles', doc.id, 'publish')).rejects.toThrow()
    expect(await deliveriesOf(hook.id)).toEqual([])
  })

  it('should retry a 500 from the receiver with exponential backoff and log every attempt', async () => {
    const hook = await createHook(['unpublished'])
    const doc = await world.make('articles', 'published')
    receiver.reply({ status: 500 }, { status: 503 })
    await world.act(world.users.reviewer, 'articles', doc.id, 'unpublish', { comment: 'Taken down for a check' })
    const [delivery] = await deliveriesOf(hook.id)

    await runQueue()
    expect(receiver.received).toHaveLength(1)
    let [logged] = await deliveriesOf(hook.id)
    expect(logged).toMatchObject({ status: 'retrying', responseCode: 500, attempts: 1 })
    expect(logged.error).toContain('500')
    const firstWait = new Date((await pendingJob(delivery.id))!.waitUntil!).getTime() - receiver.received[0].at
    expect(firstWait).toBeGreaterThan(250)
    expect(firstWait).toBeLessThan(1_500)

    // Not due yet: a run right away leaves it waiting.
    await runQueue()
    expect(receiver.received).toHaveLength(1)

    await sleep(firstWait + 100)
    await runQueue()
    expect(receiver.received).toHaveLength(2)
    ;[logged] = await deliveriesOf(hook.id)
    expect(logged).toMatchObject({ status: 'retrying', responseCode: 503, attempts: 2 })
    const secondWait = new Date((await pendingJob(delivery.id))!.waitUntil!).getTime() - receiver.received[1].at
    // Exponential: the second wait is twice the first (400 ms, then 800 ms).
    expect(secondWait).toBeGreaterThan(firstWait * 1.5)

    await sleep(secondWait + 100)
    await runQueue()
    expect(receiver.received).toHaveLength(3)
    ;[logged] = await deliveriesOf(hook.id)
    expect(logged).toMatchObject({ status: 'succeeded', responseCode: 200, attempts: 3, error: null })
    // Every attempt carries the same body, each with a valid signature of its own.
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1)
    for (const r of receiver.received) expect(verifySignature(r.headers['x-relief-signature'], r.body, SECRET).isValid).toBe(true)
    expect(JSON.parse(receiver.received[0].body)).toMatchObject({ event: 'unpublished', documentId: doc.id })
  }, 60_000)

  it('should give up after WEBHOOKS_MAX_ATTEMPTS and mark the delivery failed', async () => {
    const hook = await createHook(['published'])
    receiver.reply({ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 }, { status: 500 })
    const doc = await world.make('articles', 'approved')
    await world.act(world.users.editor, 'articles', doc.id, 'publish')
    const [delivery] = await deliveriesOf(hook.id)
    for (let attempt = 1; attempt <= 4; attempt++) {
      const job = await pendingJob(delivery.id)
      if (job?.waitUntil) await sleep(Math.max(0, new Date(job.waitUntil).getTime() - Date.now()) + 50)
      await runQueue()
      expect(receiver.received).toHaveLength(attempt)
    }
    const [logged] = await deliveriesOf(hook.id)
    expect(logged).toMatchObject({ status: 'failed', attempts: 4, responseCode: 500 })
    expect((await pendingJob(delivery.id))?.hasError).toBe(true)
    await runQueue()
    expect(receiver.received).toHaveLength(4)
  }, 60_000)

  it('should resend a delivery as a new logged delivery with the same body', async () => {
    const hook = await createHook(['published'])
    const doc = await world.make('articles', 'approved')
    await world.act(world.users.editor, 'articles', doc.id, 'publish')
    await runQueue()
    const [original] = await deliveriesOf(hook.id)

    const res = await world.api.rest('POST', `/webhook-deliveries/${original.id}/resend`, { token: world.tokens.admin })
    expect(res.status).toBe(202)
    expect(res.json.delivery).toMatchObject({ status: 'succeeded', responseCode: 200 })
    expect(receiver.received).toHaveLength(2)
    expect(receiver.received[1].body).toBe(receiver.received[0].body)
    const all = await deliveriesOf(hook.id)
    expect(all).toHaveLength(2)
    expect(all[1]).toMatchObject({ resendOf: original.id, status: 'succeeded', attempts: 1 })
  })

  it('should send a signed test delivery from the test endpoint', async () => {
    const hook = await createHook(['published'], receiver.url, { active: false })
    const res = await world.api.rest('POST', `/webhooks/${hook.id}/test`, { token: world.tokens.admin })
    expect(res.status).toBe(202)
    expect(res.json.delivery.status).toBe('succeeded')
    expect(receiver.received).toHaveLength(1)
    expect(JSON.parse(receiver.received[0].body)).toMatchObject({ event: 'test', webhook: hook.id })
    expect(verifySignature(receiver.received[0].headers['x-relief-signature'], receiver.received[0].body, SECRET).isValid).toBe(true)
  })

  it('should deliver deleted and review_due events', async () => {
    const hook = await createHook(['deleted', 'review_due'])
    const doc = await world.make('articles', 'published')
    const due = await world.make('articles', 'published')
    await payload.delete({ collection: 'articles', id: doc.id, overrideAccess: false, user: { ...world.users.admin, collection: 'users' } as never })
    // Five years on, every published document is due for re-review.
    await payload.jobs.queue({ task: 'markReviewsDue', input: { now: new Date(Date.now() + 5 * 365 * 86_400_000).toISOString() } })
    await runQueue()
    await runQueue()
    const events = receiver.received.map((r) => JSON.parse(r.body))
    expect(events).toContainEqual(expect.objectContaining({ event: 'deleted', collection: 'articles', documentId: doc.id }))
    expect(events).toContainEqual(expect.objectContaining({ event: 'review_due', collection: 'articles', documentId: due.id }))
    expect((await deliveriesOf(hook.id)).every((d) => d.status === 'succeeded')).toBe(true)
  }, 60_000)

  it('should time out a receiver that never answers and retry later', async () => {
    process.env.WEBHOOKS_TIMEOUT_MS = '300'
    try {
      const hook = await createHook(['published'])
      receiver.reply('hang')
      const res = await world.api.rest('POST', `/webhooks/${hook.id}/test`, { token: world.tokens.admin })
      expect(res.json.delivery.status).toBe('retrying')
      expect(res.json.delivery.error).toContain('no answer within 300 ms')
    } finally {
      process.env.WEBHOOKS_TIMEOUT_MS = '5000'
    }
  })
})

describe('webhook targets', () => {
  it('should refuse non-http(s) URLs with a 400 naming url', async () => {
    for (const url of ['ftp://example.com/hook', 'javascript:alert(1)', 'file:///etc/passwd', 'not a url', '']) {
      const res = await world.api.rest('POST', '/webhooks', {
        token: world.tokens.admin,
        body: { name: 'bad', url, events: ['published'] },
      })
      expect(res.status, url).toBe(400)
      expect(JSON.stringify(res.json), url).toContain('url')
    }
  })

  it('should refuse loopback, private and link-local targets, literal or after DNS, unless WEBHOOKS_ALLOW_PRIVATE', async () => {
    process.env.WEBHOOKS_ALLOW_PRIVATE = 'false'
    for (const url of [
      receiver.url,
      `http://localhost:${receiver.port}/hook`,
      'http://[::1]/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://10.1.2.3/',
      'http://192.168.1.10/',
      'http://172.20.0.1/',
      'http://0x7f.1/',
      'http://[::ffff:127.0.0.1]/',
      'http://[fe80::1]/',
      'http://0.0.0.0/',
    ]) {
      const res = await world.api.rest('POST', '/webhooks', {
        token: world.tokens.admin,
        body: { name: 'private', url, events: ['published'] },
      })
      expect(res.status, url).toBe(400)
      expect(JSON.stringify(res.json), url).toContain('url')
    }
    const count = await payload.count({ collection: 'webhooks', where: { name: { equals: 'private' } } })
    expect(count.totalDocs).toBe(0)
  })

  it('should refuse at delivery time a name that now resolves to a private address', async () => {
    // Saved while private targets were allowed; by the time it is delivered they are not.
    const hook = await createHook(['published'], `http://localhost:${receiver.port}/hook`)
    process.env.WEBHOOKS_ALLOW_PRIVATE = 'false'
    const res = await world.api.rest('POST', `/webhooks/${hook.id}/test`, { token: world.tokens.admin })
    expect(res.json.delivery.status).toBe('refused')
    expect(res.json.delivery.error).toMatch(/private or loopback/)
    expect(receiver.received).toHaveLength(0)
    // A refusal is final: nothing is left to retry.
    const [delivery] = await deliveriesOf(hook.id)
    await runQueue()
    expect((await deliveriesOf(hook.id))[0]).toMatchObject({ id: delivery.id, status: 'refused', attempts: 1 })
  })

  it('should not follow redirects', async () => {
    const other = await startReceiver()
    try {
      const hook = await createHook(['published'])
      receiver.reply({ status: 302, headers: { Location: other.url } })
      const res = await world.api.rest('POST', `/webhooks/${hook.id}/test`, { token: world.tokens.admin })
      expect(res.json.delivery).toMatchObject({ status: 'failed', responseCode: 302 })
      expect(res.json.delivery.error).toContain('redirects are not followed')
      expect(other.received).toHaveLength(0)
    } finally {
      await other.close()
    }
  })
})
