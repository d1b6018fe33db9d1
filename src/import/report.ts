// The CLI's rendering of an import summary: a table (console-table-printer), the totals and,
// on a dry run, what would be written for each file.
import { Table } from 'console-table-printer'

import type { ImportResult, ImportRow, ImportSummary } from './types'

const COLORS: Record<ImportResult, string> = { created: 'green', updated: 'cyan', unchanged: 'white', failed: 'red' }
const DRY_RUN_LABEL: Record<ImportResult, string> = {
  created: 'would create',
  updated: 'would update',
  unchanged: 'unchanged',
  failed: 'failed',
}

const dash = (value: number, row: ImportRow) => (row.result === 'failed' ? '' : String(value))

export function renderTable(summary: ImportSummary, { colors = false }: { colors?: boolean } = {}): string {
  const table = new Table({
    shouldDisableColors: !colors,
    columns: [
      { name: 'file', alignment: 'left', maxLen: 40 },
      { name: 'result', alignment: 'left' },
      { name: 'reason', alignment: 'left', maxLen: 48 },
      { name: 'title', alignment: 'left', maxLen: 40 },
      { name: 'faqs', alignment: 'right' },
      { name: 'disclaimers', alignment: 'right' },
      { name: 'techniques', alignment: 'right' },
      { name: 'claims', alignment: 'right' },
    ],
  })
  for (const row of summary.rows) {
    table.addRow(
      {
        file: row.file,
        result: summary.dryRun ? DRY_RUN_LABEL[row.result] : row.result,
        reason: summary.dryRun && row.result !== 'failed' ? '' : (row.reason ?? ''),
        title: row.title ?? '',
        faqs: dash(row.faqs, row),
        disclaimers: dash(row.disclaimers, row),
        techniques: dash(row.techniques, row),
        claims: dash(row.claims, row),
      },
      { color: COLORS[row.result] },
    )
  }
  return table.render()
}

export const renderTotals = ({ totals, dryRun }: ImportSummary): string =>
  `${dryRun ? 'Dry run (nothing written): ' : ''}${totals.created} created, ${totals.updated} updated, ` +
  `${totals.unchanged} unchanged, ${totals.failed} failed`

/** What a dry run would write for one file. */
export function renderPlan(row: ImportRow): string {
  const lines = [`${row.file}: ${DRY_RUN_LABEL[row.result]}${row.reason && row.result === 'failed' ? ` (${row.reason})` : ''}`]
  const details = row.details
  if (!details) return lines.join('\n')
  lines.push(`  article: "${row.title}"${row.articleId ? ` (id ${row.articleId}, as a draft)` : ' (new draft)'}`)
  for (const question of details.faqs) lines.push(`  FAQ draft: ${question}`)
  for (const notice of details.disclaimers) {
    lines.push(
      notice.isNew
        ? `  disclaimer: new draft "${notice.title}" (kind medical)`
        : `  disclaimer: link #${notice.id} "${notice.title}" (similarity ${notice.similarity})`,
    )
  }
  for (const technique of details.techniques) lines.push(`  technique: link #${technique.id} ${technique.name}`)
  if (details.author) {
    const { author } = details
    lines.push(
      author.isNew
        ? `  author: new draft therapist "${author.name}"`
        : `  author: #${author.id} ${author.name}${author.isFromOption ? ' (--author)' : ''}`,
    )
  }
  if (details.droppedBoilerplate.length) lines.push(`  boilerplate dropped: ${details.droppedBoilerplate.map((text) => JSON.stringify(text.slice(0, 40))).join(', ')}`)
  if (details.stripped) {
    const { scripts, handlers, unsafeUrls } = details.stripped
    lines.push(`  stripped for safety: ${scripts} script/iframe, ${handlers} inline handler, ${unsafeUrls} unsafe URL`)
  }
  lines.push(`  claims findings: ${row.claims}`)
  return lines.join('\n')
}
