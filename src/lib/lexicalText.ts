type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; fields?: Record<string, unknown> }

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list', 'root'])

/** Plain text of a Lexical state: one line per paragraph, heading or list item. */
export const lexicalToPlainText = (state: unknown): string => {
  const root = (state as { root?: LexicalNode } | null)?.root
  if (!root) return ''
  const lines: string[] = []
  const walk = (node: LexicalNode): string => {
    if (typeof node.text === 'string') return node.text
    if (node.type === 'linebreak') return '\n'
    // Text inside blocks (callouts, notes) is wording too.
    const blockText = node.fields
      ? Object.values(node.fields).filter((v): v is string => typeof v === 'string' && v.includes(' '))
      : []
    const inner = (node.children ?? []).map(walk).join('')
    if (BLOCK_TYPES.has(node.type ?? '') || node.fields) {
      const line = [inner, ...blockText].filter(Boolean).join('\n')
      if (line.trim() && node.type !== 'root' && node.type !== 'list') lines.push(line)
      return ''
    }
    return inner
  }
  walk(root)
  return lines.join('\n\n')
}
