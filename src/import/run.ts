// The CLI's work once a database is there: import, show progress on large batches, print the summary.
import cliProgress from 'cli-progress'
import { getPayload, type SanitizedConfig } from 'payload'

import { type CliArgs, collectFiles, fileSource } from './cli'
import { Importer, ImportOptionsError, type ImportRow } from './importer'
import { renderPlan, renderTable, renderTotals } from './report'

/** Batches above this size get a progress bar (on a terminal only). */
const PROGRESS_BAR_MIN_FILES = 20

/** Returns the exit code: 0 all imported (or unchanged), 1 some files failed, 2 bad arguments. */
export async function runImport(config: SanitizedConfig | Promise<SanitizedConfig>, args: CliArgs): Promise<number> {
  const { files, missing } = collectFiles(args.paths)
  if (missing.length) {
    console.error(`Not found: ${missing.join(', ')}`)
    return 2
  }
  if (files.length === 0) {
    console.error('No .txt, .md or .html files found.')
    return 2
  }
  const isTerminal = Boolean(process.stdout.isTTY)
  const bar =
    files.length > PROGRESS_BAR_MIN_FILES && isTerminal && !args.json
      ? new cliProgress.SingleBar(
          { format: 'importing [{bar}] {value}/{total} · {file}', hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        )
      : undefined

  const payload = await getPayload({ config })
  try {
    let importer: Importer
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
