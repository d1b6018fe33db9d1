import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { tasks, TaskName } from './tasks'

type Result<Name extends TaskName> = Awaited<ReturnType<(typeof tasks)[Name]>>

interface Job {
  id: number
  name: TaskName
  args: unknown[]
  resolve: (value: unknown) => void
  reject: (error: Error) => void
  /** Times this job was handed to a fresh worker after its thread got stuck. */
  retries: number
}

interface Slot {
  worker: Worker
  job?: Job
  deadline?: NodeJS.Timeout
}

/**
 * How long one task may run before its thread counts as stuck (`CPU_TASK_TIMEOUT_MS`, default
 * 45 s). A thread can hang while it loads its modules (Lexical's top-level await on Node 20):
 * it is then terminated and the task goes once to a fresh thread, so a request never waits
 * forever on the pool.
 */
const taskTimeoutMs = (): number => {
  const configured = Number(process.env.CPU_TASK_TIMEOUT_MS)
  return Number.isInteger(configured) && configured > 0 ? configured : 45_000
}
const MAX_RETRIES = 1

/**
 * Threads in the pool: `CPU_WORKERS`, else one fewer than the cores (at least 1, at most 2) so
 * the request thread keeps a core. 0 runs every task on the calling thread.
 */
export const poolSize = (): number => {
  const configured = process.env.CPU_WORKERS
  if (configured !== undefined && configured.trim() !== '') {
    const size = Number(configured)
    if (!Number.isInteger(size) || size < 0) throw new Error(`CPU_WORKERS must be a whole number, got "${configured}"`)
    return size
  }
  return Math.max(1, Math.min(2, os.availableParallelism() - 1))
}

/**
 * The worker file is resolved from the project root at run time and started through a one-line
 * eval'd script: Next's bundler follows `new Worker(path)` into the file and tries to bundle tsx
 * with it (the build fails), while an eval'd string is left alone. Node then loads the plain .mjs
 * file itself, under `next start`, tsx scripts and vitest alike.
 */
const workerBootstrap = () => {
  const entry = pathToFileURL(path.join(process.cwd(), 'src', 'workers', 'cpu-worker.mjs')).href
  return `import(${JSON.stringify(entry)}).catch((error) => { throw error })`
}

export class WorkerError extends Error {
  constructor(name: string, message: string) {
    super(message)
    this.name = name
  }
}

/** A small pool of worker threads for CPU-heavy tasks, started on first use. */
class CpuPool {
  private readonly slots: Slot[] = []
  private readonly queue: Job[] = []
  private nextId = 1

  constructor(private readonly size: number) {}

  run<Name extends TaskName>(name: Name, args: Parameters<(typeof tasks)[Name]>): Promise<Result<Name>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, name, args, resolve: resolve as (value: unknown) => void, reject, retries: 0 })
      this.dispatch()
    })
  }

  private dispatch() {
    while (this.queue.length) {
      let slot = this.slots.find((candidate) => !candidate.job)
      if (!slot && this.slots.length < this.size) slot = this.start()
      if (!slot) return
      const job = this.queue.shift()!
      slot.job = job
      // Referenced only while busy: an idle pool never keeps a script or test run alive.
      slot.worker.ref()
      slot.deadline = setTimeout(() => this.expire(slot), taskTimeoutMs())
      slot.deadline.unref()
      slot.worker.postMessage({ id: job.id, name: job.name, args: job.args })
    }
  }

  /** A task overran its deadline: drop the stuck thread, retry the task once on a fresh one. */
  private expire(slot: Slot) {
    const job = slot.job
    if (!job) return
    this.slots.splice(this.slots.indexOf(slot), 1)
    slot.job = undefined
    void slot.worker.terminate()
    if (job.retries < MAX_RETRIES) {
      job.retries += 1
      this.queue.unshift(job)
    } else {
      job.reject(new WorkerError('CpuTaskTimeout', `CPU task "${job.name}" did not finish within ${taskTimeoutMs()} ms`))
    }
    this.dispatch()
  }

  private start(): Slot {
    const worker = new Worker(workerBootstrap(), {
      eval: true,
      // Lexical's default entry can hang on Node 20 (see src/lib/tsxArgs.ts).
      // Only that: the flags of the parent (vitest's loader hooks, tsx's) are not the worker's
      // business, and with them the worker could hang while importing Lexical.
      execArgv: ['--conditions=production'],
    })
    const slot: Slot = { worker }
    worker.unref()
    worker.on('message', (message: { id?: number; result?: unknown; error?: { name: string; message: string } }) => {
      if (message.id === undefined || slot.job?.id !== message.id) return
      const job = slot.job
      slot.job = undefined
      clearTimeout(slot.deadline)
      worker.unref()
      if (message.error) job.reject(new WorkerError(message.error.name, message.error.message))
      else job.resolve(message.result)
      this.dispatch()
    })
    const fail = (error: Error) => {
      clearTimeout(slot.deadline)
      if (!this.slots.includes(slot)) return
      this.slots.splice(this.slots.indexOf(slot), 1)
      slot.job?.reject(error)
      slot.job = undefined
      this.dispatch()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(new Error(`CPU worker exited with code ${code}`))
    })
    this.slots.push(slot)
    return slot
  }

  /** Stops the threads (tests and scripts that want a clean exit). */
  async close() {
    const slots = this.slots.splice(0)
    for (const slot of slots) clearTimeout(slot.deadline)
    await Promise.all(slots.map((slot) => slot.worker.terminate()))
  }
}

let pool: CpuPool | undefined

/** Runs a task in the pool, or on this thread when CPU_WORKERS=0. */
export const runInWorker = async <Name extends TaskName>(
  name: Name,
  ...args: Parameters<(typeof tasks)[Name]>
): Promise<Result<Name>> => {
  const size = poolSize()
  if (size === 0) {
    const { runTask } = await import('./tasks')
    return runTask(name, args) as Promise<Result<Name>>
  }
  pool ??= new CpuPool(size)
  return pool.run(name, args)
}

export const closeWorkerPool = async () => {
  await pool?.close()
  pool = undefined
}
