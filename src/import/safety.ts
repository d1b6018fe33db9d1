// Nothing executable reaches the database: script-like HTML inside Markdown or plain text is
// removed before parsing, and the Lexical state is checked once more before it is stored.
import { isSafeUrl } from '../lib/links/isSafeUrl'

/** Elements whose content is never wording: removed together with everything inside them. */
const DANGEROUS_ELEMENTS = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'form', 'textarea', 'select', 'button', 'applet']

/** Raw-text elements: a browser reads everything up to the closing tag (or the end) as their content. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'iframe', 'noscript', 'template', 'textarea', 'frameset'])
const DANGEROUS_OPEN = new RegExp(`<(${DANGEROUS_ELEMENTS.join('|')})\\b[^<>]*>?`, 'gi')
const closingTags = new Map(DANGEROUS_ELEMENTS.map((name) => [name, new RegExp(`<\\/${name}\\s*>`, 'gi')]))
const LONE_DANGEROUS_TAG = new RegExp(`<\\/?(?:${DANGEROUS_ELEMENTS.join('|')})\\b[^<>]*>?`, 'gi')
/** Passes before giving up on reassembled tags ("<scr<script></script>ipt>") and removing every "<" that opens one. */
const MAX_PASSES = 8
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g
/** Any other HTML tag (autolinks such as <https://…> do not match: the name is followed by ':'). */
const ANY_TAG = /<\/?[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>/g
const LINE_BREAK_TAG = /<br\s*\/?>/gi
/** Markdown links and images (targets may hold one level of parentheses); unsafe ones keep their text. */
const UNSAFE_MD_LINK = /(!?)\[([^\]]*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+"[^"]*")?\s*\)/gi
const MD_IMAGE = /!\[([^\]]*)\]\([^)]*\)/g
const UNSAFE_AUTOLINK = /<\s*(?:javascript|vbscript|data|file)\s*:[^>]*>/gi

/** A scheme name with tabs, newlines or entities inside it ("java\tscript", "javascript&colon;"). */
const OBFUSCATED_UNSAFE_SCHEME = /(?:j[\s]*a[\s]*v[\s]*a[\s]*s[\s]*c[\s]*r[\s]*i[\s]*p[\s]*t|v[\s]*b[\s]*s[\s]*c[\s]*r[\s]*i[\s]*p[\s]*t|d[\s]*a[\s]*t[\s]*a)[\s]*(?::|&colon;?|&#0*58;?|&#x0*3a;?)/gi

export interface StripReport {
  scripts: number
  handlers: number
  unsafeUrls: number
}

export const countUnsafe = (source: string): StripReport => ({
  scripts: (source.match(/<(?:script|iframe|object|embed|frame)\b/gi) ?? []).length,
  handlers: (source.match(/<[^<>]*\son[a-z]+\s*=/gi) ?? []).length,
  unsafeUrls: (source.match(OBFUSCATED_UNSAFE_SCHEME) ?? []).length,
})

/**
 * Markdown (or plain text) without HTML: dangerous elements go with their content, every other
 * tag is removed and its text kept; links to javascript:, data: and other non-web schemes keep
 * only their text, and images (not imported) are dropped.
 */
export function stripUnsafeMarkup(text: string): string {
  let result = text
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const previous = result
    result = removeDangerousElements(result.replace(COMMENT, ''))
      .replace(LONE_DANGEROUS_TAG, '')
      .replace(UNSAFE_AUTOLINK, '')
      .replace(LINE_BREAK_TAG, '\n')
      .replace(ANY_TAG, '')
      .replace(UNSAFE_MD_LINK, (match, bang: string, label: string, url: string) =>
        isSafeUrl(url) ? match : bang ? '' : label,
      )
      .replace(MD_IMAGE, '')
    if (result === previous) return result
  }
  // Still changing: markup built to reassemble itself. No "<" may open a tag then.
  return result.replace(/<(?=[a-zA-Z/!?])/g, '')
}

/**
 * Dangerous elements with their content, in one linear scan (a regex with a lazy body would
 * rescan the rest of a 5 MB file for every unclosed tag). An unclosed raw-text element
 * (script, style…) runs to the end, as a browser reads it; other unclosed ones lose their tag.
 */
function removeDangerousElements(text: string): string {
  let out = ''
  let last = 0
  DANGEROUS_OPEN.lastIndex = 0
  for (let open = DANGEROUS_OPEN.exec(text); open; open = DANGEROUS_OPEN.exec(text)) {
    const name = (open[1] ?? '').toLowerCase()
    out += text.slice(last, open.index)
    const closing = closingTags.get(name)!
    closing.lastIndex = DANGEROUS_OPEN.lastIndex
    const close = closing.exec(text)
    if (close) last = close.index + close[0].length
    else if (RAW_TEXT_ELEMENTS.has(name)) return out
    else last = DANGEROUS_OPEN.lastIndex
    DANGEROUS_OPEN.lastIndex = last
  }
  return out + text.slice(last)
}

type LexicalNode = { type?: string; children?: LexicalNode[]; fields?: { url?: unknown }; url?: unknown; [key: string]: unknown }

/** Node types the importer never produces and never stores (they would point at other documents). */
const FOREIGN_NODES = new Set(['upload', 'relationship', 'block', 'inlineBlock'])

/** Link nodes with an unsafe URL are replaced by their text; foreign nodes are dropped. */
export function sanitizeLexical<T>(state: T): T {
  const clean = (nodes: LexicalNode[]): LexicalNode[] =>
    nodes.flatMap((node) => {
      if (FOREIGN_NODES.has(node.type ?? '')) return []
      const children = node.children ? clean(node.children) : undefined
      const isLink = node.type === 'link' || node.type === 'autolink'
      if (isLink && !(isSafeUrl(node.fields?.url) && isSafeUrl(node.url))) return children ?? []
      return [children ? { ...node, children } : node]
    })
  const root = (state as { root?: LexicalNode }).root
  if (!root?.children) return state
  return { ...state, root: { ...root, children: clean(root.children) } }
}
