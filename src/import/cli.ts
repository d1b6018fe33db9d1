// `npm run import -- <files or dirs> [--dry-run] [--locale en] [--author <therapist slug>] [--force] [--json]`
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, type ImportSource } from './source'

export const USAGE = `usage: npm run import -- <files or directories> [options]

Imports .txt, .md and .html articles as draft articles (directories are read recursively).

options:
  --dry-run           show what would be created or updated; write nothing
  --locale <code>     locale the files are written in (default: the default locale)
  --author <slug>     therapist to set as the author of every article
  --force             re-import files whose content has not changed
  --json              print the summary as JSON instead of a table
  -h, --help          show this help`

export interface CliArgs {
  paths: string[]
  dryRun: boolean
  locale?: string
  author?: string
  force: boolean
  json: boolean
  help: boolean
}

export class UsageError extends Error {
  // Set, not inferred: the production build minifies class names.
  override name = 'UsageError'
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        locale: { type: 'string' },
        author: { type: 'string' },
        force: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  const args: CliArgs = {
    paths: positionals,
    dryRun: values['dry-run'] === true,
    force: values.force === true,
    json: values.json === true,
    help: values.help === true,
    ...(values.locale !== undefined ? { locale: values.locale } : {}),
    ...(values.author !== undefined ? { author: values.author } : {}),
  }
  if (!args.help && args.paths.length === 0) throw new UsageError('name at least one file or directory to import')
  return args
}

const isSupported = (file: string) => SUPPORTED_EXTENSIONS.includes(path.extname(file).toLowerCase())

/** The record key: the path relative to the project root (npm runs scripts there), with forward slashes. */
export const sourcePathOf = (file: string, root = process.cwd()) => path.relative(root, path.resolve(file)).split(path.sep).join('/')

/**
 * Files named on the command line, in order, and the supported files under each directory
 * (recursively, sorted, hidden entries skipped). A file named explicitly is always attempted,
 * so an unsupported one is reported rather than silently skipped.
 */
export function collectFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = []
  const missing: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile() && isSupported(entry.name)) files.push(full)
    }
  }
  for (const given of paths) {
    const stat = fs.statSync(given, { throwIfNoEntry: false })
    if (!stat) missing.push(given)
    else if (stat.isDirectory()) walk(given)
    else files.push(given)
  }
  const seen = new Set<string>()
  return { files: files.filter((file) => !seen.has(path.resolve(file)) && seen.add(path.resolve(file))), missing }
}

/** One file for the importer, read when its turn comes; an oversized file is never read, only its size is passed on. */
export function fileSource(file: string): ImportSource {
  const sourcePath = sourcePathOf(file)
  const { size } = fs.statSync(file)
  const bytes = () => (size > MAX_FILE_BYTES ? new Uint8Array(0) : new Uint8Array(fs.readFileSync(file)))
  return { sourcePath, displayName: sourcePath, bytes, size }
}
