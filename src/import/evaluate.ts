// The importer's structure detector and the claims checker over a folder of scraped articles,
// without a database: what `npm run eval:seeds -- <dir>` prints. It measures how the
// heuristics do on a real corpus; the assertions live in tests/unit/import/seeds.test.ts.
import fs from 'node:fs'
import path from 'node:path'

import { Table } from 'console-table-printer'

import { checkClaims } from '../medical/claims'
import { inlineMarkdownToText, parseText } from './parse'
import type { ImportTextFormat } from './parse'

export interface EvaluationRow {
  file: string
  title: string
  headings: number
  lists: number
  faqs: number
  disclaimers: number
  author: string
  techniques: string[]
  boilerplate: number
  claims: { warn: number; block: number; ruleIds: string[] }
}

export interface Evaluation {
  rows: EvaluationRow[]
  /** Files the evaluation cannot read without a database (HTML needs Payload's converter). */
  skipped: string[]
}

const TEXT_FORMATS: Record<string, ImportTextFormat> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md' }

/** Markdown body → the plain wording the claims checker sees once it is stored. */
const markdownToText = (markdown: string): string =>
  markdown
    .split('\n')
    .map((line) => inlineMarkdownToText(line.replace(/^\s*(?:#{1,6}|[-*+]|\d+\.)\s+/, '')))
    .join('\n')

const countBlocks = (markdown: string, pattern: RegExp): number =>
  markdown.split(/\n{2,}/).filter((block) => pattern.test(block.trim())).length

export function evaluateFile(file: string, text: string, format: ImportTextFormat): EvaluationRow {
  const parsed = parseText(text, format)
  const wording = [
    parsed.title,
    markdownToText(parsed.bodyMarkdown),
    ...parsed.faqs.flatMap((faq) => [faq.question, markdownToText(faq.answer)]),
  ].join('\n\n')
  const findings = checkClaims(wording)
  return {
    file,
    title: parsed.title,
    headings: (parsed.bodyMarkdown.match(/^#{1,6} /gm) ?? []).length,
    lists: countBlocks(parsed.bodyMarkdown, /^(?:[-*+]|\d+\.) /),
    faqs: parsed.faqs.length,
    disclaimers: parsed.disclaimers.length,
    author: parsed.authorBio?.name ?? (parsed.authorBio ? '(unnamed)' : ''),
    techniques: parsed.techniqueMentions,
    boilerplate: parsed.droppedBoilerplate.length,
    claims: {
      warn: findings.filter((finding) => finding.severity === 'warn').length,
      block: findings.filter((finding) => finding.severity === 'block').length,
      ruleIds: [...new Set(findings.map((finding) => finding.ruleId))],
    },
  }
}

const listFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name)
      return entry.isDirectory() ? listFiles(full) : entry.isFile() ? [full] : []
    })
    .sort()

/** Every .txt/.md article under `dir` (recursively); HTML is listed as skipped. */
export function evaluateDirectory(dir: string): Evaluation {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new Error(`Not a directory: ${dir}`)
  const rows: EvaluationRow[] = []
  const skipped: string[] = []
  for (const file of listFiles(dir)) {
    const extension = path.extname(file).toLowerCase()
    const format = TEXT_FORMATS[extension]
    const relative = path.relative(dir, file)
    if (format) rows.push(evaluateFile(relative, fs.readFileSync(file, 'utf8'), format))
    else if (extension === '.html' || extension === '.htm') skipped.push(relative)
  }
  return { rows, skipped }
}

export function renderEvaluation({ rows, skipped }: Evaluation): string {
  const table = new Table({
    shouldDisableColors: true,
    columns: [
      { name: 'file', alignment: 'left', maxLen: 32 },
      { name: 'title', alignment: 'left', maxLen: 40 },
      { name: 'headings', alignment: 'right' },
      { name: 'lists', alignment: 'right' },
      { name: 'faqs', alignment: 'right' },
      { name: 'notices', alignment: 'right' },
      { name: 'author', alignment: 'left' },
      { name: 'techniques', alignment: 'right' },
      { name: 'dropped', alignment: 'right' },
      { name: 'claims', alignment: 'left', maxLen: 48 },
    ],
  })
  for (const row of rows) {
    table.addRow({
      file: row.file,
      title: row.title,
      headings: row.headings,
      lists: row.lists,
      faqs: row.faqs,
      notices: row.disclaimers,
      author: row.author,
      techniques: row.techniques.length,
      dropped: row.boilerplate,
      claims: `${row.claims.warn} warn, ${row.claims.block} block${row.claims.ruleIds.length ? `: ${row.claims.ruleIds.join(' ')}` : ''}`,
    })
  }
  const sum = (pick: (row: EvaluationRow) => number) => rows.reduce((total, row) => total + pick(row), 0)
  const totals =
    `${rows.length} articles: ${sum((row) => row.faqs)} FAQs, ${sum((row) => row.disclaimers)} notices, ` +
    `${rows.filter((row) => row.author).length} authors, ${sum((row) => row.techniques.length)} technique mentions, ` +
    `${sum((row) => row.claims.warn)} warn and ${sum((row) => row.claims.block)} block findings`
  const skippedLine = skipped.length ? `\nSkipped (HTML needs the database; use npm run import -- --dry-run): ${skipped.join(', ')}` : ''
  return `${rows.length ? table.render() : '(no .txt or .md articles)'}\n${totals}${skippedLine}`
}
