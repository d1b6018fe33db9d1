// Source text → the parsed parts (title, body Markdown, FAQs, notices, bio, techniques) and
// Markdown → Lexical, all through Payload's own converters.
//
// HTML is sanitised (sanitize-html, an allowlist), turned into Lexical by Payload's
// convertHTMLToLexical and back into Markdown by convertLexicalToMarkdown, so the same structure
// detection (FAQ section, notices, author box, boilerplate) applies to every format; the
// Markdown is then converted to the stored Lexical state like any other import.
import {
  convertHTMLToLexical,
  convertLexicalToMarkdown,
  convertMarkdownToLexical,
} from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import type { Payload } from 'payload'
import sanitizeHtml from 'sanitize-html'

import { editorConfigFor } from '@/lib/markdownToLexical'

import { parseText, type ParsedArticle } from './parse'
import { countUnsafe, sanitizeLexical, stripUnsafeMarkup, type StripReport } from './safety'
import type { SourceFormat } from './source'

export type LexicalState = ReturnType<typeof convertMarkdownToLexical>

export const toLexical = async (payload: Payload, markdown: string): Promise<LexicalState> =>
  sanitizeLexical(convertMarkdownToLexical({ editorConfig: await editorConfigFor(payload), markdown }))

/** Content tags kept; everything else is unwrapped (its text kept) or, for the ones below, dropped whole. */
const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code',
  'strong', 'b', 'em', 'i', 'u', 's', 'del', 'strike', 'sub', 'sup', 'a',
  'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'figure', 'figcaption',
  'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'span',
]
/** Never wording: dropped with their content. */
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'template', 'svg', 'math', 'canvas', 'video', 'audio', 'head', 'title', 'nav', 'form', 'button', 'select',
]
const SAFE_HREF = /^(?:https?:|mailto:)/i

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  // No style, class, id or on* attribute survives; links keep only a web address.
  allowedAttributes: { a: ['href', 'title'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  nonTextTags: DROPPED_WITH_CONTENT,
  // A link that does not go to a web address keeps its text only.
  transformTags: {
    a: (tagName, attribs) => {
      const href = (attribs.href ?? '').replace(/[\u0000-\u0020]/g, '')
      return SAFE_HREF.test(href) ? { tagName, attribs } : { tagName: 'span', attribs: {} }
    },
  },
}

export const sanitizeHtmlSource = (html: string): string => sanitizeHtml(html, SANITIZE_OPTIONS)

/**
 * One DOM for the whole process: a JSDOM window is expensive to build (≈30 ms) and parsing
 * needs none of its own. Scripts never run in it (JSDOM's default), and each use below is
 * synchronous, so concurrent imports cannot interleave on it.
 */
let sharedWindow: JSDOM['window'] | undefined
const sharedDocument = (): Document => (sharedWindow ??= new JSDOM('<!DOCTYPE html><html><head></head><body></body></html>').window).document

/** Entities decoded, tags left as text: what a browser shows in the tab. */
const decodeText = (document: Document, raw: string): string => {
  const textarea = document.createElement('textarea')
  textarea.innerHTML = raw
  return textarea.value.replace(/\s+/g, ' ').trim()
}

const compact = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? ''

/**
 * Sanitised HTML → Markdown. Only the page's single <article> (or its <main>) is kept when
 * there is one, so site chrome around it stays out. The title is the first <h1> (inside or
 * before the article), else the page's <title>.
 */
export async function htmlToMarkdown(payload: Payload, html: string): Promise<string> {
  const editorConfig = await editorConfigFor(payload)
  // From here on everything is synchronous (see sharedDocument).
  const document = sharedDocument()
  const pageTitle = decodeText(document, /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html)?.[1] ?? '')
  const { body } = document
  body.innerHTML = sanitizeHtmlSource(html)
  const articles = body.querySelectorAll('article')
  const container = articles.length === 1 ? articles[0]! : (body.querySelector('main') ?? body)
  const title = container.querySelector('h1') ? undefined : compact(body.querySelector('h1')?.textContent) || pageTitle
  if (container !== body) body.innerHTML = container.innerHTML
  class SharedDom {
    window = { document }
  }
  try {
    const lexical = convertHTMLToLexical({ editorConfig, html: '', JSDOM: SharedDom })
    return withFrontMatterTitle(convertLexicalToMarkdown({ data: lexical as never, editorConfig }), title || undefined)
  } finally {
    body.innerHTML = ''
  }
}

/** A front-matter block carries an HTML page's title into the Markdown parser. */
const withFrontMatterTitle = (markdown: string, title?: string) =>
  title ? `---\ntitle: "${title.replace(/"/g, "'")}"\n---\n\n${markdown}` : markdown

export interface ParsedSource {
  parsed: ParsedArticle
  /** What was removed for safety, when anything was. */
  stripped?: StripReport
}

export async function parseSource(payload: Payload, text: string, format: SourceFormat): Promise<ParsedSource> {
  const unsafe = countUnsafe(text)
  const markdown = format === 'html' ? await htmlToMarkdown(payload, text) : text
  const parsed = parseText(stripUnsafeMarkup(markdown), format === 'txt' ? 'txt' : 'md')
  const isStripped = unsafe.scripts + unsafe.handlers + unsafe.unsafeUrls > 0
  return isStripped ? { parsed, stripped: unsafe } : { parsed }
}
