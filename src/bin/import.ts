/**
 * `npm run import -- <files or dirs> [--dry-run] [--locale en] [--author <therapist slug>] [--force] [--json]`:
 * imports .txt, .md and .html articles as draft articles (src/import/README.md). The one entry of
 * the import CLI: arguments and files are checked before any database starts, then it runs
 * against DATABASE_URL, or the embedded PostgreSQL (reused when the dev server runs it, else
 * started and stopped), whose pending migrations are applied first.
 *
 * The npm script starts Node with `--conditions=production`: that export condition loads
 * Lexical's production build directly. Its default Node entry picks the build with a top-level
 * await, which on Node 20 now and then leaves the module graph unsettled (exit code 13).
 */
import { parseArgs } from 'node:util'

import { collectFiles, fileSource } from '../import/files'
import type { ImportRow } from '../import/types'

const USAGE = `usage: npm run import -- <files or directories> [options]

Imports .txt, .md and .html articles as draft articles (directories are read recursively).

options:
  --dry-run           show what would be created or updated; write nothing
  --locale <code>     locale the files are written in (default: the default locale)
  --author <slug>     therapist to set as the author of every article
  --force             re-import files whose content has not changed
  --json              print the summary as JSON instead of a table
  -h, --help          show this help`

interface CliArgs {
  paths: string[]
  dryRun: boolean
  locale?: string
  author?: string
  force: boolean
  json: boolean
  help: boolean
}

class UsageError extends Error {
  // Set, not inferred: the production build minifies class names.
  override name = 'UsageError'
}

function parseCliArgs(argv: string[]): CliArgs {
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

/** Batches above this size get a progress bar (on a terminal only). */
const PROGRESS_BAR_MIN_FILES = 20

/** Returns the exit code: 0 all imported (or unchanged), 1 some files failed, 2 bad options. */
async function runImport(args: CliArgs, files: string[]): Promise<number> {
  // Loaded only once the arguments are known to be good: a typo answers at once. The config binds
  // DATABASE_URL when it is loaded, so it is loaded once the database is known.
  const [{ default: cliProgress }, { getPayload }, { Importer }, { renderPlan, renderTable, renderTotals }, { ImportOptionsError }] =
    await Promise.all([
      import('cli-progress'),
      import('payload'),
      import('../import/importer'),
      import('../import/report'),
      import('../import/types'),
    ])
  const { runMigrations } = await import('../lib/db/migrate')
  const { default: config } = await import('../../payload.config')
  const isTerminal = Boolean(process.stdout.isTTY)
  const bar =
    files.length > PROGRESS_BAR_MIN_FILES && isTerminal && !args.json
      ? new cliProgress.SingleBar(
          { format: 'importing [{bar}] {value}/{total} · {file}', hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        )
      : undefined

  const payload = await getPayload({ config })
  // Only the embedded database is migrated here; a DATABASE_URL database is the operator's.
  if (isEmbedded) await runMigrations(payload, process.env.DATABASE_URL!)
  try {
    let importer: Awaited<ReturnType<typeof Importer.create>>
    try {
      importer = await Importer.create(payload, {
        dryRun: args.dryRun,
        force: args.force,
        ...(args.locale ? { locale: args.locale } : {}),
        ...(args.author ? { author: args.author } : {}),
        onProgress: (row: ImportRow) => bar?.increment(1, { file: row.file.slice(-40) }),
      })
    } catch (error) {
      if (error instanceof ImportOptionsError) {
        console.error(error.message)
        return 2
      }
      throw error
    }
    bar?.start(files.length, 0, { file: '' })
    const summary = await importer.importAll(files.map(fileSource))
    bar?.stop()

    if (args.json) {
      console.log(JSON.stringify(summary, null, 2))
    } else {
      if (summary.dryRun) console.log(`${summary.rows.map(renderPlan).join('\n\n')}\n`)
      console.log(renderTable(summary, { colors: isTerminal }))
      console.log(renderTotals(summary))
    }
    return summary.totals.failed > 0 ? 1 : 0
  } finally {
    bar?.stop()
    await payload.destroy()
  }
}

let args: CliArgs
try {
  args = parseCliArgs(process.argv.slice(2).filter((arg) => arg !== '--'))
} catch (error) {
  if (!(error instanceof UsageError)) throw error
  console.error(`${error.message}\n\n${USAGE}`)
  process.exit(2)
}
if (args.help) {
  console.log(USAGE)
  process.exit(0)
}
// Cheap checks first, so a typo does not start a database.
const { files, missing } = collectFiles(args.paths)
if (missing.length) {
  console.error(`Not found: ${missing.join(', ')}`)
  process.exit(2)
}
if (files.length === 0) {
  console.error('No .txt, .md or .html files found.')
  process.exit(2)
}

const isEmbedded = !process.env.DATABASE_URL
const { scriptDatabase } = await import('../lib/db/scriptDatabase')
const db = await scriptDatabase()
let code = 1
try {
  code = await runImport(args, files)
} finally {
  await db.stop()
}
// process.exit() drops what a piped stdout has not written yet (a large --json summary):
// exit once everything before this empty write has been flushed.
process.stdout.write('', () => process.exit(code))
