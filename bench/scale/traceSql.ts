/**
 * Where one Payload operation spends its time: every statement it sends through the adapter's
 * pool, with its duration, against the operation's total. The rest is JavaScript (hooks,
 * access, afterRead, transforms).
 */
import type { Payload } from 'payload'

type Query = (...args: unknown[]) => Promise<unknown>

export const traceSql = async (payload: Payload, label: string, operation: () => Promise<unknown>) => {
  const pool = (payload.db as unknown as { pool: { query: Query } }).pool
  const original = pool.query
  const statements: { text: string; ms: number }[] = []
  pool.query = async function traced(this: unknown, ...args: unknown[]) {
    const start = process.hrtime.bigint()
    try {
      return await original.apply(this, args)
    } finally {
      const first = args[0] as string | { text?: string }
      const text = typeof first === 'string' ? first : (first?.text ?? '?')
      statements.push({ text, ms: Number(process.hrtime.bigint() - start) / 1e6 })
    }
  }
  const start = process.hrtime.bigint()
  try {
    await operation()
  } finally {
    pool.query = original
  }
  const total = Number(process.hrtime.bigint() - start) / 1e6
  const sqlMs = statements.reduce((sum, s) => sum + s.ms, 0)
  console.log(`trace ${label}: ${total.toFixed(1)} ms total, ${statements.length} statements, ${sqlMs.toFixed(1)} ms in SQL`)
  for (const s of statements) console.log(`  ${s.ms.toFixed(1).padStart(8)} ms  ${s.text.replace(/\s+/g, ' ').slice(0, 600)}`)
}
