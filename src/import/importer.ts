// Imports checked source files as draft articles with their FAQs, notices, techniques and
// author, one transaction per file: parse (off thread), plan (src/import/plan.ts, pure), then
// write (src/import/write.ts) or report a dry run (src/import/rows.ts). Used by the CLI
// (src/bin/import.ts) and POST /api/import.
import type { Payload } from 'payload'

import { defaultLocaleOf, localeCodesOf } from '@/lib/locales'
import { parseSourceOffThread as parseSource } from '@/workers/offload'

import { Catalog, type CatalogEntry } from './catalog'
import { describeError } from './errors'
import { findExisting } from './existing'
import { createsSharedDocuments, decideLinks, type Plan, planArticle } from './plan'
import { dryRunRow, emptyRow } from './rows'
import { DISCLAIMER_MATCH_THRESHOLD } from './similarity'
import { decodeSource, hashBytes, type ImportSource, SourceError } from './source'
import {
  type ExistingImport,
  ImportOptionsError,
  type ImportOptions,
  type ImportResult,
  type ImportRow,
  type ImportSummary,
} from './types'
import { type WriteContext, writeArticle } from './write'

/**
 * Two files in flight keep both cores busy (Node parses one while PostgreSQL writes the
 * other); on 2 cores 3 and 4 measured slower than 2 (bench/RESULTS.md).
 */
const DEFAULT_CONCURRENCY = 2

export class Importer {
  private readonly writeContext: WriteContext

  private constructor(
    private readonly payload: Payload,
    private readonly catalog: Catalog,
    private readonly options: Required<Pick<ImportOptions, 'dryRun' | 'locale' | 'force'>> & ImportOptions,
    private readonly authorEntry: CatalogEntry | undefined,
  ) {
    this.writeContext = {
      payload,
      locale: options.locale,
      user: options.user,
      reservedSlugs: { articles: new Set(), therapists: new Set() },
    }
  }

  /** Checks the options (locale, author slug) and loads what imports link to. */
  static async create(payload: Payload, options: ImportOptions = {}): Promise<Importer> {
    const locales = localeCodesOf(payload.config)
    const locale = options.locale ?? defaultLocaleOf(payload.config)
    if (!locales.includes(locale)) {
      throw new ImportOptionsError(`Unknown locale "${locale}"; use one of ${locales.join(', ')}`, 'locale')
    }
    let authorEntry: CatalogEntry | undefined
    if (options.author !== undefined) {
      const { docs } = await payload.find({
        collection: 'therapists',
        where: { slug: { equals: options.author } },
        draft: true,
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
      const therapist = docs[0]
      if (!therapist) throw new ImportOptionsError(`No therapist with the slug "${options.author}"`, 'author')
      authorEntry = { id: therapist.id, name: therapist.name }
    }
    const catalog = await Catalog.load(payload)
    return new Importer(payload, catalog, { ...options, dryRun: Boolean(options.dryRun), force: Boolean(options.force), locale }, authorEntry)
  }

  /**
   * Imports every source; a failing file is reported and the others go on. A few files are in
   * flight at once (the database works while Node parses the next file); the rows keep the
   * order of `sources`.
   */
  async importAll(sources: readonly ImportSource[]): Promise<ImportSummary> {
    const rows: ImportRow[] = new Array(sources.length)
    const seen = new Set<string>()
    let cursor = 0
    let finished = 0
    const worker = async () => {
      while (cursor < sources.length) {
        const index = cursor++
        const source = sources[index] as ImportSource
        let row: ImportRow
        if (seen.has(source.sourcePath)) {
          row = { ...emptyRow(source.displayName, 'failed'), reason: 'the same file appears twice in this import' }
        } else {
          seen.add(source.sourcePath)
          row = await this.importOne(source)
        }
        rows[index] = row
        finished += 1
        this.options.onProgress?.(row, finished, sources.length)
      }
    }
    const concurrency = Math.max(1, Math.min(this.options.concurrency ?? DEFAULT_CONCURRENCY, sources.length))
    await Promise.all(Array.from({ length: concurrency }, worker))
    const totals: Record<ImportResult, number> = { created: 0, updated: 0, unchanged: 0, failed: 0 }
    for (const row of rows) totals[row.result] += 1
    return { dryRun: this.options.dryRun, locale: this.options.locale, totals, rows }
  }

  async importOne(source: ImportSource): Promise<ImportRow> {
    try {
      return await this.importChecked(source)
    } catch (error) {
      const reason = error instanceof SourceError ? error.message : describeError(error)
      return { ...emptyRow(source.displayName, 'failed'), reason }
    }
  }

  private async importChecked(source: ImportSource): Promise<ImportRow> {
    const bytes = typeof source.bytes === 'function' ? source.bytes() : source.bytes
    const { text, format } = decodeSource(source.displayName, bytes, source.size ?? bytes.byteLength)
    const hash = hashBytes(bytes)
    const existing = await findExisting(this.payload, source.sourcePath, this.options.locale)
    if (existing.article && existing.contentHash === hash && !this.options.force) {
      return {
        ...emptyRow(source.displayName, 'unchanged'),
        reason: 'same content as the last import',
        title: existing.article.title as string | undefined,
        articleId: existing.article.id,
        faqs: (existing.article.faqs ?? []).length,
        disclaimers: (existing.article.disclaimers ?? []).length,
        techniques: (existing.article.techniques ?? []).length,
        claims: Array.isArray(existing.article.claims?.findings) ? existing.article.claims.findings.length : 0,
      }
    }
    const { parsed, stripped } = await parseSource(this.payload, text, format)
    if (!parsed.title) throw new SourceError('no title found (expected a first line, an H1 or a <title>)')
    if (!parsed.bodyMarkdown.trim() && parsed.faqs.length === 0) {
      throw new SourceError('no article text left after removing boilerplate')
    }
    const plan = await planArticle(this.payload, this.catalog, this.authorEntry, { parsed, hash, stripped })
    const result: ImportResult = existing.article ? 'updated' : 'created'
    if (this.options.dryRun) return dryRunRow(this.payload, source.displayName, plan, result, existing)
    if (!createsSharedDocuments(plan)) return this.write(source, plan, result, existing)
    // New disclaimers and therapists are created one file at a time, and the links are decided
    // again once it is this file's turn: the file before may just have created the same notice.
    return this.oneAtATime(async () => {
      const current =
        plan.catalogVersion === this.catalog.version ? plan : { ...plan, ...decideLinks(this.catalog, plan.parsed, this.authorEntry) }
      return this.write(source, current, result, existing)
    })
  }

  /** Writes, then teaches the catalog what the committed transaction created. */
  private async write(source: ImportSource, plan: Plan, result: ImportResult, existing: ExistingImport) {
    const { row, createdDisclaimers, createdTherapist } = await writeArticle(this.writeContext, source, plan, result, existing)
    for (const { entry, text } of createdDisclaimers) this.catalog.addDisclaimer(entry, text)
    if (createdTherapist) this.catalog.addTherapist(createdTherapist)
    return row
  }

  private creationQueue: Promise<unknown> = Promise.resolve()

  private oneAtATime<T>(run: () => Promise<T>): Promise<T> {
    const next = this.creationQueue.then(run, run)
    this.creationQueue = next.catch(() => undefined)
    return next
  }
}

/** One-call form: check options, import every source, return the summary. */
export const importSources = async (payload: Payload, sources: readonly ImportSource[], options: ImportOptions = {}) =>
  (await Importer.create(payload, options)).importAll(sources)

export { DISCLAIMER_MATCH_THRESHOLD }
