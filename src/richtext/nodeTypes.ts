/**
 * Every Lexical node type our editors can produce (Payload's default features plus the blocks
 * feature of the body editor, src/fields/richTextEditors.ts) and every block slug. The converter
 * test derives the same lists from the editor configuration, so adding a feature or a block
 * without a converter fails there.
 */
export const NODE_TYPES = [
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'relationship',
  'upload',
  'horizontalrule',
  'block',
] as const

export const BLOCK_TYPES = ['callout', 'disclaimer', 'faqList', 'techniqueCallout'] as const
export type BlockType = (typeof BLOCK_TYPES)[number]

type AnyNode = { type?: string; children?: AnyNode[]; fields?: { blockType?: string } }
type ConverterMap = Record<string, unknown> & { blocks?: Record<string, unknown>; inlineBlocks?: Record<string, unknown> }

/**
 * The node types (and `block:<slug>` for blocks) in a document that a converter map cannot
 * render, i.e. what Payload would print as "unknown node". Empty means every node is covered.
 */
export const findUnconvertedNodes = (data: unknown, converters: ConverterMap): string[] => {
  const missing = new Set<string>()
  const walk = (node: AnyNode) => {
    if (node.type === 'block' || node.type === 'inlineBlock') {
      const map = node.type === 'block' ? converters.blocks : converters.inlineBlocks
      const slug = node.fields?.blockType ?? ''
      if (!map?.[slug]) missing.add(`${node.type}:${slug}`)
    } else if (node.type && node.type !== 'root' && !converters[node.type]) {
      missing.add(node.type)
    }
    for (const child of node.children ?? []) walk(child)
  }
  const root = (data as { root?: AnyNode } | null)?.root
  if (root) walk(root)
  return [...missing]
}
