import type { Payload } from 'payload'

type Pool = { on: (event: 'error', listener: () => void) => void; end: () => Promise<void> }

/**
 * payload.destroy() leaves the adapter's pool open (Payload 3.90.1), and the adapter keeps one
 * client checked out for good, so pool.end() would never settle. A script that stops the
 * embedded PostgreSQL afterwards must not crash on those connections being terminated:
 * their errors are expected now, and the pool is closed without waiting for it.
 */
export const closePayload = async (payload: Payload) => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  pool?.on('error', () => {})
  await payload.destroy()
  void pool?.end().catch(() => {})
}
