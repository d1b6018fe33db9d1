import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

import { type RunningDatabase, startEmbeddedPostgres } from '../../src/lib/db/embeddedPostgres'
import { TSX_FLAGS } from '../../src/lib/tsxArgs'

import { freePort } from '../helpers/freePort'
import { withDatabase } from '../helpers/throwawayDatabase'

const run = promisify(execFile)
const bin = (name: string) => path.resolve('node_modules/.bin', name)

/**
 * An embedded PostgreSQL this test file owns alone, so it can stop and start it under a
 * running app without disturbing the shared e2e server.
 */
export type OwnPostgres = {
  databaseUrl: string
  mediaDir: string
  stopPostgres: () => Promise<void>
  startPostgres: () => Promise<void>
  cleanup: () => Promise<void>
}

export const startOwnPostgres = async (): Promise<OwnPostgres> => {
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relief-db-e2e-'))
  fs.chmodSync(tempDir, 0o755)
  const dataDir = path.join(tempDir, 'data')
  const mediaDir = path.join(tempDir, 'media')
  fs.mkdirSync(mediaDir)
  const port = await freePort()
  const start = () => startEmbeddedPostgres({ dataDir, port, database: 'postgres', isThrowaway: true })
  let running: RunningDatabase | null = await start()
  const serverUrl = running.connectionString
  const database = `relief_db_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${database}`)
  await admin.end()
  const databaseUrl = withDatabase(serverUrl, database)
  await run(bin('tsx'), [...TSX_FLAGS, 'src/bin/prepare.ts', '--seed'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development', MEDIA_DIR: mediaDir },
  })
  const stopPostgres = async () => {
    await running?.stop()
    running = null
  }
  return {
    databaseUrl,
    mediaDir,
    stopPostgres,
    startPostgres: async () => {
      running = await start()
    },
    cleanup: async () => {
      await stopPostgres()
      fs.rmSync(tempDir, { recursive: true, force: true })
    },
  }
}

export type OwnServer = { baseURL: string; log: () => string; stop: () => Promise<void> }

/** `next start` on the build globalSetup made, with settings of the test's choosing. */
export const startOwnServer = async (
  { databaseUrl, mediaDir }: Pick<OwnPostgres, 'databaseUrl' | 'mediaDir'>,
  env: Record<string, string>,
): Promise<OwnServer> => {
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const server: ChildProcess = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      MEDIA_DIR: mediaDir,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      NEXT_PUBLIC_SERVER_URL: baseURL,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  server.stdout?.on('data', (chunk) => (output += chunk))
  server.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise((resolve) => server.once('exit', resolve))
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return
    server.kill('SIGTERM')
    // A server stuck on hung requests may never finish shutting down by itself.
    const forceKill = setTimeout(() => server.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(forceKill)
  }
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    try {
      // Payload initialises on its first request; the probe waits for that too.
      const response = await fetch(`${baseURL}/api/health/ready`)
      if (response.ok) return { baseURL, log: () => output, stop }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  throw new Error(`next start did not become ready:\n${output}`)
}
