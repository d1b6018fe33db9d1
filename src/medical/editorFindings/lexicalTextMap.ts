import type { CitationSpan } from '../claims'

type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown>
}

/** Where one Lexical text node's words sit in the checked text: `path` is child indices from the root. */
export type TextPiece = { start: number; end: number; path: number[] }

export type LexicalTextMap = { text: string; citations: CitationSpan[]; pieces: TextPiece[] }

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list', 'root'])

const isCitationNode = (node: LexicalNode) =>
  node.type === 'link' || node.type === 'autolink' || /reference|citation|footnote/i.test(node.type ?? '')

type Piece = { text: string; isCitation: boolean; path?: number[] }

/**
 * The text the claims check reads from a Lexical state, exactly as the save does
 * (`lexicalToTextWithCitations`, src/medical/lexicalWithCitations.ts: a unit test keeps the two
 * equal), plus where each text node's words sit in it, so the editor can turn a finding's
 * offsets back into places in the document it shows.
 */
export const lexicalTextMap = (state: unknown): LexicalTextMap => {
  const root = (state as { root?: LexicalNode } | null)?.root
  if (!root) return { text: '', citations: [], pieces: [] }
  const lines: Piece[][] = []
  const walk = (node: LexicalNode, isInCitation: boolean, path: number[]): Piece[] => {
    const isCitation = isInCitation || isCitationNode(node)
    if (typeof node.text === 'string') return [{ text: node.text, isCitation, path }]
    if (node.type === 'linebreak') return [{ text: '\n', isCitation: false }]
    const blockText = node.fields
      ? Object.values(node.fields).filter((v): v is string => typeof v === 'string' && v.includes(' '))
      : []
    const inner = (node.children ?? []).flatMap((child, index) => walk(child, isCitation, [...path, index]))
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
  walk(root, false, [])
  let text = ''
  const citations: CitationSpan[] = []
  const pieces: TextPiece[] = []
  lines.forEach((line, index) => {
    if (index) text += '\n\n'
    for (const piece of line) {
      if (piece.isCitation) citations.push({ start: text.length, end: text.length + Math.max(piece.text.length, 1) })
      if (piece.path && piece.text) pieces.push({ start: text.length, end: text.length + piece.text.length, path: piece.path })
      text += piece.text
    }
  })
  return { text, citations, pieces }
}
