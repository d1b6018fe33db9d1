import type { CitationSpan } from './claims'

type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown>
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list', 'root'])

/** Inline nodes that cite a source: links, and any reference or citation node a feature adds. */
const isCitationNode = (node: LexicalNode) =>
  node.type === 'link' || node.type === 'autolink' || /reference|citation|footnote/i.test(node.type ?? '')

type Piece = { text: string; isCitation: boolean }

/**
 * The plain text of a Lexical state as lexicalToPlainText (src/lib/lexicalText.ts) gives it, except
 * that a link stays inside its sentence (there it would become a line of its own, its fields
 * making it look like a block), plus where its links and reference nodes sit: the claims checker
 * lets a citation support only the claim beside it (docs/claims.md).
 */
export const lexicalToTextWithCitations = (state: unknown): { text: string; citations: CitationSpan[] } => {
  const root = (state as { root?: LexicalNode } | null)?.root
  if (!root) return { text: '', citations: [] }
  const lines: Piece[][] = []
  const walk = (node: LexicalNode, isInCitation: boolean): Piece[] => {
    const isCitation = isInCitation || isCitationNode(node)
    if (typeof node.text === 'string') return [{ text: node.text, isCitation }]
    if (node.type === 'linebreak') return [{ text: '\n', isCitation: false }]
    const blockText = node.fields
      ? Object.values(node.fields).filter((v): v is string => typeof v === 'string' && v.includes(' '))
      : []
    const inner = (node.children ?? []).flatMap((child) => walk(child, isCitation))
    // A reference node with no text of its own still marks its place in the sentence.
    if (isCitation && !isInCitation && inner.every((piece) => piece.text === '')) {
      return [{ text: '', isCitation: true }]
    }
    if (BLOCK_TYPES.has(node.type ?? '') || (node.fields && !isCitationNode(node))) {
      const parts: Piece[][] = [inner, ...blockText.map((text) => [{ text, isCitation: false }])].filter((part) =>
        part.some((piece) => piece.text !== ''),
      )
      const line = parts.flatMap((part, index) => (index ? [{ text: '\n', isCitation: false }, ...part] : part))
      const lineText = line.map((piece) => piece.text).join('')
      if (lineText.trim() && node.type !== 'root' && node.type !== 'list') lines.push(line)
      return []
    }
    return inner
  }
  walk(root, false)
  let text = ''
  const citations: CitationSpan[] = []
  lines.forEach((line, index) => {
    if (index) text += '\n\n'
    for (const piece of line) {
      // An empty reference node cites at its position: a one-character span there.
      if (piece.isCitation) citations.push({ start: text.length, end: text.length + Math.max(piece.text.length, 1) })
      text += piece.text
    }
  })
  return { text, citations }
}
