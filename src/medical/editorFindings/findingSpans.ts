import type { TextPiece } from './lexicalTextMap'

/** The part of one text node a finding covers: `startOffset`/`endOffset` index into that node's text. */
export type NodeSpan = { path: number[]; startOffset: number; endOffset: number }

/**
 * Turns a finding's offsets into the text-node spans it covers, in document order: a finding
 * across bold or linked words covers several nodes. Words that are not in a text node (a block's
 * fields) have no span, so such a finding maps to none.
 */
export const findingSpans = (finding: { start: number; end: number }, pieces: readonly TextPiece[]): NodeSpan[] => {
  const spans: NodeSpan[] = []
  for (const piece of pieces) {
    if (piece.end <= finding.start) continue
    if (piece.start >= finding.end) break
    const startOffset = Math.max(finding.start, piece.start) - piece.start
    const endOffset = Math.min(finding.end, piece.end) - piece.start
    if (endOffset > startOffset) spans.push({ path: piece.path, startOffset, endOffset })
  }
  return spans
}
