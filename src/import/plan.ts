// The pure half of an import: what a parsed file links to and what it would create, decided
// against the catalog as it stands. Nothing here writes.
import type { Payload } from 'payload'

import { toLexicalOffThread as toLexical } from '@/workers/offload'

import type { Catalog, CatalogEntry, DisclaimerEntry } from './catalog'
import type { LexicalState } from './convert'
import { findTechniqueMentions, inlineMarkdownToText, type ParsedArticle } from './parse'
import { termVector } from './similarity'
import type { ImportDetails } from './types'

const DISCLAIMER_TITLE_WORDS = 8

/** Everything decided before writing: which documents to link and which to create. */
export interface Plan {
  parsed: ParsedArticle
  hash: string
  body: LexicalState
  faqAnswers: LexicalState[]
  faqTechniques: number[][]
  disclaimers: { match?: DisclaimerEntry; score?: number; markdown: string; text: string; title: string }[]
  techniques: CatalogEntry[]
  author?: { entry?: CatalogEntry; name: string; bio?: string; isFromOption: boolean }
  stripped?: ImportDetails['stripped']
  /** The catalog version the links were decided on. */
  catalogVersion: number
}

export const createsSharedDocuments = (plan: Plan) =>
  plan.disclaimers.some((notice) => !notice.match) || Boolean(plan.author && !plan.author.entry)

/** "Medical disclaimer: this article…" is titled by what follows the label. */
const NOTICE_LABEL = /^\s*(?:[\p{L} ]{0,30}\b(?:disclaimer|notice)|important|please note|note)\s*[:.–—-]\s*/iu

const titleForNotice = (text: string) => {
  const words = text.replace(NOTICE_LABEL, '').split(/\s+/).filter(Boolean)
  const head = words.slice(0, DISCLAIMER_TITLE_WORDS).join(' ')
  return `Imported notice: ${head}${words.length > DISCLAIMER_TITLE_WORDS ? '…' : ''}`.slice(0, 200)
}

/** Which stored disclaimers and therapist to link, and which to create, as the catalog stands now. */
export const decideLinks = (
  catalog: Catalog,
  parsed: ParsedArticle,
  authorEntry: CatalogEntry | undefined,
): Pick<Plan, 'disclaimers' | 'author' | 'catalogVersion'> => {
  const catalogVersion = catalog.version
  // Notices: the most similar stored disclaimer, else a new one (shared by similar paragraphs of this file).
  const pending: DisclaimerEntry[] = []
  const disclaimers: Plan['disclaimers'] = parsed.disclaimers.map((markdown, index) => {
    const text = inlineMarkdownToText(markdown)
    const match = catalog.matchDisclaimer(text, pending)
    if (match) return { match: match.entry, score: match.score, markdown, text, title: match.entry.name }
    const title = titleForNotice(text)
    pending.push({ id: -(index + 1), name: title, vector: termVector(text) })
    return { markdown, text, title }
  })

  let author: Plan['author']
  if (authorEntry) author = { entry: authorEntry, name: authorEntry.name, isFromOption: true }
  else if (parsed.authorBio?.name) {
    const entry = catalog.findTherapist(parsed.authorBio.name)
    author = { ...(entry ? { entry } : {}), name: parsed.authorBio.name, bio: parsed.authorBio.text, isFromOption: false }
  }
  return { disclaimers, author, catalogVersion }
}

/** Links, techniques and the Lexical conversions of one parsed file. */
export const planArticle = async (
  payload: Payload,
  catalog: Catalog,
  authorEntry: CatalogEntry | undefined,
  { parsed, hash, stripped }: { parsed: ParsedArticle; hash: string; stripped?: Plan['stripped'] },
): Promise<Plan> => {
  const mentionText = [parsed.title, parsed.bodyMarkdown, ...parsed.faqs.flatMap((faq) => [faq.question, faq.answer])].join('\n')
  const techniques = catalog.findTechniques(parsed.techniqueMentions, mentionText)
  const faqTechniques = parsed.faqs.map((faq) => {
    const text = `${faq.question}\n${inlineMarkdownToText(faq.answer)}`
    return catalog.findTechniques(findTechniqueMentions(text), text).map((entry) => entry.id)
  })
  const links = decideLinks(catalog, parsed, authorEntry)
  const [body, ...faqAnswers] = await Promise.all([
    toLexical(payload, parsed.bodyMarkdown),
    ...parsed.faqs.map((faq) => toLexical(payload, faq.answer)),
  ])
  return { parsed, hash, body: body!, faqAnswers, faqTechniques, techniques, ...links, ...(stripped ? { stripped } : {}) }
}
