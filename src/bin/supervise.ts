import { spawn } from 'node:child_process'
import path from 'node:path'

import { ensureDatabase } from '../lib/db/devDatabase'

export type Step = { command: string; args: string[] }

export const localBin = (name: string) => path.resolve('node_modules/.bin', name)

const runStep = ({ command, args }: Step, env: NodeJS.ProcessEnv) =>
  new Promise<number>((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    // SIGTERM reaches only this process; SIGINT from a terminal reaches the whole group.
    const forwardTerm = () => child.kill('SIGTERM')
    process.on('SIGTERM', forwardTerm)
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', forwardTerm)
      resolve(code ?? (signal ? 1 : 0))
    })
  })

/**
 * Owns the database for the lifetime of the steps: starts it (or uses DATABASE_URL), runs
 * each step as a child process with DATABASE_URL set, stops at the first failure, and shuts
 * Postgres down cleanly afterwards, also on Ctrl-C and SIGTERM.
 */
export const superviseWithDatabase = async (steps: Step[]) => {
  const db = await ensureDatabase()
  const env = { ...process.env, DATABASE_URL: db.connectionString }
  let code = 0
  try {
    for (const step of steps) {
      code = await runStep(step, env)
      if (code !== 0) break
    }
  } finally {
    await db.stop()
  }
  process.exit(code)
}
