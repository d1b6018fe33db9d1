/*
 * The CPU-heavy work that runs in the worker threads. Each task takes and returns plain data
 * (structured clone); nothing here touches the database.
 */
import type { Payload } from 'payload'

import type { SourceFormat } from '@/import/source'
import type { CheckClaimsOptions } from '@/medical/claims'

/**
 * The default editor features read the config only for internal links, uploads and
 * relationships, which Markdown and the sanitised HTML never produce; so the worker skips
 * loading the whole Payload config (seconds and a database adapter) and converts exactly as the
 * server does (tests/int/limits/workerPool.test.ts compares them).
 */
const EDITOR_ONLY_PAYLOAD = { config: { collections: [], globals: [] } } as unknown as Payload
const payloadLike = async (): Promise<Payload> => EDITOR_ONLY_PAYLOAD

export const tasks = {
  checkClaims: async (text: string, options: CheckClaimsOptions) => (await import('@/medical/claims')).checkClaims(text, options),
  parseSource: async (text: string, format: SourceFormat) =>
    (await import('@/import/convert')).parseSource(await payloadLike(), text, format),
  toLexical: async (markdown: string) => (await import('@/import/convert')).toLexical(await payloadLike(), markdown),
}

export type TaskName = keyof typeof tasks

export const runTask = (name: TaskName, args: unknown[]) => {
  const task = tasks[name] as (...taskArgs: unknown[]) => Promise<unknown>
  if (!task) throw new Error(`Unknown worker task "${name}"`)
  return task(...args)
}
