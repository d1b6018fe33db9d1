// Imports checked source files as draft articles with their FAQs, notices, techniques and
// author, one transaction per file. Used by the CLI (src/bin/import.ts) and POST /api/import.
import {
  type CollectionSlug,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload'

import { isSlugTaken } from '@/fields/slugField'
import { slugify } from '@/lib/slugify'
import { checkClaims } from '@/medical/claims'
import { extractText } from '@/medical/extractText'


import { Catalog, type CatalogEntry, type DisclaimerEntry } from './catalog'
import { parseSourceOffThread as parseSource, toLexicalOffThread as toLexical } from '@/workers/offload'

import type { LexicalState } from './convert'
import { describeError } from './errors'
import { findTechniqueMentions, inlineMarkdownToText, type ParsedArticle } from './parse'
import { DISCLAIMER_MATCH_THRESHOLD, termVector } from './similarity'
import { decodeSource, hashBytes, type ImportSource, SourceError } from './source'

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

type Id = number

const DISCLAIMER_TITLE_WORDS = 8
/**
 * Two files in flight keep both cores busy (Node parses one while PostgreSQL writes the
 * other); on 2 cores 3 and 4 measured slower than 2 (bench/RESULTS.md).
 */
const DEFAULT_CONCURRENCY = 2

const emptyRow = (file: string, result: ImportResult): ImportRow => ({
  file,
  result,
  faqs: 0,
  disclaimers: 0,
  techniques: 0,
  claims: 0,
})

const idOf = (value: unknown): Id | undefined =>
  typeof value === 'number' ? value : value && typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : undefined

/** JSON with sorted keys and without Lexical's random node ids, for "did this change?". */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>)
            .filter(([name]) => name !== 'id')
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : inner,
  )

const sameIds = (a: readonly unknown[] | null | undefined, b: readonly unknown[]) =>
  canonical((a ?? []).map(idOf)) === canonical(b.map(idOf))

/** "Medical disclaimer: this article…" is titled by what follows the label. */
const NOTICE_LABEL = /^\s*(?:[\p{L} ]{0,30}\b(?:disclaimer|notice)|important|please note|note)\s*[:.–—-]\s*/iu

const titleForNotice = (text: string) => {
  const words = text.replace(NOTICE_LABEL, '').split(/\s+/).filter(Boolean)
  const head = words.slice(0, DISCLAIMER_TITLE_WORDS).join(' ')
  return `Imported notice: ${head}${words.length > DISCLAIMER_TITLE_WORDS ? '…' : ''}`.slice(0, 200)
}

/** Everything decided before writing: which documents to link and which to create. */
interface Plan {
  parsed: ParsedArticle
  hash: string
  body: LexicalState
  faqAnswers: LexicalState[]
  faqTechniques: Id[][]
  disclaimers: { match?: DisclaimerEntry; score?: number; markdown: string; text: string; title: string }[]
  techniques: CatalogEntry[]
  author?: { entry?: CatalogEntry; name: string; bio?: string; isFromOption: boolean }
  stripped?: ImportDetails['stripped']
  /** The catalog version the links were decided on. */
  catalogVersion: number
}

const createsSharedDocuments = (plan: Plan) => plan.disclaimers.some((notice) => !notice.match) || Boolean(plan.author && !plan.author.entry)

interface ExistingImport {
  recordId?: Id
  /** SHA-256 of the bytes last imported from this file in this locale. */
  contentHash?: string
  /** The article it became (latest version), unless it was deleted since. */
  article?: Record<string, any>
  /** The article has a published (live) version, which an import never overwrites. */
  isLive?: boolean
}

const strippedNote = ({ scripts, handlers, unsafeUrls }: NonNullable<ImportDetails['stripped']>) =>
  `sanitised: removed ${[
    scripts ? `${scripts} script/iframe/embed` : '',
    handlers ? `${handlers} inline event handler(s)` : '',
    unsafeUrls ? `${unsafeUrls} javascript:/data: URL(s)` : '',
  ]
    .filter(Boolean)
    .join(', ')}`

export class Importer {
  private constructor(
    private readonly payload: Payload,
    private readonly catalog: Catalog,
    private readonly options: Required<Pick<ImportOptions, 'dryRun' | 'locale' | 'force'>> & ImportOptions,
    private readonly authorEntry: CatalogEntry | undefined,
  ) {}

