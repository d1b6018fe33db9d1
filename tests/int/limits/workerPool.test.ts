/**
 * CPU-heavy work runs in worker threads (issue 8 §2; README "Operating Relief CMS"): the results are the same as
 * on the request thread, and the request thread keeps running while the work is done.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseSource, toLexical } from '@/import/convert'
import { checkClaims } from '@/medical/claims'
import { checkClaimsOffThread, INLINE_CLAIMS_MAX_CHARS, INLINE_CONVERSION_MAX_CHARS, parseSourceOffThread } from '@/workers/offload'
import { closeWorkerPool, runInWorker } from '@/workers/pool'

import { getTestPayload } from '../../helpers/payload'

// A thread that gets stuck while loading is replaced well within the tests' time limits.
process.env.CPU_TASK_TIMEOUT_MS = '20000'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await closeWorkerPool()
})

/** Lexical gives every link node a random id; everything else must match. */
const withoutIds = (value: unknown) => JSON.parse(JSON.stringify(value, (key, item) => (key === 'id' ? undefined : item)))

/** Counts event-loop turns while `work` runs: zero means the work blocked this thread throughout. */
const turnsDuring = async <T>(work: () => Promise<T>) => {
  let turns = 0
  const timer = setInterval(() => (turns += 1), 5)
  try {
    const result = await work()
    return { result, turns }
  } finally {
    clearInterval(timer)
  }
}

const LONG_TEXT = 'This routine is guaranteed to give permanent relief. Gentle pressure may ease tension for some people.\n'.repeat(4_000)

describe('CPU worker pool', () => {
  it('should check a long text in a worker with the same findings, while this thread keeps turning', async () => {
    expect(LONG_TEXT.length).toBeGreaterThan(INLINE_CLAIMS_MAX_CHARS)
    const { result, turns } = await turnsDuring(() => checkClaimsOffThread(LONG_TEXT))
    expect(result).toEqual(checkClaims(LONG_TEXT))
    expect(turns).toBeGreaterThan(0)
    // Inline, the same check gives the loop no turn at all: that is what the pool avoids.
    const inline = await turnsDuring(async () => checkClaims(LONG_TEXT))
    expect(inline.turns).toBe(0)
  }, 120_000)

  it('should convert Markdown and HTML in a worker exactly as the request thread does', async () => {
    const fixtures = path.resolve('tests/fixtures/import')
    for (const name of fs.readdirSync(fixtures)) {
      const format = name.endsWith('.html') ? 'html' : name.endsWith('.md') ? 'md' : name.endsWith('.txt') ? 'txt' : undefined
      if (!format) continue
      const text = fs.readFileSync(path.join(fixtures, name), 'utf8')
      const [inWorker, inThread] = await Promise.all([runInWorker('parseSource', text, format), parseSource(payload, text, format)])
      expect(inWorker, name).toEqual(inThread)
      const markdown = inThread.parsed.bodyMarkdown
      expect(withoutIds(await runInWorker('toLexical', markdown)), name).toEqual(withoutIds(await toLexical(payload, markdown)))
    }
  }, 120_000)

  it('should parse a long source in a worker while this thread keeps turning', async () => {
    const paragraph = 'Slow pressure on the glutes eases a tight piriformis for many people. '.repeat(20)
    const text = `Long notes\n\n${`${paragraph}\n\n`.repeat(60)}`
    expect(text.length).toBeGreaterThan(INLINE_CONVERSION_MAX_CHARS)
    const { result, turns } = await turnsDuring(() => parseSourceOffThread(payload, text, 'txt'))
    expect(result).toEqual(await parseSource(payload, text, 'txt'))
    expect(turns).toBeGreaterThan(0)
  }, 120_000)

  it('should report a task failure as an error, and keep serving afterwards', async () => {
    const runUnknown = runInWorker as unknown as (name: string) => Promise<unknown>
    await expect(runUnknown('nope')).rejects.toThrow(/Unknown worker task "nope"/)
    expect(await checkClaimsOffThread(LONG_TEXT)).toHaveLength(checkClaims(LONG_TEXT).length)
  }, 120_000)
})
