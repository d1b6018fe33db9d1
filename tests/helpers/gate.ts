import pg from 'pg'

/**
 * A gate inside PostgreSQL for race tests: while it is closed, every INSERT into `table` waits
 * inside its transaction (holding whatever it locked before). A race test closes the gate, fires
 * its requests, waits until one is held at the gate AND another is blocked behind it, then opens
 * the gate: the requests overlapped for certain, not by luck of timing.
 */
export const closeGate = async (table: string) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  const key = 74_020_000 + Math.floor(Math.random() * 1000)
  const name = `relief_test_gate_${table}`
  await client.query(`CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger AS $$
    BEGIN PERFORM pg_advisory_xact_lock_shared(${key}); RETURN NEW; END $$ LANGUAGE plpgsql`)
  await client.query(`DROP TRIGGER IF EXISTS ${name} ON ${table}`)
  await client.query(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`)
  await client.query('SELECT pg_advisory_lock($1)', [key])

  /** Sessions of this database, other than the gate's own, and what they wait for. */
  const waiting = async () =>
    (
      await client.query(
        `SELECT pid, wait_event_type, wait_event FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'`,
      )
    ).rows as { pid: number; wait_event_type: string | null; wait_event: string | null }[]

  return {
    /** Resolves once one session is held at the gate and `blocked` more wait on a lock behind it. */
    async overlap({ blocked = 1, timeoutMs = 30_000 } = {}) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const rows = await waiting()
        const atGate = rows.filter((row) => row.wait_event === 'advisory').length
        const behind = rows.filter((row) => row.wait_event_type === 'Lock' && row.wait_event !== 'advisory').length
        if (atGate >= 1 && behind >= blocked) return
        if (Date.now() > deadline) throw new Error(`no overlap within ${timeoutMs} ms: ${JSON.stringify(rows)}`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
    async open() {
      await client.query('SELECT pg_advisory_unlock($1)', [key])
    },
    async remove() {
      await client.query('SELECT pg_advisory_unlock_all()')
      await client.query(`DROP TRIGGER IF EXISTS ${name} ON ${table}`)
      await client.query(`DROP FUNCTION IF EXISTS ${name}()`)
      await client.end()
    },
  }
}
