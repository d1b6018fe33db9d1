// Files named on a command line, as import sources: the records key them by their project path.
import fs from 'node:fs'
import path from 'node:path'

import { MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, type ImportSource } from './source'

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
