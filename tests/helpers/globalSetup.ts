import { execFile } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../src/lib/db/embeddedPostgres'

const run = promisify(execFile)
export const TEMPLATE_DB = 'relief_template'

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

/**
 * One throwaway PostgreSQL per run (or TEST_DATABASE_URL), with a migrated template database
 * that every test file clones: each file gets a fresh schema in milliseconds.
 */
export default async function setup(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_URL
  let stop = async () => {}
  let tempDir: string | undefined
  if (!serverUrl) {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relief-test-'))
    fs.chmodSync(tempDir, 0o755)
    const db = await startEmbeddedPostgres({
      dataDir: path.join(tempDir, 'data'),
      port: await freePort(),
      database: 'postgres',
      isThrowaway: true,
    })
    serverUrl = db.connectionString
    stop = db.stop
  }

  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`)
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`)
  await admin.end()

  // Migrations, not schema push: tests run against exactly what production runs.
  await run(path.resolve('node_modules/.bin/tsx'), ['src/bin/prepare.ts'], {
    env: { ...process.env, DATABASE_URL: withDatabase(serverUrl, TEMPLATE_DB), NODE_ENV: 'test' },
  })

  project.provide('databaseServerUrl', serverUrl)
  return async () => {
    await stop()
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string
  }
}
