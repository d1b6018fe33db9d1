// The transactional half of an import: all writes of one file in one transaction, so either the
// whole article with its FAQs, notices, author and import record lands, or nothing does.
import { createLocalReq, type Payload, type PayloadRequest, type TypedUser } from 'payload'

import { freeSlug } from '@/fields/slugField'
import { canonicalJson } from '@/lib/canonicalJson'
import { idOf } from '@/lib/idOf'
import { slugify } from '@/lib/slugify'
import { withTransaction } from '@/lib/withTransaction'
import { toLexicalOffThread as toLexical } from '@/workers/offload'

import type { CatalogEntry } from './catalog'
import { describeError } from './errors'
import type { Plan } from './plan'
import { detailsOf, strippedNote } from './rows'
import type { ImportSource } from './source'
import type { ExistingImport, ImportResult, ImportRow } from './types'

export interface WriteContext {
  payload: Payload
  locale: string
  user?: TypedUser | null
  /** Slugs handed out by this run's files in flight (see `freeSlug`). */
  reservedSlugs: { articles: Set<string>; therapists: Set<string> }
}

/** What the write created that the catalog should learn once it is committed. */
export interface Written {
  row: ImportRow
  createdDisclaimers: { entry: CatalogEntry; text: string }[]
  createdTherapist?: CatalogEntry
}

/** Lexical node ids are random per conversion; they do not make an answer different. */
const LEXICAL_IDS = new Set(['id'])
const isSameLexical = (a: unknown, b: unknown) => canonicalJson(a, LEXICAL_IDS) === canonicalJson(b, LEXICAL_IDS)
const isSameIds = (a: readonly unknown[] | null | undefined, b: readonly unknown[]) =>
  canonicalJson((a ?? []).map((value) => idOf<number>(value))) === canonicalJson(b.map((value) => idOf<number>(value)))

type Step = <T>(label: string, run: () => Promise<T>) => Promise<T>

/** Names the part of the file whose write failed. */
const step: Step = async (label, run) => {
  try {
    return await run()
  } catch (error) {
    throw new Error(`${label}: ${describeError(error)}`, { cause: error })
  }
}

const uniqueSlug = (ctx: WriteContext, req: PayloadRequest, collection: 'articles' | 'therapists', source: string) =>
  freeSlug(req, collection, slugify(source) || collection.slice(0, -1), ctx.reservedSlugs[collection])

export const writeArticle = async (
  ctx: WriteContext,
  source: ImportSource,
  plan: Plan,
  result: ImportResult,
  existing: ExistingImport,
): Promise<Written> => {
  const { payload, locale } = ctx
  const req = await createLocalReq({ context: {}, locale, ...(ctx.user ? { user: ctx.user } : {}) }, payload)
  return withTransaction(req, async () => {
    const common = { req, depth: 0, overrideAccess: true, locale: locale as 'en' } as const
    const createdDisclaimers: Written['createdDisclaimers'] = []
    let createdTherapist: CatalogEntry | undefined

    // 1. Notices without a match become draft disclaimers of kind "medical".
    const disclaimerIds: (number | undefined)[] = []
    const newIdByTitle = new Map<string, number>()
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
    let authorId: number | undefined = plan.author?.entry?.id
    if (plan.author && !plan.author.entry) {
      const { name, bio } = plan.author
      const slug = await uniqueSlug(ctx, req, 'therapists', name)
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
    const { faqIds, unlinkedFaqs, claims: faqClaims } = await writeFaqs(req, locale, plan, existing)

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
            data: { ...articleData, slug: await uniqueSlug(ctx, req, 'articles', plan.parsed.title) } as never,
          }),
        )

    // 5. The record that makes the next import of this file idempotent.
    const recordData = { sourcePath: source.sourcePath, locale, contentHash: plan.hash, article: article.id }
    await step('import record', () =>
      existing.recordId
        ? payload.update({ ...common, collection: 'import-records', id: existing.recordId, data: recordData })
        : payload.create({ ...common, collection: 'import-records', data: recordData }),
    )

    const findings = (article as { claims?: { findings?: unknown } }).claims?.findings
    const notes = [
      ...(existing.isLive ? ['forward draft: the published version stays live until this one is reviewed and published'] : []),
      ...(unlinkedFaqs.length ? [`${unlinkedFaqs.length} FAQ(s) no longer in the file unlinked`] : []),
      ...(plan.stripped ? [strippedNote(plan.stripped)] : []),
    ]
    const row: ImportRow = {
      file: source.displayName,
      result,
      ...(notes.length ? { reason: notes.join('; ') } : {}),
      title: plan.parsed.title,
      articleId: article.id,
      faqs: faqIds.length,
      disclaimers: new Set(disclaimerIds).size,
      techniques: plan.techniques.length,
      claims: (Array.isArray(findings) ? findings.length : 0) + faqClaims,
      details: detailsOf(plan, { disclaimerIds, authorId, unlinkedFaqs }),
    }
    return { row, createdDisclaimers, ...(createdTherapist ? { createdTherapist } : {}) }
  })
}

/**
 * Pairs the file's FAQs with the ones the article links: same question first, then by
 * position. Unchanged FAQs are not written; FAQs gone from the file are unlinked, not deleted.
 */
const writeFaqs = async (
  req: PayloadRequest,
  locale: string,
  plan: Plan,
  existing: ExistingImport,
): Promise<{ faqIds: number[]; unlinkedFaqs: number[]; claims: number }> => {
  const { payload } = req
  const common = { req, depth: 0, overrideAccess: true, locale: locale as 'en' } as const
  const linkedIds = ((existing.article?.faqs ?? []) as unknown[])
    .map((value) => idOf<number>(value))
    .filter((id): id is number => typeof id === 'number')
  const linked = linkedIds.length
    ? (await payload.find({ ...common, collection: 'faqs', where: { id: { in: linkedIds } }, draft: true, pagination: false }))
        .docs
    : []
  const byId = new Map(linked.map((doc) => [doc.id, doc]))
  const available = linkedIds.filter((id) => byId.has(id))
  const normalise = (question: string) => question.toLowerCase().replace(/\s+/g, ' ').trim()
  const pairing: (number | undefined)[] = plan.parsed.faqs.map((faq) => {
    const index = available.findIndex((id) => normalise(String(byId.get(id)?.question ?? '')) === normalise(faq.question))
    return index >= 0 ? available.splice(index, 1)[0] : undefined
  })
  for (let index = 0; index < pairing.length; index += 1) {
    if (pairing[index] === undefined && available.length > 0) pairing[index] = available.shift()
  }

  const faqIds: number[] = []
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
        isSameLexical(current.answer, data.answer) &&
        current.order === data.order &&
        isSameIds(current.relatedTechniques as unknown[], data.relatedTechniques)
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
