import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

export const repoRoot = path.resolve(here, '../../..')
/** Scraped-style articles written for the tests, one per structure the importer must handle. */
export const articlesDir = path.resolve(repoRoot, 'tests/fixtures/articles')
export const fixturesDir = path.resolve(repoRoot, 'tests/fixtures/import')

export const readFixture = (name: string): string => readFileSync(path.join(fixturesDir, name), 'utf8')

export const headingLines = (markdown: string): string[] => markdown.match(/^#{1,6} .+$/gm) ?? []

/** Top-level Markdown list blocks (blocks are separated by blank lines). */
export const listBlocks = (markdown: string): string[] =>
  markdown
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => /^(?:[-*+]|\d+\.) /.test(block))
