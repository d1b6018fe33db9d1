/**
 * Several runners on one database deliver each webhook exactly once: Payload's runner reads
 * due jobs and then marks them processing, so without an atomic claim two runners that read
 * together both run the same job (src/webhooks/claimJobs.ts).
 */
process.env.WEBHOOKS_ALLOW_PRIVATE = 'true'

import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLocalReq, type Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { queueDelivery } from '@/webhooks/queueDelivery'

import { getTestPayload } from '../../helpers/payload'
import { type Receiver, startReceiver } from './receiver'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
let payload: Payload
let receiver: Receiver
let webhook: number

const queueMany = async (count: number) => {
  const req = await createLocalReq({}, payload)
  const ids: number[] = []
  for (let i = 0; i < count; i++) {
    const { delivery } = await queueDelivery(req, { webhook, event: 'test', body: JSON.stringify({ n: i }) })
    ids.push(delivery.id as number)
  }
  return ids
}

const deliveredIds = () => receiver.received.map((r) => Number(r.headers['x-relief-delivery']))

/** A Payload process that runs the queue once it is told to go. */
const startProcess = () => {
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), ['--conditions=production', 'tests/int/webhooks/runQueueProcess.ts'], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'test' },
  })
  let output = ''
  let onReady: () => void
  const ready = new Promise<void>((resolve) => (onReady = resolve))
  child.stdout.on('data', (chunk) => {
    output += chunk
    if (output.includes('ready')) onReady()
  })
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<{ code: number | null; output: string }>((resolve) => child.on('exit', (code) => resolve({ code, output })))
  exited.then(() => onReady())
  return { ready, exited, go: () => child.stdin.write('go\n') }
}

/**
 * Holds job `id`'s row lock in a transaction of its own, lets a runner read the due list and
 * block on its claim, then writes `change` as another runner would have (claimed, ran,
 * finished or failed) and commits, so the blocked claim sees the row only after that. Without
 * a change the lock is simply released.
 */
const raceClaimAgainst = async (id: number, change?: string) => {
  const holder = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await holder.connect()
  try {
    await holder.query('BEGIN')
    await holder.query('SELECT id FROM payload_jobs WHERE id = $1 FOR UPDATE', [id])
    const run = payload.jobs.run({ queue: 'default', limit: 5, silent: true })
    // The runner has read the job as due and now waits for the row lock.
    const deadline = Date.now() + 20_000
    for (;;) {
      // Activity views are a snapshot per transaction: take a fresh one each time.
      await holder.query('SELECT pg_stat_clear_snapshot()')
      const { rows } = await holder.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE 'update%payload_jobs%'`,
      )
      if (rows[0].n > 0) break
      if (Date.now() > deadline) throw new Error('the runner never reached its claim')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    if (change) await holder.query(`UPDATE payload_jobs SET ${change}, processing = false, updated_at = now() WHERE id = $1`, [id])
    await holder.query('COMMIT')
    return await run
  } finally {
    await holder.end()
  }
}

const jobFor = async (delivery: number) => {
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { 'input.delivery': { equals: delivery } }, depth: 0, limit: 1 })
  return docs[0].id as number
}

beforeAll(async () => {
  payload = await getTestPayload()
  receiver = await startReceiver()
  webhook = (await payload.create({ collection: 'webhooks', data: { name: 'once', url: receiver.url, events: ['published'] } as never })).id
}, 120_000)

afterAll(async () => {
  await receiver?.close()
})

describe('exactly-once delivery', () => {
  it('should deliver each job once when runners in one instance claim at the same moment', async () => {
    receiver.received.length = 0
    const ids = await queueMany(30)
    // Three runners read the same ten due jobs at once; each job may run in one of them only.
    await Promise.all(Array.from({ length: 3 }, () => payload.jobs.run({ queue: 'default', limit: 10, silent: true })))
    await payload.jobs.run({ queue: 'default', limit: 30, silent: true })
    expect(deliveredIds().sort((a, b) => a - b)).toEqual(ids)
  }, 120_000)

  it('should deliver each job once, and share the work, with two Payload processes running the queue on one database', async () => {
    receiver.received.length = 0
    // Both processes are up and warmed before the jobs exist, so they race for the first batch;
    // the loser used to read that as an empty queue and stop, leaving all the work to the other.
    const processes = [startProcess(), startProcess()]
    await Promise.all(processes.map((p) => p.ready))
    const ids = await queueMany(40)
    // Slow answers keep both processes busy at once.
    receiver.reply(...Array.from({ length: 40 }, () => ({ status: 200, delayMs: 250 })))
    for (const p of processes) p.go()
    const [a, b] = await Promise.all(processes.map((p) => p.exited))
    expect(a.code, a.output).toBe(0)
    expect(b.code, b.output).toBe(0)
    const ranA = JSON.parse(a.output.trim().split('\n').pop()!).ran as number
    const ranB = JSON.parse(b.output.trim().split('\n').pop()!).ran as number
    expect(ranA + ranB).toBe(40)
    // Both processes did part of the work: they really ran side by side.
    expect(ranA).toBeGreaterThan(0)
    expect(ranB).toBeGreaterThan(0)
    expect(deliveredIds().sort((x, y) => x - y)).toEqual(ids)
    const logged = await payload.find({ collection: 'webhook-deliveries', where: { id: { in: ids } }, limit: 0, pagination: false, depth: 0 })
    expect(logged.docs.every((d) => d.status === 'succeeded' && d.attempts === 1)).toBe(true)
  }, 240_000)

  it('should run a job whose row was only locked, not changed, while this runner was claiming it', async () => {
    receiver.received.length = 0
    const [delivery] = await queueMany(1)
    const job = await jobFor(delivery)
    const result = await raceClaimAgainst(job)
    expect(Object.keys(result.jobStatus ?? {})).toEqual([String(job)])
    expect(deliveredIds()).toEqual([delivery])
  }, 120_000)

  it('should not run a job again that another runner claimed and finished between this runner reading it and claiming it', async () => {
    receiver.received.length = 0
    const [delivery] = await queueMany(1)
    const job = await jobFor(delivery)
    const result = await raceClaimAgainst(job, 'completed_at = now(), total_tried = 1')
    expect(Object.keys(result.jobStatus ?? {})).not.toContain(String(job))
    expect(deliveredIds()).toEqual([])
    await payload.delete({ collection: 'payload-jobs', id: job })
  }, 120_000)

  it('should not run a job early that another runner tried and set to retry later while this runner was claiming it', async () => {
    receiver.received.length = 0
    const [delivery] = await queueMany(1)
    const job = await jobFor(delivery)
    const result = await raceClaimAgainst(job, "total_tried = 1, wait_until = now() + interval '1 hour'")
    expect(Object.keys(result.jobStatus ?? {})).not.toContain(String(job))
    expect(deliveredIds()).toEqual([])
    const row = await payload.findByID({ collection: 'payload-jobs', id: job, depth: 0 })
    expect(row.processing).toBe(false)
    expect(row.totalTried).toBe(1)
    await payload.delete({ collection: 'payload-jobs', id: job })
  }, 120_000)
})
