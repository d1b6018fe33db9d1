/**
 * kill -9 in the middle of `npm run import` of several files (README "Operating Relief CMS", issue 8 §8): the real
 * CLI runs against this file's database, a trigger stalls it inside the transaction of one file
 * (everything of that file written but its import record), and the whole process group is
 * killed there. Files are then either wholly imported or not at all, and a re-run finishes the
 * batch without duplicates.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../../helpers/payload'
import {
  connect,
  installStall,
  killTarget,
  runTarget,
  startTarget,
  waitForSessionsGone,
  waitForStall,
} from './killHarness'

const NAMES = ['alder', 'birch', 'cedar', 'damson', 'elm']
/** The file whose transaction the process dies in (the batch runs in name order, two at a time). */
const STALLED = 'damson'

/** An article with its own title, FAQs, notice and author, so each file's writes can be found. */
const articleFile = (name: string) => `# The ${name} stretch for a tight lower back

Sitting for hours can leave the hips and lower back stiff. This ${name} routine takes five minutes.

## How to do it

1. Sit on the front edge of a chair.
2. Cross one ankle over the other knee and lean forward slowly.
3. Hold for thirty seconds and switch sides.

> Disclaimer: The ${name} notes on this page are general information about stretching and are not a diagnosis.

## FAQ

### How often should I do the ${name} stretch?

Once or twice a day is plenty for most people.

### Can the ${name} stretch hurt?

Stop if you feel sharp or shooting pain and ask a clinician.

Written by Robin ${name[0].toUpperCase()}${name.slice(1)}wood, LMT

Robin teaches gentle stretching to office workers.
`

let client: pg.Client
let dir: string

beforeAll(async () => {
  await getTestPayload()
  client = await connect()
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relief-kill-import-'))
  for (const name of NAMES) fs.writeFileSync(path.join(dir, `${name}.md`), articleFile(name))
}, 120_000)

afterAll(async () => {
  await client?.end()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

const cliArgs = () => ['--conditions=production', 'src/bin/import.ts', dir]

/** What of one file's import is stored: its article, FAQs, author and import record. */
const storedOf = async (name: string) => {
  const count = async (sql: string, value: string) => Number((await client.query(sql, [value])).rows[0].n)
  return {
    articles: await count(`SELECT count(*) AS n FROM articles_locales WHERE title = $1`, `The ${name} stretch for a tight lower back`),
    faqs: await count(`SELECT count(*) AS n FROM faqs_locales WHERE question LIKE $1`, `%the ${name} stretch%`),
    therapists: await count(`SELECT count(*) AS n FROM therapists WHERE name ILIKE $1`, `Robin ${name}wood%`),
    records: await count(`SELECT count(*) AS n FROM import_records WHERE source_path LIKE $1`, `%/${name}.md`),
  }
}
const WHOLE = { articles: 1, faqs: 2, therapists: 1, records: 1 }
const NOTHING = { articles: 0, faqs: 0, therapists: 0, records: 0 }

describe('kill -9 mid-import', () => {
  it('should leave each file wholly imported or not at all, and a re-run should finish the batch without duplicates', async () => {
    const dropStall = await installStall(client, 'import_records', 'INSERT', `NEW.source_path LIKE '%/${STALLED}.md'`)
    const target = startTarget(cliArgs())
    try {
      const stalled = await waitForStall(client, target)
      expect(stalled[0].query).toMatch(/import_records/)
      await killTarget(target)
      await waitForSessionsGone(client)
    } finally {
      await dropStall()
    }

    const after: Record<string, Awaited<ReturnType<typeof storedOf>>> = {}
    for (const name of NAMES) after[name] = await storedOf(name)
    for (const name of NAMES) expect([WHOLE, NOTHING], `${name}: ${JSON.stringify(after[name])}`).toContainEqual(after[name])
    // The kill landed mid-batch: the first files were committed, the stalled one was not.
    expect(after.alder).toEqual(WHOLE)
    expect(after[STALLED]).toEqual(NOTHING)
    // No orphans: every stored article has its import record and the other way round.
    const { rows: orphans } = await client.query(
      `SELECT r.id FROM import_records r LEFT JOIN articles a ON a.id = r.article_id WHERE a.id IS NULL`,
    )
    expect(orphans).toEqual([])

    const rerun = await runTarget(cliArgs())
    expect(rerun.code, rerun.output).toBe(0)
    for (const name of NAMES) expect(await storedOf(name), name).toEqual(WHOLE)
  }, 300_000)
})
