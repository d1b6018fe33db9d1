import { sql } from '@payloadcms/db-postgres'
import type { Payload, Where } from 'payload'

type UpdateJobsArgs = {
  id?: number | string
  data: Record<string, unknown>
  limit?: number
  req?: { transactionID?: number | string | Promise<number | string> }
  returning?: boolean
  sort?: string | string[]
  where?: Where
}
type UpdateJobs = (args: UpdateJobsArgs) => Promise<unknown[] | null>
type Executor = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
type Adapter = {
  updateJobs: UpdateJobs
  drizzle: Executor
  sessions?: Record<string, { db?: Executor }>
}

const executorFor = async (adapter: Adapter, req: UpdateJobsArgs['req']): Promise<Executor> => {
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}

/**
 * Payload's runner claims jobs by reading the due ones and then setting `processing = true`
 * (payload 3.90, @payloadcms/drizzle updateJobs): two runners that read at the same moment
 * both claim, and both run, the same job, so a webhook would be delivered twice. This makes the
 * claim a compare-and-set: the candidates are read as before, then one
 * `UPDATE … WHERE processing = false RETURNING id` decides which of them this runner won (a
 * concurrent claimer blocks on the row lock, then sees `processing = true` and skips it).
 * Only the ids won are handed back to Payload's own update.
 */
export const installAtomicJobClaim = (payload: Payload) => {
  const adapter = payload.db as unknown as Adapter
  if ((adapter.updateJobs as { isAtomicClaim?: boolean }).isAtomicClaim) return
  const original = adapter.updateJobs.bind(adapter)

  /**
   * The ids this runner won among the due candidates (a compare-and-set per row), or undefined
   * when another runner won every one of them.
   */
  const claim = async (args: UpdateJobsArgs): Promise<number[] | undefined> => {
    let candidates: (number | string)[]
    if (args.id !== undefined) {
      candidates = [args.id]
    } else {
      const found = await payload.db.find({
        collection: 'payload-jobs',
        where: args.where ?? {},
        sort: args.sort as string,
        limit: args.limit,
        pagination: false,
        req: args.req as never,
      })
      candidates = found.docs.map((doc) => doc.id as number | string)
    }
    if (candidates.length === 0) return []
    const ids = sql.join(
      candidates.map((id) => sql`${Number(id)}`),
      sql`, `,
    )
    const db = await executorFor(adapter, args.req)
    const { rows } = await db.execute(
      sql`UPDATE payload_jobs SET processing = true WHERE id IN (${ids}) AND processing = false RETURNING id`,
    )
    if (rows.length === 0 && args.id === undefined) return undefined
    return rows.map((row) => Number(row.id))
  }

  const claimingUpdateJobs: UpdateJobs = async (args) => {
    if (args.data?.processing !== true) return original(args)
    let won: number[] | undefined
    // Lost every candidate to another runner: read again, since the jobs it won are processing
    // now and drop out of the due list. Answering "none" instead made Payload's runner stop
    // while due jobs were still waiting. Bounded: each lost round means another runner took a
    // whole batch.
    for (let attempt = 0; attempt < 5 && won === undefined; attempt++) won = await claim(args)
    if (!won || won.length === 0) return []
    // Payload's own update fills in the rest (updatedAt) and answers in its own shape.
    const rest = { ...args, id: undefined, where: { id: { in: won } }, limit: won.length }
    return original(rest)
  }
  ;(claimingUpdateJobs as { isAtomicClaim?: boolean }).isAtomicClaim = true
  adapter.updateJobs = claimingUpdateJobs
}
