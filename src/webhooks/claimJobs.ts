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
 * claim a compare-and-set: the candidates are read as before, then one `UPDATE … RETURNING id`
 * takes only the rows still exactly as read (same `updated_at` and `total_tried`, not
 * processing, not completed, not failed for good). A concurrent claimer blocks on the row lock
 * and then re-checks those conditions on the row as committed, so it skips a job another runner
 * claimed, and also one that another runner claimed, ran and finished while this runner was
 * between its read and its update (checking `processing` alone let that finished job run again).
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
    const db = await executorFor(adapter, args.req)
    if (args.id !== undefined) {
      const { rows } = await db.execute(
        sql`UPDATE payload_jobs SET processing = true WHERE id = ${Number(args.id)} AND processing = false RETURNING id`,
      )
      return rows.map((row) => Number(row.id))
    }
    const found = await payload.db.find<{ id: number; updatedAt: string; totalTried?: number | null }>({
      collection: 'payload-jobs',
      where: args.where ?? {},
      sort: args.sort as string,
      limit: args.limit,
      pagination: false,
      req: args.req as never,
    })
    if (found.docs.length === 0) return []
    const asRead = sql.join(
      found.docs.map(
        (doc) => sql`(${Number(doc.id)}::integer, ${doc.updatedAt}::timestamptz, ${Number(doc.totalTried ?? 0)}::numeric)`,
      ),
      sql`, `,
    )
    const { rows } = await db.execute(sql`UPDATE payload_jobs AS job SET processing = true
      FROM (VALUES ${asRead}) AS read (id, updated_at, total_tried)
      WHERE job.id = read.id AND job.updated_at = read.updated_at AND coalesce(job.total_tried, 0) = read.total_tried
        AND job.processing = false AND job.completed_at IS NULL AND job.has_error IS NOT TRUE
      RETURNING job.id`)
    if (rows.length === 0) return undefined
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
