import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { ensureDatabase } from '../lib/db/devDatabase'
import { TSX_FLAGS } from '../lib/tsxArgs'

export type Step = { command: string; args: string[] }

/** A TypeScript script of this project, run with tsx. */
export const tsxStep = (script: string, ...args: string[]): Step => ({
  command: localBin('tsx'),
  args: [...TSX_FLAGS, script, ...args],
})

/** The project's own binary when there is one, otherwise the command from PATH. */
export const localBin = (name: string) => {
  const local = path.resolve('node_modules/.bin', name)
  return fs.existsSync(local) ? local : name
}

const runStep = ({ command, args }: Step, env: NodeJS.ProcessEnv) =>
  new Promise<number>((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env })
    // SIGTERM reaches only this process; SIGINT from a terminal reaches the whole group.
    const forwardTerm = () => child.kill('SIGTERM')
    process.on('SIGTERM', forwardTerm)
    child.on('error', (error) => {
      console.error(`[relief] could not run ${command}: ${error.message}`)
      resolve(127)
    })
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
