import { idOf } from '@/lib/idOf'

type LexicalNode = { type?: string; children?: LexicalNode[]; fields?: Record<string, unknown>; [key: string]: unknown }
type LexicalState = { root: LexicalNode }

/** A related document as the diff needs it: the words a reader sees, nothing else. */
export type RelatedDoc = Record<string, unknown> & { id: number | string }

/** Documents the blocks point at, by `collection:id`; a missing key is a document the reviewer cannot read. */
export type RelatedDocs = Map<string, RelatedDoc>

/** The relationship each body block reads its content from. */
export const BLOCK_RELATIONS = {
  disclaimer: { field: 'disclaimer', collection: 'disclaimers' },
  techniqueCallout: { field: 'technique', collection: 'techniques' },
  faqList: { field: 'faqs', collection: 'faqs' },
} as const satisfies Record<string, { field: string; collection: string }>

type RelatedCollection = (typeof BLOCK_RELATIONS)[keyof typeof BLOCK_RELATIONS]['collection']

export const relatedKey = (collection: string, id: unknown) => `${collection}:${String(idOf(id))}`

const isState = (value: unknown): value is LexicalState =>
  !!value && typeof value === 'object' && !!(value as LexicalState).root && typeof (value as LexicalState).root === 'object'

const relationOf = (node: LexicalNode) =>
  node.type === 'block'
    ? BLOCK_RELATIONS[String(node.fields?.blockType) as keyof typeof BLOCK_RELATIONS]
    : undefined

const idsIn = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value])

/** The ids each related collection must be read for, across the given states (both sides of a diff). */
export const relatedIds = (...states: unknown[]): Map<RelatedCollection, Set<string>> => {
  const wanted = new Map<RelatedCollection, Set<string>>()
  const walk = (node: LexicalNode) => {
    const relation = relationOf(node)
    if (relation) {
      for (const value of idsIn(node.fields?.[relation.field])) {
        const id = idOf(value)
        if (id === undefined || id === null || id === '') continue
        const ids = wanted.get(relation.collection) ?? new Set<string>()
        ids.add(String(id))
        wanted.set(relation.collection, ids)
      }
    }
    for (const child of node.children ?? []) walk(child)
  }
  for (const state of states) if (isState(state)) walk(state.root)
  return wanted
}

const text = (value: string, isBold = false): LexicalNode => ({
  type: 'text',
  version: 1,
  text: value,
  format: isBold ? 1 : 0,
  detail: 0,
  mode: 'normal',
  style: '',
})

const paragraph = (...children: LexicalNode[]): LexicalNode => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  children,
})

/** A block shown as a quotation: a bold label, then its content as ordinary paragraphs. */
const quote = (label: string, content: LexicalNode[]): LexicalNode => ({
  type: 'quote',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children: [paragraph(text(label, true)), ...content],
})

const plainParagraphs = (value: unknown): LexicalNode[] =>
  String(value ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => paragraph(text(part)))

const richParagraphs = (value: unknown): LexicalNode[] => (isState(value) ? structuredClone(value.root.children ?? []) : [])

const unreadable = (what: string, id: unknown) => `${what} #${String(idOf(id))} (not readable here)`

const related = (docs: RelatedDocs, collection: string, value: unknown) => docs.get(relatedKey(collection, value))

/**
 * What each body block says, as plain Lexical nodes the diff's default converters print as text
 * (Payload's diff prints only "disclaimer Block" for a block, so a changed disclaimer or
 * technique would look unchanged to a reviewer).
 */
const readableBlock = (node: LexicalNode, docs: RelatedDocs): LexicalNode | undefined => {
  const fields = node.fields ?? {}
  switch (fields.blockType) {
    case 'disclaimer': {
      const doc = related(docs, 'disclaimers', fields.disclaimer)
      if (!doc) return quote(unreadable('Disclaimer', fields.disclaimer), [])
      return quote(`Disclaimer: ${String(doc.title ?? '')}`, richParagraphs(doc.body))
    }
    case 'techniqueCallout': {
      const doc = related(docs, 'techniques', fields.technique)
      const label = doc ? `Technique: ${String(doc.name ?? '')}` : unreadable('Technique', fields.technique)
      return quote(label, [...plainParagraphs(doc?.summary), ...(fields.note ? [paragraph(text('Note: '), text(String(fields.note)))] : [])])
    }
    case 'faqList': {
      const questions = idsIn(fields.faqs).map((faq) => {
        const doc = related(docs, 'faqs', faq)
        return paragraph(text(doc ? `Q: ${String(doc.question ?? '')}` : unreadable('Question', faq)))
      })
      return quote(`Questions and answers${fields.heading ? `: ${String(fields.heading)}` : ''}`, questions)
    }
    case 'callout':
      return quote(`Callout (${String(fields.style ?? 'info')})`, plainParagraphs(fields.text))
    default:
      return undefined
  }
}

/**
 * A copy of a Lexical state with every known body block replaced by its readable content, so the
 * version comparison diffs a disclaimer's text or a technique's name word by word. Anything else
 * (including unknown blocks) is left as it was.
 */
export const readableBlocks = <T>(state: T, docs: RelatedDocs): T => {
  if (!isState(state)) return state
  const rewrite = (node: LexicalNode): LexicalNode => {
    const readable = node.type === 'block' ? readableBlock(node, docs) : undefined
    if (readable) return readable
    return node.children ? { ...node, children: node.children.map(rewrite) } : node
  }
  return { ...state, root: rewrite(state.root) } as T
}
