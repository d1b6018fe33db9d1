import type { TypedUser } from 'payload'

export type ImportResult = 'created' | 'updated' | 'unchanged' | 'failed'

export interface ImportDetails {
  faqs: string[]
  disclaimers: { id?: number; title: string; similarity?: number; isNew: boolean }[]
  techniques: { id: number; name: string }[]
  author?: { id?: number; name: string; isNew: boolean; isFromOption: boolean }
  droppedBoilerplate: string[]
  /** What was stripped for safety (scripts, inline handlers, javascript: URLs). */
  stripped?: { scripts: number; handlers: number; unsafeUrls: number }
  /** FAQs no longer in the file, unlinked from the article (kept for editors to delete). */
  unlinkedFaqs?: number[]
}

export interface ImportRow {
  file: string
  result: ImportResult
  reason?: string
  title?: string
  articleId?: number
  faqs: number
  disclaimers: number
  techniques: number
  /** Claims-check findings stored on the article and its FAQs (computed the same way on a dry run). */
  claims: number
  details?: ImportDetails
}

export interface ImportSummary {
  dryRun: boolean
  locale: string
  totals: Record<ImportResult, number>
  rows: ImportRow[]
}

export interface ImportOptions {
  dryRun?: boolean
  /** Locale the wording is written in; the default locale when absent. */
  locale?: string
  /** Slug of the therapist to set as author of every article (instead of the bio trailer's). */
  author?: string
  /** Re-import files whose content hash is unchanged. */
  force?: boolean
  /** Files imported at the same time, each in its own transaction (default 2). */
  concurrency?: number
  /** Who imports (the endpoint's admin); the CLI runs as the system, without a user. */
  user?: TypedUser | null
  onProgress?: (row: ImportRow, done: number, total: number) => void
}

/** A problem with the options themselves (not one file): nothing is imported. */
export class ImportOptionsError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message)
    this.name = 'ImportOptionsError'
  }
}

/** What an earlier import of the same file left, if anything. */
export interface ExistingImport {
  recordId?: number
  /** SHA-256 of the bytes last imported from this file in this locale. */
  contentHash?: string
  /** The article it became (latest version), unless it was deleted since. */
  article?: Record<string, any>
  /** The article has a published (live) version, which an import never overwrites. */
  isLive?: boolean
}
