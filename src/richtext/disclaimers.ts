import { idOf } from '@/lib/idOf'

type AnyNode = { type?: string; children?: AnyNode[]; fields?: { blockType?: string; disclaimer?: unknown } }

/**
 * Ids of the disclaimers a body places inline (Disclaimer blocks), in reading order. Takes one
 * locale's body (a Lexical state).
 */
export const inlineDisclaimerIds = (body: unknown): number[] => {
  const ids: number[] = []
  const walk = (node: AnyNode) => {
    if (node.type === 'block' && node.fields?.blockType === 'disclaimer') {
      const id = Number(idOf(node.fields.disclaimer))
      if (Number.isFinite(id) && !ids.includes(id)) ids.push(id)
    }
    for (const child of node.children ?? []) walk(child)
  }
  const root = (body as { root?: AnyNode } | null)?.root
  if (root) walk(root)
  return ids
}

/**
 * The disclaimers an article shows below its body: those in its `disclaimers` field that the
 * body has not already shown inline (docs/decisions.md, "Disclaimers: one list, shown once").
 * Keeps the field's order and shape (populated documents or ids).
 */
export const disclaimersAfterBody = <T>(disclaimers: readonly T[] | null | undefined, body: unknown): T[] => {
  const inline = new Set(inlineDisclaimerIds(body))
  const seen = new Set<number>()
  return (disclaimers ?? []).filter((d) => {
    const id = Number(idOf(d))
    if (inline.has(id) || seen.has(id)) return false
    seen.add(id)
    return true
  })
}
