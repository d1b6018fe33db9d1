/**
 * Tools for the kill -9 tests: a real child process tagged with an application_name, a
 * PostgreSQL trigger that stalls it inside its transaction at a chosen write, SIGKILL of its
 * whole process group, and a snapshot of every table to prove nothing was half-written.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const TARGET_APP_NAME = 'relief-kill-target'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A client of the test's database. New sessions there check every 200 ms whether their client
 * is still there, so a backend notices a killed process during a running statement (PostgreSQL
 * ≥ 14) instead of only when the statement ends.
 */
export const connect = async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  const { rows } = await client.query('SELECT current_database() AS name')
  await client.query(`ALTER DATABASE ${pg.escapeIdentifier(rows[0].name)} SET client_connection_check_interval = 200`)
  return client
}

/** Every table of the public schema: row count and a hash of all its rows, in a stable order. */
export const snapshot = async (client: pg.Client) => {
  const { rows: tables } = await client.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  )
  const result: Record<string, string> = {}
  for (const { tablename } of tables) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS h FROM ${pg.escapeIdentifier(tablename)} t`,
    )
    result[tablename] = `${rows[0].n}:${rows[0].h}`
  }
  return result
}

/**
 * A BEFORE trigger that sleeps, so the target process blocks inside its transaction exactly at
 * this write (everything before it in the transaction already done, nothing after it).
 */
export const installStall = async (client: pg.Client, table: string, event: 'INSERT' | 'UPDATE', when = 'true') => {
  await client.query(`
    CREATE OR REPLACE FUNCTION relief_test_stall() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF current_setting('application_name') = '${TARGET_APP_NAME}' THEN PERFORM pg_sleep(300); END IF;
      RETURN NEW;
    END $$`)
  await client.query(
    `CREATE TRIGGER relief_test_stall BEFORE ${event} ON ${pg.escapeIdentifier(table)} FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION relief_test_stall()`,
  )
  return async () => {
    await client.query(`DROP TRIGGER IF EXISTS relief_test_stall ON ${pg.escapeIdentifier(table)}`)
  }
}

export type Target = { child: ChildProcess; exited: Promise<number | null>; output: () => string }

/** Starts a real process (its own process group) whose connections carry TARGET_APP_NAME. */
export const startTarget = (args: string[], env: Record<string, string> = {}): Target => {
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), args, {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PGAPPNAME: TARGET_APP_NAME,
      ...env,
    },
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, exited, output: () => output }
}

/** Waits until the target sits in the stall trigger, i.e. inside its open transaction. */
export const waitForStall = async (client: pg.Client, target: Target, timeoutMs = 120_000) => {
  let hasExited = false
  void target.exited.then(() => (hasExited = true))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const { rows } = await client.query(
      `SELECT pid, xact_start, query FROM pg_stat_activity WHERE application_name = $1 AND wait_event = 'PgSleep'`,
      [TARGET_APP_NAME],
    )
    if (rows.length > 0) return rows as { pid: number; xact_start: Date; query: string }[]
    if (hasExited) throw new Error(`the target exited before it stalled:\n${target.output()}`)
    await sleep(100)
  }
  throw new Error(`the target never reached the stall:\n${target.output()}`)
}

/** kill -9 of the target and everything it started (tsx runs the script in a child node). */
export const killTarget = async (target: Target) => {
  process.kill(-target.child.pid!, 'SIGKILL')
  await target.exited
}

/** Waits until PostgreSQL has ended every session of the killed process. */
export const waitForSessionsGone = async (client: pg.Client, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1`, [
      TARGET_APP_NAME,
    ])
    if (rows[0].n === 0) return
    await sleep(100)
  }
  throw new Error('the killed process still has database sessions')
}

/** Runs the target to completion (no stall) and returns its exit code and output. */
export const runTarget = async (args: string[], env: Record<string, string> = {}) => {
  const target = startTarget(args, env)
  const code = await target.exited
  return { code, output: target.output() }
}
