import {
  convertLexicalToHTML,
  type HTMLConverter,
  type HTMLConverters,
  LinkHTMLConverter,
} from '@payloadcms/richtext-lexical/html'
import { defaultHTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { CalloutBlock, Disclaimer, Faq, Technique } from '@/payload-types'

import { escapeHtml } from './escapeHtml'
import { blockLabels } from './labels'
import { DEFAULT_LOCALE, pathFor } from './paths'
import { type ConverterOptions, isPopulated, type RelationValue } from './types'

type BlockNode<F> = { fields: F & { id?: string; blockType: string } }
type Relation = { relationTo: string; value: RelationValue<Record<string, unknown>> }

const resolveHref = (options: ConverterOptions) => {
  const locale = options.locale ?? DEFAULT_LOCALE
  return (collection: string, doc: RelationValue<Record<string, unknown>>): string | null => {
    if (!isPopulated(doc)) return null
    return options.hrefFor ? options.hrefFor(collection, doc, locale) : pathFor(collection, doc as never, locale)
  }
}

const paragraphs = (text: string | null | undefined) =>
  String(text ?? '')
    .split(/\n{2,}|\r\n\r\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br />')}</p>`)
    .join('')

/**
 * Payload's default HTML converters plus ours: the four body blocks, relationship nodes and
 * internal links resolved to site paths. Unpopulated relations (a document the reader may not
 * see, e.g. an unpublished technique) render nothing rather than a broken box.
 */
export const reliefHTMLConverters = (options: ConverterOptions = {}): HTMLConverters => {
  const href = resolveHref(options)
  const labels = blockLabels(options.locale)
  const nested = (data: unknown, converters: HTMLConverters) =>
    data && typeof data === 'object' && 'root' in data
      ? convertLexicalToHTML({ data: data as SerializedEditorState, converters, disableContainer: true })
      : ''

  const callout: HTMLConverter<BlockNode<CalloutBlock>> = ({ node }) => {
    const style = node.fields.style ?? 'info'
    return (
      `<aside class="rt-callout rt-callout--${escapeHtml(style)}" role="note" data-block="callout">` +
      `<strong class="rt-callout__label">${escapeHtml(labels[style] ?? labels.info)}</strong>` +
      `${paragraphs(node.fields.text)}</aside>`
    )
  }

  const disclaimer: HTMLConverter<BlockNode<{ disclaimer: RelationValue<Disclaimer> }>> = ({ node, converters }) => {
    const doc = node.fields.disclaimer
    if (!isPopulated(doc)) return ''
    return (
      `<aside class="rt-disclaimer rt-disclaimer--${escapeHtml(doc.kind)}" role="note" data-block="disclaimer" ` +
      `data-disclaimer-id="${escapeHtml(doc.id)}"><strong>${escapeHtml(doc.title)}</strong>` +
      `${nested(doc.body, converters)}</aside>`
    )
  }

  const techniqueCallout: HTMLConverter<
    BlockNode<{ technique: RelationValue<Technique>; note?: string | null }>
  > = ({ node }) => {
    const doc = node.fields.technique
    if (!isPopulated(doc)) return ''
    const link = href('techniques', doc as never)
    const name = escapeHtml(doc.name)
    return (
      `<aside class="rt-technique" data-block="techniqueCallout">` +
      `<span class="rt-technique__label">${escapeHtml(labels.technique)}</span>` +
      `<h3>${link ? `<a href="${escapeHtml(link)}">${name}</a>` : name}</h3>` +
      `${doc.summary ? `<p>${escapeHtml(doc.summary)}</p>` : ''}` +
      `${node.fields.note ? `<p class="rt-technique__note">${escapeHtml(node.fields.note)}</p>` : ''}</aside>`
    )
  }

  const faqList: HTMLConverter<BlockNode<{ heading?: string | null; faqs: RelationValue<Faq>[] }>> = ({
    node,
    converters,
  }) => {
    const faqs = (node.fields.faqs ?? []).filter(isPopulated)
    if (faqs.length === 0) return ''
    const items = faqs
      .map(
        (faq) =>
          `<details class="rt-faq__item" id="faq-${escapeHtml(faq.id)}"><summary>${escapeHtml(faq.question)}</summary>` +
          `${nested(faq.answer, converters)}</details>`,
      )
      .join('')
    return (
      `<section class="rt-faq" data-block="faqList"><h2>${escapeHtml(node.fields.heading || labels.faq)}</h2>` +
      `${items}</section>`
    )
  }

  const relationship: HTMLConverter<Relation> = ({ node }) => {
    const doc = node.value
    if (!isPopulated(doc)) return ''
    const label = escapeHtml(doc.title ?? doc.name ?? doc.question ?? '')
    const link = href(node.relationTo, doc)
    return link
      ? `<p class="rt-relationship"><a href="${escapeHtml(link)}">${label}</a></p>`
      : `<p class="rt-relationship">${label}</p>`
  }

  return {
    ...defaultHTMLConverters,
    ...LinkHTMLConverter({
      internalDocToHref: ({ linkNode }) => {
        const target = linkNode.fields.doc as Relation | undefined
        return (target && href(target.relationTo, target.value)) ?? '#'
      },
    }),
    relationship: relationship as HTMLConverter<any>,
    blocks: { callout, disclaimer, techniqueCallout, faqList } as unknown as Record<string, HTMLConverter<any>>,
  }
}

/** A Lexical document as HTML, with every node and block we use converted. */
export const richTextToHTML = (data: unknown, options: ConverterOptions & { className?: string } = {}): string =>
  data && typeof data === 'object' && 'root' in data
    ? convertLexicalToHTML({
        data: data as SerializedEditorState,
        converters: reliefHTMLConverters(options),
        className: options.className ?? 'rich-text',
      })
    : ''
