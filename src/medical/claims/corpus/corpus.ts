/*
 * The labelled claims corpus (en.tsv, th.tsv) and its frozen train/dev/test split (split.json).
 * Used by the training and evaluation scripts and by the tests; the checker itself never reads it.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { CATEGORIES } from '../compile'
import type { ClaimCategory } from '../types'

export type CorpusLanguage = 'en' | 'th'
export type Split = 'train' | 'dev' | 'test'

export interface CorpusEntry {
  id: string
  lang: CorpusLanguage
  /** A risk kind (ClaimCategory) for risky entries; a safe kind (hedge, negation, ...) otherwise. */
  kind: string
  /** For "cited" entries: the kind of the claim that the attached citation supports. */
  claimKind?: string
  isRisky: boolean
  text: string
  /** From <lang>.variants.tsv (training/variants.ts) rather than the hand-written <lang>.tsv. */
  isGenerated?: boolean
}

export const SAFE_KINDS = [
  'hedge',
  'negation',
  'question',
  'quoted',
  'cited',
  'weak-evidence',
  'safety-advice',
  'neutral',
] as const

export const corpusDir = path.dirname(fileURLToPath(import.meta.url))

export function entryId(lang: string, text: string): string {
  return createHash('sha256').update(`${lang}\n${text}`).digest('hex').slice(0, 12)
}

export function parseCorpus(source: string, lang: CorpusLanguage): CorpusEntry[] {
  return source
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line, index) => {
      const [label, text, extra] = line.split('\t')
      if (!text || extra !== undefined) throw new Error(`${lang}.tsv line ${index + 1}: expected kind<TAB>text`)
      const [kind, claimKind] = label.split(':')
      const isRisky = !(SAFE_KINDS as readonly string[]).includes(kind)
      if (kind === 'cited' && !claimKind) throw new Error(`${lang}.tsv: "cited" needs cited:<claim kind>`)
      // A misspelt or invented kind would count as risky and be left out of the kind model unnoticed.
      const riskKind = kind === 'cited' ? claimKind : isRisky ? kind : undefined
      if (riskKind !== undefined && !CATEGORIES.includes(riskKind as ClaimCategory)) {
        throw new Error(`${lang}.tsv line ${index + 1}: unknown kind "${riskKind}" (a risk kind of CATEGORIES in compile.ts, or a safe kind)`)
      }
      return { id: entryId(lang, text), lang, kind, claimKind, isRisky, text }
    })
}

/**
 * Hand-written sentences (<lang>.tsv, the second round <lang>.more.tsv, then each later round's
 * <lang>.roundN.tsv in order), then the generated ones (<lang>.variants.tsv, training/variants.ts).
 */
export const CORPUS_FILES = ['', '.more', '.round3', '.round4', '.round5', '.round6', '.round7', '.round8', '.round9', '.round10', '.round11', '.round12', '.round13', '.round14', '.round15', '.round16', '.round17', '.round18', '.round19', '.round20', '.round21', '.round22', '.round23', '.round24', '.round25', '.round26', '.round27', '.round28', '.round29', '.round29m', '.round30', '.round30m', '.round31', '.round32', '.variants'] as const

export function loadCorpus(): CorpusEntry[] {
  return (['en', 'th'] as const).flatMap((lang) =>
    CORPUS_FILES.flatMap((suffix) => {
      const file = path.join(corpusDir, `${lang}${suffix}.tsv`)
      if (!fs.existsSync(file)) return []
      const entries = parseCorpus(fs.readFileSync(file, 'utf8'), lang)
      return suffix === '.variants' ? entries.map((entry) => ({ ...entry, isGenerated: true })) : entries
    }),
  )
}

export interface SplitFile {
  /** sha256 of the test entries (sorted "id lang kind text" lines): changes if any test sentence does. */
  testHash: string
  assignments: Record<string, Split>
}

export const splitPath = path.join(corpusDir, 'split.json')

export function loadSplit(): SplitFile {
  return JSON.parse(fs.readFileSync(splitPath, 'utf8')) as SplitFile
}

export function hashEntries(entries: CorpusEntry[]): string {
  const lines = entries.map((entry) => `${entry.id}\t${entry.lang}\t${entry.kind}\t${entry.text}`).sort()
  return createHash('sha256').update(lines.join('\n')).digest('hex')
}

/** Entries with their split; throws when an entry has none (run `npm run split:claims`). */
export function splitCorpus(entries = loadCorpus(), split = loadSplit()): Record<Split, CorpusEntry[]> {
  const result: Record<Split, CorpusEntry[]> = { train: [], dev: [], test: [] }
  for (const entry of entries) {
    const assigned = split.assignments[entry.id]
    if (!assigned) throw new Error(`Corpus entry ${entry.id} (${entry.text}) has no split: run npm run split:claims`)
    result[assigned].push(entry)
  }
  return result
}
