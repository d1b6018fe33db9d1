import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

import { TSX_FLAGS } from '../../../src/lib/tsxArgs'

const run = promisify(execFile)
// See src/lib/tsxArgs.ts: the payload CLI loads Lexical too.
const cliEnv = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${TSX_FLAGS.join(' ')}`.trim() }

describe('generated files', () => {
  it('should have committed payload-types.ts matching the current config', async () => {
    const outFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'relief-types-')), 'types.ts')
    await run(path.resolve('node_modules/.bin/payload'), ['generate:types'], {
      env: { ...cliEnv, PAYLOAD_TS_OUTPUT_PATH: outFile },
    })
    const fresh = fs.readFileSync(outFile, 'utf8')
    const committed = fs.readFileSync('src/payload-types.ts', 'utf8')
    // Run `npm run generate:types` and commit the result when this fails.
    expect(committed).toBe(fresh)
  }, 180_000)

  it('should have a migration snapshot matching the current schema', async () => {
    // The generator runs on a copy: a drift must not leave files in the checkout.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'relief-migrations-'))
    try {
      fs.cpSync('src/migrations', copy, { recursive: true })
      const before = new Set(fs.readdirSync(copy))
      // Payload's generator exits at once when nothing changed: the directory is the answer.
      const { stdout, stderr } = await run(
        path.resolve('node_modules/.bin/tsx'),
        [...TSX_FLAGS, 'tests/helpers/migrationDrift.ts', copy],
        { env: { ...process.env, DATABASE_URL: 'postgres://unused@127.0.0.1:1/none' } },
      )
      const created = fs.readdirSync(copy).filter((file) => !before.has(file))
      // Run `npm run payload migrate:create <name>` and commit the migration when this fails.
      expect(created, `${stdout}\n${stderr}`).toEqual([])
    } finally {
      fs.rmSync(copy, { recursive: true, force: true })
    }
  }, 120_000)
})
