/**
 * `npm run backup` / `npm run restore` (README "Operating Relief CMS", issue 8 §8): a round trip of real content
 * (documents through the workflow with versions and events, users, an uploaded image) into a
 * fresh database and media directory is lossless: every row of every table, every sequence and
 * every file (by hash) come back the same. Restore refuses a non-empty target unless --force.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { listMediaFiles } from '@/lib/backup/mediaFiles'

import { freePort } from '../../helpers/freePort'
import { getTestPayload } from '../../helpers/payload'
import { withDatabase } from '../../helpers/throwawayDatabase'
import { createWorld, rand, type World } from '../../helpers/workflowFixtures'
import { repoRoot } from './killHarness'

const run = promisify(execFile)

/** An npm script of ours as `npm run <name>` runs it, in a real process. */
const script = async (name: 'backup' | 'restore', args: string[], env: Record<string, string>) => {
  try {
    const { stdout, stderr } = await run(
      path.join(repoRoot, 'node_modules/.bin/tsx'),
      ['--conditions=production', `src/bin/${name}.ts`, ...args],
      { cwd: repoRoot, env: { ...process.env, NODE_ENV: 'test', ...env }, maxBuffer: 16 * 1024 * 1024 },
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

/** Every row of every table (as PostgreSQL's row text, sorted) and every sequence of a database. */
const contentOf = async (connectionString: string) => {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS name FROM pg_tables
       WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    )
    const content: Record<string, string[]> = {}
    for (const { name } of tables) {
      content[name] = (await client.query(`SELECT t::text AS row FROM ${name} t ORDER BY 1`)).rows.map((r) => r.row)
    }
    const { rows: sequences } = await client.query(
      `SELECT schemaname, sequencename, last_value FROM pg_sequences ORDER BY 1, 2`,
    )
    return { content, sequences }
  } finally {
    await client.end()
  }
}

const serverUrl = inject('databaseServerUrl')
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'relief-backup-test-'))
const restoredDb = `relief_restore_${rand()}`
const restoredUrl = withDatabase(serverUrl, restoredDb)
const restoredMedia = path.join(scratch, 'restored-media')
const backupDir = path.join(scratch, 'backup')
let world: World
let source: Awaited<ReturnType<typeof contentOf>>

beforeAll(async () => {
  world = await createWorld(await getTestPayload())
  const { payload } = world
  // Content in several states: versions, workflow events, a Thai translation, an upload.
  await world.make('articles', 'published')
  await world.make('articles', 'approved')
  const faq = await world.make('faqs', 'in_review')
  await payload.update({ collection: 'faqs', id: faq.id, locale: 'th', draft: true, data: { question: `คำถาม ${rand()}` } as never })
  const png = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#5577aa' } }).png().toBuffer()
  await payload.create({
    collection: 'media',
    data: { alt: 'A therapist working on the lower back' } as never,
    file: { data: png, mimetype: 'image/png', name: `back-${rand()}.png`, size: png.length },
  })
  source = await contentOf(process.env.DATABASE_URL!)

  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${restoredDb}`)
  await admin.end()
}, 240_000)

afterAll(async () => {
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${restoredDb} WITH (FORCE)`)
  await admin.end()
  fs.rmSync(scratch, { recursive: true, force: true })
})

describe('npm run backup / npm run restore', () => {
  it('should round-trip every row, sequence and media file into a fresh database and media directory', async () => {
    const backup = await script('backup', [backupDir], { DATABASE_URL: process.env.DATABASE_URL!, MEDIA_DIR: process.env.MEDIA_DIR! })
    expect(backup.code, backup.stderr).toBe(0)
    expect(backup.stdout).toMatch(/Backup written to/)
    // The backup is what the database holds: nothing was written meanwhile.
    expect(await contentOf(process.env.DATABASE_URL!)).toEqual(source)

    const restore = await script('restore', [backupDir], { DATABASE_URL: restoredUrl, MEDIA_DIR: restoredMedia })
    expect(restore.code, restore.stderr).toBe(0)

    const restored = await contentOf(restoredUrl)
    expect(Object.keys(restored.content)).toEqual(Object.keys(source.content))
    for (const table of Object.keys(source.content)) expect(restored.content[table], table).toEqual(source.content[table])
    expect(restored.sequences).toEqual(source.sequences)
    // The content is real: versions, events and the upload are part of what came back.
    expect(source.content['public.workflow_events'].length).toBeGreaterThan(3)
    expect(source.content['public._articles_v'].length).toBeGreaterThan(3)
    expect(source.content['public.media']).toHaveLength(1)

    const originalFiles = await listMediaFiles(process.env.MEDIA_DIR!)
    expect(originalFiles.map((file) => file.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^back-.*\.png$/)]))
    expect(await listMediaFiles(restoredMedia)).toEqual(originalFiles)
  }, 300_000)

  it('should refuse to restore over a non-empty database without --force and change nothing', async () => {
    const client = new pg.Client({ connectionString: restoredUrl })
    await client.connect()
    await client.query(`DELETE FROM workflow_events WHERE id = (SELECT max(id) FROM workflow_events)`)
    await client.end()
    const before = await contentOf(restoredUrl)

    const refused = await script('restore', [backupDir], { DATABASE_URL: restoredUrl, MEDIA_DIR: restoredMedia })
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/Refusing to overwrite.*--force/s)
    expect(await contentOf(restoredUrl)).toEqual(before)

    const forced = await script('restore', [backupDir, '--force'], { DATABASE_URL: restoredUrl, MEDIA_DIR: restoredMedia })
    expect(forced.code, forced.stderr).toBe(0)
    expect(await contentOf(restoredUrl)).toEqual(source)
  }, 300_000)

  it('should refuse a damaged backup before touching the database', async () => {
    const damaged = path.join(scratch, 'damaged')
    fs.cpSync(backupDir, damaged, { recursive: true })
    const file = path.join(damaged, 'data', 'public.workflow_events.ndjson')
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/publish/, 'pub1ish'))
    const result = await script('restore', [damaged, '--force'], { DATABASE_URL: restoredUrl, MEDIA_DIR: restoredMedia })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/public\.workflow_events\.ndjson does not match its checksum/)
    expect(await contentOf(restoredUrl)).toEqual(source)
  }, 120_000)

  it('should restore into and back up from the embedded PostgreSQL when DATABASE_URL is unset', async () => {
    const embedded = {
      DATABASE_URL: '',
      RELIEF_PG_DATA_DIR: path.join(scratch, 'pgdata'),
      RELIEF_PG_PORT: String(await freePort()),
      MEDIA_DIR: path.join(scratch, 'embedded-media'),
    }
    const restore = await script('restore', [backupDir], embedded)
    expect(restore.code, restore.stderr).toBe(0)
    const again = path.join(scratch, 'backup-of-embedded')
    const backup = await script('backup', [again], embedded)
    expect(backup.code, backup.stderr).toBe(0)

    // Same rows in the same text format: the data files are byte-identical.
    const manifest = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
    const shape = (dir: string) => {
      const { tables, sequences, migrations } = manifest(dir)
      return { tables: tables.map(({ name, rows, sha256 }: any) => ({ name, rows, sha256 })), sequences, migrations }
    }
    expect(shape(again)).toEqual(shape(backupDir))
    expect(await listMediaFiles(embedded.MEDIA_DIR)).toEqual(await listMediaFiles(process.env.MEDIA_DIR!))
  }, 300_000)
})
