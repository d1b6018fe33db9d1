import { execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { TSX_FLAGS } from '../../src/lib/tsxArgs'

import { freePort } from '../helpers/freePort'
import { startThrowawayServer, withDatabase } from '../helpers/throwawayDatabase'

const run = promisify(execFile)
const bin = (name: string) => path.resolve('node_modules/.bin', name)

const waitForServer = async (url: string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/**
 * End-to-end tests run against a production build (`next build` + `next start`), on a
 * throwaway database seeded with the demo content.
 */
export default async function setup(project: TestProject) {
  const { serverUrl, stop: stopDatabase } = await startThrowawayServer()
  try {
    return await startApp(project, serverUrl, stopDatabase)
  } catch (error) {
    // Without this a failed build leaves Postgres running and vitest never exits.
    await stopDatabase()
    throw error
  }
}

const startApp = async (project: TestProject, serverUrl: string, stopDatabase: () => Promise<void>) => {
  const database = `relief_e2e_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${database}`)
  await admin.end()
  const databaseUrl = withDatabase(serverUrl, database)
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relief-e2e-media-'))

  await run(bin('tsx'), [...TSX_FLAGS, 'src/bin/prepare.ts', '--seed'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development', MEDIA_DIR: mediaDir },
  })

  if (process.env.E2E_SKIP_BUILD !== '1' || !fs.existsSync('.next/BUILD_ID')) {
    const started = Date.now()
    await run(bin('next'), ['build'], {
      env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' },
      maxBuffer: 64 * 1024 * 1024,
    })
    console.log(`[e2e] next build took ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }

  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const server = spawn(bin('next'), ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      MEDIA_DIR: mediaDir,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      NEXT_PUBLIC_SERVER_URL: baseURL,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let serverLog = ''
  server.stdout?.on('data', (chunk) => (serverLog += chunk))
  server.stderr?.on('data', (chunk) => (serverLog += chunk))
  try {
    await waitForServer(`${baseURL}/api/users/me`, 60_000)
  } catch (error) {
    console.error(serverLog)
    server.kill('SIGTERM')
    throw error
  }

  project.provide('baseURL', baseURL)
  return async () => {
    server.kill('SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
    await stopDatabase()
    fs.rmSync(mediaDir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}
