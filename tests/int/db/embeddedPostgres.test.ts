import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { startEmbeddedPostgres } from '../../../src/lib/db/embeddedPostgres'
import { freePort } from '../../helpers/freePort'

const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'relief-pg-unit-'))
fs.chmodSync(tempRoot, 0o755)

// A stopped server may still be flushing its last files: retry instead of failing on ENOTEMPTY.
afterAll(() => fs.rmSync(tempRoot, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }))

const waitFor = async (check: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (check()) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return check()
}

describe('embedded PostgreSQL', () => {
  it('should refuse a second server on a data directory that is in use, with a clear message', async () => {
    const dataDir = path.join(tempRoot, 'shared')
    const first = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'relief', isThrowaway: true })
    try {
      await expect(
        startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'relief', isThrowaway: true }),
      ).rejects.toThrow(/already running \(pid \d+\)/)
    } finally {
      await first.stop()
    }
    // The refused attempt left the cluster intact: it starts again afterwards.
    const again = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'relief', isThrowaway: true })
    await again.stop()
    expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false)
  }, 60_000)

  it('should stop PostgreSQL cleanly when the supervising script gets SIGTERM', async () => {
    const dataDir = path.join(tempRoot, 'supervised')
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/bin/with-db.ts', '--', 'sleep', '60'], {
      env: { ...process.env, DATABASE_URL: '', RELIEF_PG_DATA_DIR: dataDir, RELIEF_PG_PORT: String(await freePort()) },
      stdio: 'ignore',
    })
    const pidFile = path.join(dataDir, 'postmaster.pid')
    expect(await waitFor(() => fs.existsSync(pidFile), 30_000)).toBe(true)
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    child.kill('SIGTERM')
    await exited
    // A clean shutdown removes the pid file; a killed postmaster would leave it behind.
    expect(await waitFor(() => !fs.existsSync(pidFile), 15_000)).toBe(true)
  }, 60_000)
})
