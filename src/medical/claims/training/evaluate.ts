/*
 * Per-kind recall and false-flag rate of the checker on corpus entries. An entry counts as
 * flagged when the checker reports any finding in it; risky kinds report recall (flagged share),
 * safe kinds the false-flag rate (flagged share).
 */
import { checkClaims } from '../checkClaims'
import type { CorpusEntry } from '../corpus/corpus'
import type { CheckClaimsOptions } from '../types'

export interface KindRow {
  lang: string
  kind: string
  isRisky: boolean
  total: number
  flagged: number
}

export interface Evaluation {
  rows: KindRow[]
  /** Per language: recall over risky entries and false-flag rate over safe ones. */
  summary: Record<string, { recall: number; falseFlagRate: number; risky: number; safe: number }>
  mistakes: Array<{ entry: CorpusEntry; sources: string[] }>
}

export function evaluate(
  entries: CorpusEntry[],
  options: Pick<CheckClaimsOptions, 'isModelDisabled' | 'isRulesDisabled' | 'model'> = {},
): Evaluation {
  const rows = new Map<string, KindRow>()
  const mistakes: Evaluation['mistakes'] = []
  for (const entry of entries) {
    const kind = entry.kind === 'cited' ? 'cited' : entry.kind
    const key = `${entry.lang}\t${kind}`
    const row = rows.get(key) ?? { lang: entry.lang, kind, isRisky: entry.isRisky, total: 0, flagged: 0 }
    const findings = checkClaims(entry.text, options)
    row.total += 1
    if (findings.length) row.flagged += 1
    if (findings.length > 0 !== entry.isRisky) mistakes.push({ entry, sources: findings.map((finding) => finding.source) })
    rows.set(key, row)
  }
  const sorted = [...rows.values()].sort(
    (a, b) => a.lang.localeCompare(b.lang) || Number(b.isRisky) - Number(a.isRisky) || a.kind.localeCompare(b.kind),
  )
  const summary: Evaluation['summary'] = {}
  for (const lang of [...new Set(sorted.map((row) => row.lang))]) {
    const ofLanguage = sorted.filter((row) => row.lang === lang)
    const sum = (list: KindRow[], key: 'total' | 'flagged') => list.reduce((total, row) => total + row[key], 0)
    const risky = ofLanguage.filter((row) => row.isRisky)
    const safe = ofLanguage.filter((row) => !row.isRisky)
    summary[lang] = {
      recall: sum(risky, 'flagged') / (sum(risky, 'total') || 1),
      falseFlagRate: sum(safe, 'flagged') / (sum(safe, 'total') || 1),
      risky: sum(risky, 'total'),
      safe: sum(safe, 'total'),
    }
  }
  return { rows: sorted, summary, mistakes }
}

/** The evaluation as Markdown tables (bench/RESULTS.md). */
export function formatEvaluation(title: string, evaluation: Evaluation): string {
  const lines = [`### ${title}`, '']
  for (const [lang, summary] of Object.entries(evaluation.summary)) {
    lines.push(
      `**${lang}**: recall ${summary.recall.toFixed(3)} (${summary.risky} risky), false flags ${summary.falseFlagRate.toFixed(3)} (${summary.safe} safe)`,
      '',
      '| kind | risky? | sentences | flagged | recall / false-flag rate |',
      '|---|---|---|---|---|',
    )
    for (const row of evaluation.rows.filter((candidate) => candidate.lang === lang)) {
      const rate = row.flagged / row.total
      lines.push(
        `| ${row.kind} | ${row.isRisky ? 'risky' : 'safe'} | ${row.total} | ${row.flagged} | ${row.isRisky ? 'recall' : 'false flags'} ${rate.toFixed(2)} |`,
      )
    }
    lines.push('')
  }
  return lines.join('\n')
}
