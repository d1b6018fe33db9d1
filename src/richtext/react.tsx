import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import {
  defaultJSXConverters,
  type JSXConverter,
  type JSXConverters,
  LinkJSXConverter,
  RichText,
} from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

import type { CalloutBlock, Disclaimer, Faq, Technique } from '@/payload-types'

import { blockLabels } from './labels'
import { DEFAULT_LOCALE, pathFor } from './paths'
import { type ConverterOptions, isPopulated, type RelationValue } from './types'

type BlockNode<F> = { fields: F & { id?: string; blockType: string } }
type Relation = { relationTo: string; value: RelationValue<Record<string, unknown>> }

const isRichText = (data: unknown): data is SerializedEditorState =>
  Boolean(data) && typeof data === 'object' && 'root' in (data as object)

const textParagraphs = (text: string | null | undefined): ReactNode[] =>
  String(text ?? '')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p, i) => <p key={i}>{p}</p>)

/**
 * The React twin of `reliefHTMLConverters`: Payload's default JSX converters plus the four body
 * blocks, relationship nodes and internal links. Same markup and class names as the HTML output.
 */
export const reliefJSXConverters = (options: ConverterOptions = {}): JSXConverters => {
  const locale = options.locale ?? DEFAULT_LOCALE
  const labels = blockLabels(locale)
  const href = (collection: string, doc: RelationValue<Record<string, unknown>>) =>
    isPopulated(doc)
      ? options.hrefFor
        ? options.hrefFor(collection, doc, locale)
        : pathFor(collection, doc as never, locale)
      : null

  const callout: JSXConverter<BlockNode<CalloutBlock>> = ({ node }) => {
    const style = node.fields.style ?? 'info'
    return (
      <aside className={`rt-callout rt-callout--${style}`} role="note" data-block="callout">
        <strong className="rt-callout__label">{labels[style] ?? labels.info}</strong>
        {textParagraphs(node.fields.text)}
      </aside>
    )
  }

  const disclaimer: JSXConverter<BlockNode<{ disclaimer: RelationValue<Disclaimer> }>> = ({ node, converters }) => {
    const doc = node.fields.disclaimer
    if (!isPopulated(doc)) return null
    return (
      <aside
        className={`rt-disclaimer rt-disclaimer--${doc.kind}`}
        role="note"
        data-block="disclaimer"
        data-disclaimer-id={doc.id}
      >
        <strong>{doc.title}</strong>
        {isRichText(doc.body) && <RichText data={doc.body} converters={converters} disableContainer />}
      </aside>
    )
  }

  const techniqueCallout: JSXConverter<
    BlockNode<{ technique: RelationValue<Technique>; note?: string | null }>
  > = ({ node }) => {
    const doc = node.fields.technique
    if (!isPopulated(doc)) return null
    const link = href('techniques', doc as never)
    return (
      <aside className="rt-technique" data-block="techniqueCallout">
        <span className="rt-technique__label">{labels.technique}</span>
        <h3>{link ? <a href={link}>{doc.name}</a> : doc.name}</h3>
        {doc.summary && <p>{doc.summary}</p>}
        {node.fields.note && <p className="rt-technique__note">{node.fields.note}</p>}
      </aside>
    )
  }

  const faqList: JSXConverter<BlockNode<{ heading?: string | null; faqs: RelationValue<Faq>[] }>> = ({
    node,
    converters,
  }) => {
    const faqs = (node.fields.faqs ?? []).filter(isPopulated)
    if (faqs.length === 0) return null
    return (
      <section className="rt-faq" data-block="faqList">
        <h2>{node.fields.heading || labels.faq}</h2>
        {faqs.map((faq) => (
          <details className="rt-faq__item" id={`faq-${faq.id}`} key={faq.id}>
            <summary>{faq.question}</summary>
            {isRichText(faq.answer) && <RichText data={faq.answer} converters={converters} disableContainer />}
          </details>
        ))}
      </section>
    )
  }

  const relationship: JSXConverter<Relation> = ({ node }) => {
    const doc = node.value
    if (!isPopulated(doc)) return null
    const label = String(doc.title ?? doc.name ?? doc.question ?? '')
    const link = href(node.relationTo, doc)
    return <p className="rt-relationship">{link ? <a href={link}>{label}</a> : label}</p>
  }

  return {
    ...defaultJSXConverters,
    ...LinkJSXConverter({
      internalDocToHref: ({ linkNode }) => {
        const target = linkNode.fields.doc as Relation | undefined
        return (target && href(target.relationTo, target.value)) ?? '#'
      },
    }),
    relationship: relationship as JSXConverter<any>,
    blocks: { callout, disclaimer, techniqueCallout, faqList } as unknown as Record<string, JSXConverter<any>>,
  }
}

type Props = ConverterOptions & { data: unknown; className?: string }

/** Renders a Lexical document with every node and block we use. */
export const ReliefRichText = ({ data, className, ...options }: Props) =>
  isRichText(data) ? (
    <RichText data={data} converters={reliefJSXConverters(options)} className={className ?? 'rich-text'} />
  ) : null
