// What an import reports per file: the summary row and its details, for a dry run and after writing.
import type { Payload } from 'payload'

import { localeCodesOf } from '@/lib/locales'
import { checkClaims } from '@/medical/claims'
import { extractText } from '@/medical/extractText'

import type { Plan } from './plan'
import type { ExistingImport, ImportDetails, ImportResult, ImportRow } from './types'

export const emptyRow = (file: string, result: ImportResult): ImportRow => ({
  file,
  result,
  faqs: 0,
  disclaimers: 0,
  techniques: 0,
  claims: 0,
})

export const strippedNote = ({ scripts, handlers, unsafeUrls }: NonNullable<ImportDetails['stripped']>) =>
  `sanitised: removed ${[
    scripts ? `${scripts} script/iframe/embed` : '',
    handlers ? `${handlers} inline event handler(s)` : '',
    unsafeUrls ? `${unsafeUrls} javascript:/data: URL(s)` : '',
  ]
    .filter(Boolean)
    .join(', ')}`

/** Ids of the documents a write created, so the details can name them. */
export interface Created {
  disclaimerIds: (number | undefined)[]
  authorId?: number
  unlinkedFaqs?: number[]
}

export const detailsOf = (plan: Plan, created?: Created): ImportDetails => ({
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
})

const uniqueDisclaimerCount = (plan: Plan) =>
  new Set(plan.disclaimers.map((notice) => (notice.match ? `id:${notice.match.id}` : `new:${notice.title}`))).size

/** The findings the claims check would store, computed exactly as the save hook does. */
const findingsFor = (payload: Payload, collection: 'articles' | 'faqs', data: Record<string, unknown>): number => {
  const config = payload.collections[collection].config
  return extractText(data, config.flattenedFields, localeCodesOf(payload.config)).reduce(
    (sum, segment) => sum + checkClaims(segment.text, { hasReferences: false }).length,
    0,
  )
}

/** What a write would produce, without writing: counts, links and the claims findings. */
export const dryRunRow = (
  payload: Payload,
  file: string,
  plan: Plan,
  result: ImportResult,
  existing: ExistingImport,
): ImportRow => {
  const { parsed } = plan
  const claims =
    findingsFor(payload, 'articles', { title: parsed.title, excerpt: parsed.excerpt, body: plan.body }) +
    parsed.faqs.reduce(
      (sum, faq, index) => sum + findingsFor(payload, 'faqs', { question: faq.question, answer: plan.faqAnswers[index] }),
      0,
    )
  return {
    file,
    result,
    reason: ['dry run: nothing written', ...(plan.stripped ? [strippedNote(plan.stripped)] : [])].join('; '),
    title: parsed.title,
    ...(existing.article ? { articleId: existing.article.id as number } : {}),
    faqs: parsed.faqs.length,
    disclaimers: uniqueDisclaimerCount(plan),
    techniques: plan.techniques.length,
    claims,
    details: detailsOf(plan),
  }
}
