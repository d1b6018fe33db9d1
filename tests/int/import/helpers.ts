import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'

import { fileSource } from '@/import/files'
import { importSources, type ImportOptions, type ImportSummary } from '@/import'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const articlesDir = path.resolve(repoRoot, 'tests/fixtures/articles')
export const fixturesDir = path.resolve(repoRoot, 'tests/fixtures/import')
export const fixture = (name: string) => path.join(fixturesDir, name)

/** The scraped-style fixture articles (tests/fixtures/articles), sorted by name. */
export const articleFiles = () =>
  fs
    .readdirSync(articlesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(articlesDir, name))

/** A scratch directory of this test file, for files the tests write and change. */
export const scratchDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'relief-import-'))

export const writeFile = (dir: string, name: string, content: string | Uint8Array) => {
  const file = path.join(dir, name)
  fs.writeFileSync(file, content)
  return file
}

export const importFiles = (payload: Payload, files: string[], options: ImportOptions = {}): Promise<ImportSummary> =>
  importSources(payload, files.map(fileSource), options)

export const rowFor = (summary: ImportSummary, file: string) => {
  const row = summary.rows.find((candidate) => path.resolve(candidate.file) === path.resolve(file))
  if (!row) throw new Error(`no summary row for ${file}: ${summary.rows.map((r) => r.file).join(', ')}`)
  return row
}

type LexicalNode = { type?: string; text?: string; tag?: string; children?: LexicalNode[]; fields?: Record<string, unknown> }

export const nodesOf = (state: unknown, type: string): LexicalNode[] => {
  const found: LexicalNode[] = []
  const walk = (node: LexicalNode) => {
    if (node.type === type) found.push(node)
    node.children?.forEach(walk)
  }
  const root = (state as { root?: LexicalNode } | null)?.root
  if (root) walk(root)
  return found
}

export const textOf = (node: LexicalNode): string =>
  typeof node.text === 'string' ? node.text : node.type === 'linebreak' ? '\n' : (node.children ?? []).map(textOf).join('')

export const plainText = (state: unknown) => {
  const root = (state as { root?: LexicalNode } | null)?.root
  return root ? textOf(root) : ''
}

/** Rows in the tables an import writes to (main rows and version rows). */
export const countAll = async (payload: Payload) => {
  const collections = ['articles', 'faqs', 'disclaimers', 'therapists', 'import-records'] as const
  const result: Record<string, number> = {}
  for (const collection of collections) {
    result[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
    if (collection !== 'import-records') {
      result[`${collection}:versions`] = (await payload.countVersions({ collection, overrideAccess: true })).totalDocs
    }
  }
  return result
}

export const createTechniques = async (payload: Payload, names: string[]) => {
  const ids: Record<string, number> = {}
  for (const name of names) {
    const doc = await payload.create({ collection: 'techniques', data: { name, category: 'professional' } as never })
    ids[name] = doc.id
  }
  return ids
}

export const idsOf = (values: unknown[] | null | undefined) =>
  (values ?? []).map((value) => (value && typeof value === 'object' ? (value as { id: number }).id : (value as number)))

export const latestArticle = (payload: Payload, id: number) =>
  payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true }) as Promise<Record<string, any>>