  /** Checks the options (locale, author slug) and loads what imports link to. */
  static async create(payload: Payload, options: ImportOptions = {}): Promise<Importer> {
    const localization = payload.config.localization
    const locales = localization ? localization.localeCodes : ['en']
    const locale = options.locale ?? (localization ? localization.defaultLocale : 'en')
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
    const existing = await this.findExisting(source.sourcePath)
    const existingTitle = existing.article?.title as string | undefined
    if (existing.article && existing.contentHash === hash && !this.options.force) {
      return {
        ...emptyRow(source.displayName, 'unchanged'),
        reason: 'same content as the last import',
        title: existingTitle,
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
    const plan = await this.plan(parsed, hash, stripped)
    const result: ImportResult = existing.article ? 'updated' : 'created'
    if (this.options.dryRun) return this.dryRunRow(source, plan, result, existing)
    if (!createsSharedDocuments(plan)) return this.write(source, plan, result, existing)
    // New disclaimers and therapists are created one file at a time, and the links are decided
    // again once it is this file's turn: the file before may just have created the same notice.
    return this.oneAtATime(async () => {
      const current = plan.catalogVersion === this.catalog.version ? plan : { ...plan, ...this.decideLinks(plan.parsed) }
      return this.write(source, current, result, existing)
    })
  }

  private creationQueue: Promise<unknown> = Promise.resolve()

  private oneAtATime<T>(run: () => Promise<T>): Promise<T> {
    const next = this.creationQueue.then(run, run)
    this.creationQueue = next.catch(() => undefined)
    return next
  }

  private async findExisting(sourcePath: string): Promise<ExistingImport> {
    const { docs } = await this.payload.find({
      collection: 'import-records',
      where: { and: [{ sourcePath: { equals: sourcePath } }, { locale: { equals: this.options.locale } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const record = docs[0]
    if (!record) return {}
    const articleId = idOf(record.article)
    const article = articleId
      ? await this.payload.findByID({
          collection: 'articles',
          id: articleId,
          draft: true,
          depth: 0,
          locale: this.options.locale as 'en',
          overrideAccess: true,
          disableErrors: true,
        })
      : null
    if (!article) {
      // A record whose article was deleted is reused: the file is imported afresh.
      return { recordId: record.id, contentHash: record.contentHash }
    }
    const live = await this.payload.findByID({
      collection: 'articles',
      id: article.id,
      draft: false,
      depth: 0,
      select: { _status: true },
      overrideAccess: true,
      disableErrors: true,
    })
    return { recordId: record.id, contentHash: record.contentHash, article, isLive: live?._status === 'published' }
  }

  private async plan(parsed: ParsedArticle, hash: string, stripped?: Plan['stripped']): Promise<Plan> {
    const mentionText = [parsed.title, parsed.bodyMarkdown, ...parsed.faqs.flatMap((faq) => [faq.question, faq.answer])].join('\n')
    const techniques = this.catalog.findTechniques(parsed.techniqueMentions, mentionText)
    const faqTechniques = parsed.faqs.map((faq) => {
      const text = `${faq.question}\n${inlineMarkdownToText(faq.answer)}`
      return this.catalog.findTechniques(findTechniqueMentions(text), text).map((entry) => entry.id)
    })

    const links = this.decideLinks(parsed)
    const [body, ...faqAnswers] = await Promise.all([
      toLexical(this.payload, parsed.bodyMarkdown),
      ...parsed.faqs.map((faq) => toLexical(this.payload, faq.answer)),
    ])
    return { parsed, hash, body: body!, faqAnswers, faqTechniques, techniques, ...links, ...(stripped ? { stripped } : {}) }
  }

  /** Which stored disclaimers and therapist to link, and which to create, as the catalog stands now. */
  private decideLinks(parsed: ParsedArticle): Pick<Plan, 'disclaimers' | 'author' | 'catalogVersion'> {
    const catalogVersion = this.catalog.version
    // Notices: the most similar stored disclaimer, else a new one (shared by similar paragraphs of this file).
    const pending: DisclaimerEntry[] = []
    const disclaimers: Plan['disclaimers'] = parsed.disclaimers.map((markdown, index) => {
      const text = inlineMarkdownToText(markdown)
      const match = this.catalog.matchDisclaimer(text, pending)
      if (match) return { match: match.entry, score: match.score, markdown, text, title: match.entry.name }
      const title = titleForNotice(text)
      pending.push({ id: -(index + 1), name: title, vector: termVector(text) })
      return { markdown, text, title }
    })

    let author: Plan['author']
    if (this.authorEntry) author = { entry: this.authorEntry, name: this.authorEntry.name, isFromOption: true }
    else if (parsed.authorBio?.name) {
      const entry = this.catalog.findTherapist(parsed.authorBio.name)
      author = { ...(entry ? { entry } : {}), name: parsed.authorBio.name, bio: parsed.authorBio.text, isFromOption: false }
    }
    return { disclaimers, author, catalogVersion }
  }

  private details(plan: Plan, created?: { disclaimerIds: (Id | undefined)[]; authorId?: Id; unlinkedFaqs?: Id[] }): ImportDetails {
    return {
      faqs: plan.parsed.faqs.map((faq) => faq.question),
      disclaimers: plan.disclaimers.map((notice, index) => ({
        ...(notice.match ? { id: notice.match.id } : created?.disclaimerIds[index] ? { id: created.disclaimerIds[index] } : {}),
        title: notice.title,
        ...(notice.score !== undefined ? { similarity: Math.round(notice.score * 100) / 100 } : {}),
        isNew: !notice.match,
      })),
      techniques: plan.techniques.map(({ id, name }) => ({ id, name })),
      ...(plan.author
        ? {
            author: {
              ...(plan.author.entry ? { id: plan.author.entry.id } : created?.authorId ? { id: created.authorId } : {}),
              name: plan.author.name,
              isNew: !plan.author.entry,
              isFromOption: plan.author.isFromOption,
            },
          }
        : {}),
      droppedBoilerplate: plan.parsed.droppedBoilerplate,
      ...(plan.stripped ? { stripped: plan.stripped } : {}),
      ...(created?.unlinkedFaqs?.length ? { unlinkedFaqs: created.unlinkedFaqs } : {}),
    }
  }

  private uniqueDisclaimerCount(plan: Plan) {
    return new Set(plan.disclaimers.map((notice) => (notice.match ? `id:${notice.match.id}` : `new:${notice.title}`))).size
  }

  /** The findings the claims check would store, computed exactly as the save hook does. */
  private findingsFor(collection: 'articles' | 'faqs', data: Record<string, unknown>): number {
    const config = this.payload.collections[collection].config
    const locales = this.payload.config.localization ? this.payload.config.localization.localeCodes : ['en']
    return extractText(data, config.flattenedFields, locales).reduce(
      (sum, segment) => sum + checkClaims(segment.text, { hasReferences: false }).length,
      0,
    )
  }

  private dryRunRow(source: ImportSource, plan: Plan, result: ImportResult, existing: ExistingImport): ImportRow {
    const { parsed } = plan
    const claims =
      this.findingsFor('articles', { title: parsed.title, excerpt: parsed.excerpt, body: plan.body }) +
      parsed.faqs.reduce((sum, faq, index) => sum + this.findingsFor('faqs', { question: faq.question, answer: plan.faqAnswers[index] }), 0)
    return {
      file: source.displayName,
      result,
      reason: ['dry run: nothing written', ...(plan.stripped ? [strippedNote(plan.stripped)] : [])].join('; '),
      title: parsed.title,
      ...(existing.article ? { articleId: existing.article.id as Id } : {}),
      faqs: parsed.faqs.length,
      disclaimers: this.uniqueDisclaimerCount(plan),
      techniques: plan.techniques.length,
      claims,
      details: this.details(plan),
    }
  }

  /** All writes of one file in one transaction: either the whole article lands or nothing does. */
  private async write(source: ImportSource, plan: Plan, result: ImportResult, existing: ExistingImport): Promise<ImportRow> {
    const { payload } = this
    const req = await createLocalReq(
      { context: {}, locale: this.options.locale, ...(this.options.user ? { user: this.options.user } : {}) },
      payload,
    )
    await initTransaction(req)
    const createdDisclaimers: { entry: CatalogEntry; text: string }[] = []
    let createdTherapist: CatalogEntry | undefined
    try {
      const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
        try {
          return await run()
        } catch (error) {
          throw new Error(`${label}: ${describeError(error)}`, { cause: error })
        }
      }
      const common = { req, depth: 0, overrideAccess: true, locale: this.options.locale as 'en' } as const

      // 1. Notices without a match become draft disclaimers of kind "medical".
      const disclaimerIds: (Id | undefined)[] = []
      const newIdByTitle = new Map<string, Id>()
      for (const notice of plan.disclaimers) {
        if (notice.match) {
          disclaimerIds.push(notice.match.id)
          continue
        }
        const reused = newIdByTitle.get(notice.title)
        if (reused) {
          disclaimerIds.push(reused)
          continue
        }
        const doc = await step(`disclaimer "${notice.title}"`, async () =>
          payload.create({
            ...common,
            collection: 'disclaimers',
            draft: true,
            data: { title: notice.title, kind: 'medical', body: await toLexical(payload, notice.markdown), appliesTo: ['articles'] },
          }),
        )
        newIdByTitle.set(notice.title, doc.id)
        disclaimerIds.push(doc.id)
        createdDisclaimers.push({ entry: { id: doc.id, name: notice.title }, text: notice.text })
      }

      // 2. The author: a matched therapist, or a draft therapist from the bio trailer.
      let authorId: Id | undefined = plan.author?.entry?.id
      if (plan.author && !plan.author.entry) {
        const { name, bio } = plan.author
        const slug = await this.uniqueSlug(req, 'therapists', name)
        const doc = await step(`therapist "${name}"`, async () =>
          payload.create({
            ...common,
            collection: 'therapists',
            draft: true,
            data: { name: name.slice(0, 120), slug, ...(bio ? { bio: await toLexical(payload, bio) } : {}) },
          }),
        )
        authorId = doc.id
        createdTherapist = { id: doc.id, name }
      }

      // 3. FAQs: the ones linked to the article already are updated in place.
      const { faqIds, unlinkedFaqs, claims: faqClaims } = await this.writeFaqs(req, plan, existing, step)

      // 4. The article itself, always a draft: on a published article this is a forward draft.
      const articleData: Record<string, unknown> = {
        title: plan.parsed.title,
        excerpt: plan.parsed.excerpt,
        body: plan.body,
        techniques: plan.techniques.map((entry) => entry.id),
        faqs: faqIds,
        disclaimers: [...new Set(disclaimerIds)],
        ...(authorId ? { author: authorId } : {}),
      }
      const article = existing.article
        ? await step('article', () =>
            payload.update({ ...common, collection: 'articles', id: existing.article!.id, draft: true, data: articleData }),
          )
        : await step('article', async () =>
            payload.create({
              ...common,
              collection: 'articles',
              draft: true,
              data: { ...articleData, slug: await this.uniqueSlug(req, 'articles', plan.parsed.title) } as never,
            }),
          )

      // 5. The record that makes the next import of this file idempotent.
      const recordData = { sourcePath: source.sourcePath, locale: this.options.locale, contentHash: plan.hash, article: article.id }
      await step('import record', () =>
        existing.recordId
          ? payload.update({ ...common, collection: 'import-records', id: existing.recordId, data: recordData })
          : payload.create({ ...common, collection: 'import-records', data: recordData }),
      )

      await commitTransaction(req)
      for (const { entry, text } of createdDisclaimers) this.catalog.addDisclaimer(entry, text)
      if (createdTherapist) this.catalog.addTherapist(createdTherapist)

      const findings = (article as { claims?: { findings?: unknown } }).claims?.findings
      const notes = [
        ...(existing.isLive ? ['forward draft: the published version stays live until this one is reviewed and published'] : []),
        ...(unlinkedFaqs.length ? [`${unlinkedFaqs.length} FAQ(s) no longer in the file unlinked`] : []),
        ...(plan.stripped ? [strippedNote(plan.stripped)] : []),
      ]
      return {
        file: source.displayName,
        result,
        ...(notes.length ? { reason: notes.join('; ') } : {}),
        title: plan.parsed.title,
        articleId: article.id,
        faqs: faqIds.length,
        disclaimers: new Set(disclaimerIds).size,
        techniques: plan.techniques.length,
        claims: (Array.isArray(findings) ? findings.length : 0) + faqClaims,
        details: this.details(plan, { disclaimerIds, authorId, unlinkedFaqs }),
      }
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }

  /**
   * Pairs the file's FAQs with the ones the article links: same question first, then by
   * position. Unchanged FAQs are not written; FAQs gone from the file are unlinked, not deleted.
   */
  private async writeFaqs(
    req: PayloadRequest,
    plan: Plan,
    existing: ExistingImport,
    step: <T>(label: string, run: () => Promise<T>) => Promise<T>,
  ): Promise<{ faqIds: Id[]; unlinkedFaqs: Id[]; claims: number }> {
    const { payload } = this
    const common = { req, depth: 0, overrideAccess: true, locale: this.options.locale as 'en' } as const
    const linkedIds = ((existing.article?.faqs ?? []) as unknown[]).map(idOf).filter((id): id is Id => id !== undefined)
    const linked = linkedIds.length
      ? (
          await payload.find({
            ...common,
            collection: 'faqs',
            where: { id: { in: linkedIds } },
            draft: true,
            pagination: false,
          })
        ).docs
      : []
    const byId = new Map(linked.map((doc) => [doc.id, doc]))
    const available = linkedIds.filter((id) => byId.has(id))
    const normalise = (question: string) => question.toLowerCase().replace(/\s+/g, ' ').trim()
    const pairing: (Id | undefined)[] = plan.parsed.faqs.map((faq) => {
      const index = available.findIndex((id) => normalise(String(byId.get(id)?.question ?? '')) === normalise(faq.question))
      return index >= 0 ? available.splice(index, 1)[0] : undefined
    })
    for (let index = 0; index < pairing.length; index += 1) {
      if (pairing[index] === undefined && available.length > 0) pairing[index] = available.shift()
    }

    const faqIds: Id[] = []
    let claims = 0
    for (const [index, faq] of plan.parsed.faqs.entries()) {
      const data = {
        question: faq.question,
        answer: plan.faqAnswers[index],
        order: index,
        relatedTechniques: plan.faqTechniques[index] ?? [],
      }
      const label = `FAQ ${index + 1} ("${faq.question.slice(0, 60)}")`
      const currentId = pairing[index]
      const current = currentId !== undefined ? byId.get(currentId) : undefined
      let doc: Record<string, any>
      if (current) {
        const isSame =
          current.question === data.question &&
          canonical(current.answer) === canonical(data.answer) &&
          current.order === data.order &&
          sameIds(current.relatedTechniques as unknown[], data.relatedTechniques)
        doc = isSame
          ? current
          : await step(label, () => payload.update({ ...common, collection: 'faqs', id: current.id, draft: true, data }))
      } else {
        doc = await step(label, () => payload.create({ ...common, collection: 'faqs', draft: true, data }))
      }
      faqIds.push(doc.id)
      claims += Array.isArray(doc.claims?.findings) ? doc.claims.findings.length : 0
    }
    return { faqIds, unlinkedFaqs: available, claims }
  }

  /** Slugs handed out in this run: files in flight cannot see each other's uncommitted rows. */
  private readonly reservedSlugs = { articles: new Set<string>(), therapists: new Set<string>() }

  /** The slug the title gives, with -2, -3… when another document's live row or latest draft has it. */
  private async uniqueSlug(req: PayloadRequest, collection: 'articles' | 'therapists', source: string): Promise<string> {
    const base = slugify(source) || collection.slice(0, -1)
    const reserved = this.reservedSlugs[collection]
    for (let attempt = 1; attempt < 50; attempt += 1) {
      const candidate = attempt === 1 ? base : `${base.slice(0, 90)}-${attempt}`
      if (reserved.has(candidate)) continue
      reserved.add(candidate)
      if (!(await isSlugTaken(req, collection, candidate))) return candidate
    }
    return `${base.slice(0, 80)}-${Date.now().toString(36)}`
  }

}

/** One-call form: check options, import every source, return the summary. */
export const importSources = async (payload: Payload, sources: readonly ImportSource[], options: ImportOptions = {}) =>
  (await Importer.create(payload, options)).importAll(sources)

export { DISCLAIMER_MATCH_THRESHOLD }
