import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../../helpers/payload'
import { countAll, fixture, repoRoot, scratchDir, writeFile } from './helpers'

const run = promisify(execFile)

/** `npm run import -- …` as the package script runs it, against this test file's database. */
const cli = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await run(path.join(repoRoot, 'node_modules/.bin/tsx'), ['--conditions=production', 'src/bin/import.ts', ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL, NODE_ENV: 'test' },
      maxBuffer: 10 * 1024 * 1024,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

let payload: Payload
let dir: string

beforeAll(async () => {
  payload = await getTestPayload()
  dir = scratchDir()
  fs.copyFileSync(fixture('piriformis-desk.md'), path.join(dir, 'piriformis-desk.md'))
  fs.mkdirSync(path.join(dir, 'nested'))
  fs.copyFileSync(fixture('hamstring-routine.txt'), path.join(dir, 'nested', 'hamstring-routine.txt'))
  writeFile(dir, 'notes.json', '{"ignored": "not an article format"}')
}, 60_000)

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('npm run import', () => {
  it('should print usage and exit 2 without starting a database when arguments are missing', async () => {
    const none = await cli()
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/name at least one file or directory/)
    expect(none.stderr).toMatch(/usage: npm run import/)
    const missing = await cli(path.join(dir, 'does-not-exist.md'))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/Not found/)
  })

  it('should print what it would do on --dry-run and write nothing', async () => {
    const before = await countAll(payload)
    const result = await cli('--dry-run', dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/piriformis-desk\.md: would create/)
    expect(result.stdout).toMatch(/FAQ draft: Will this fix my sciatica\?/)
    expect(result.stdout).toMatch(/disclaimer: new draft "Imported notice: The content on this page is for educational…" \(kind medical\)/)
    expect(result.stdout).toMatch(/author: new draft therapist "Priya Natarajan"/)
    expect(result.stdout).toMatch(/Dry run \(nothing written\): 2 created, 0 updated, 0 unchanged, 0 failed/)
    expect(await countAll(payload)).toEqual(before)
  })

  it('should import a directory recursively, skipping other file types, and print the summary table', async () => {
    const result = await cli(dir)
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/│ file\s+│ result\s+│ reason\s+│ title\s+│ faqs │ disclaimers │ techniques │ claims │/)
    expect(result.stdout).toMatch(/nested\/hamstring-routine\.txt\s+│ created/)
    expect(result.stdout).not.toMatch(/notes\.json/)
    expect(result.stdout).toMatch(/2 created, 0 updated, 0 unchanged, 0 failed/)
  })

  it('should report unchanged files, and exit 1 with a JSON summary when a file fails', async () => {
    const bad = writeFile(dir, 'bad.txt', Uint8Array.from([0x00, 0x01, 0x02]))
    const result = await cli('--json', dir)
    expect(result.code).toBe(1)
    const summary = JSON.parse(result.stdout)
    expect(summary.totals).toEqual({ created: 0, updated: 0, unchanged: 2, failed: 1 })
    const failed = summary.rows.find((row: { result: string }) => row.result === 'failed')
    expect(failed.file).toBe(path.relative(repoRoot, bad))
    expect(failed.reason).toMatch(/binary/)
  })

  it('should exit 2 for an unknown author', async () => {
    const result = await cli('--author', 'nobody-here', fixture('piriformis-desk.md'))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/No therapist with the slug "nobody-here"/)
  })
})
