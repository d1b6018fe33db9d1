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
  }, 60_000)

  it('should have a migration snapshot matching the current schema', async () => {
    const before = new Set(fs.readdirSync('src/migrations'))
    const indexBefore = fs.readFileSync('src/migrations/index.ts', 'utf8')
    // migrate:create compares the config with the last snapshot; no database is needed.
    const { stdout, stderr } = await run(
      path.resolve('node_modules/.bin/payload'),
      ['migrate:create', 'drift-check', '--skip-empty'],
      { env: { ...cliEnv, DATABASE_URL: 'postgres://unused@127.0.0.1:1/none' } },
    )
    const created = fs.readdirSync('src/migrations').filter((file) => !before.has(file))
    for (const file of created) fs.rmSync(path.join('src/migrations', file))
    // Put the index back as it was (it may hold migrations not committed yet).
    if (created.length > 0) fs.writeFileSync('src/migrations/index.ts', indexBefore)
    // Run `npm run payload migrate:create <name>` and commit the migration when this fails.
    expect(created, `${stdout}\n${stderr}`).toEqual([])
  }, 60_000)
})
