import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { TSX_FLAGS } from '../../src/lib/tsxArgs'

import { startThrowawayServer, withDatabase } from './throwawayDatabase'

const run = promisify(execFile)
const TEMPLATE_DB = 'relief_template'

/**
 * One throwaway PostgreSQL per run (or TEST_DATABASE_URL), with a migrated template database
 * that every test file clones: each file gets a fresh schema in milliseconds.
 */
export default async function setup(project: TestProject) {
  const { serverUrl, stop } = await startThrowawayServer()

  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`)
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`)
  await admin.end()

  // Migrations, not schema push: tests run against exactly what production runs.
  await run(path.resolve('node_modules/.bin/tsx'), [...TSX_FLAGS, 'src/bin/prepare.ts'], {
    env: { ...process.env, DATABASE_URL: withDatabase(serverUrl, TEMPLATE_DB), NODE_ENV: 'test' },
  })

  project.provide('databaseServerUrl', serverUrl)
  return stop
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string
  }
}
