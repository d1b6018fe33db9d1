/**
 * The pure half of the editor's claim highlights (docs/editor-findings.md): the text the editor
 * sends is the text the save checks, and a finding's offsets come back to the right words of the
 * right Lexical text nodes.
 */
import { describe, expect, it } from 'vitest'

import { checkClaims } from '@/medical/claims'
import { findingSpans, type NodeSpan } from '@/medical/editorFindings/findingSpans'
import { lexicalTextMap } from '@/medical/editorFindings/lexicalTextMap'
import { relocateFindings } from '@/medical/editorFindings/relocateFindings'
import { lexicalToTextWithCitations } from '@/medical/lexicalWithCitations'

type Node = { type: string; text?: string; format?: number; children?: Node[]; fields?: Record<string, unknown> }

const text = (value: string, format = 0): Node => ({ type: 'text', text: value, format })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children })
const state = (...children: Node[]) => ({ root: { type: 'root', children } })

const nodeAt = (root: Node, path: readonly number[]): Node => path.reduce((node, index) => node.children![index], root)

/** The words a set of spans covers, read from the Lexical state as the editor would mark them. */
const wordsOf = (root: Node, spans: readonly NodeSpan[]) =>
  spans.map((span) => nodeAt(root, span.path).text!.slice(span.startOffset, span.endOffset)).join('')

// Formatting, a link, a heading, a nested list, a block with prose in its fields and a line break:
// every way a Lexical body splits or wraps its words.
const BODY = state(
  { type: 'heading', children: [text('Massage and the sciatic nerve')] },
  paragraph(
    text('Gentle strokes may ease tightness. This massage '),
    text('cures', 1),
    text(' sciatica for good.'),
  ),
  paragraph(
    text('Deep work is clinically proven to free the nerve '),
    { type: 'link', fields: { url: 'https://example.org/trial', newTab: false }, children: [text('(trial)')] },
    text('.'),
  ),
  {
    type: 'list',
    children: [
      { type: 'listitem', children: [text('Stretch daily.')] },
      {
        type: 'listitem',
        children: [{ type: 'list', children: [{ type: 'listitem', children: [text('It works for everyone, every time.')] }] }],
      },
    ],
  },
  { type: 'block', fields: { blockType: 'callout', body: 'A callout that is not a text node.' } },
  paragraph(text('First line.'), { type: 'linebreak' }, text('This is a miracle cure-all for back pain.')),
)

describe('lexicalTextMap', () => {
  it('should give exactly the text and citations the save checks (lexicalToTextWithCitations)', () => {
    const map = lexicalTextMap(BODY)
    expect({ text: map.text, citations: map.citations }).toEqual(lexicalToTextWithCitations(BODY))
    expect(map.citations).toHaveLength(1)
  })

  it('should place every text node at its own words in the text', () => {
    const map = lexicalTextMap(BODY)
    for (const piece of map.pieces) {
      expect(map.text.slice(piece.start, piece.end)).toBe(nodeAt(BODY.root as Node, piece.path).text)
    }
    // The block's prose is in the text but has no text node to mark.
    expect(map.text).toContain('A callout that is not a text node.')
    expect(map.pieces.some((piece) => map.text.slice(piece.start, piece.end).includes('callout'))).toBe(false)
  })

  it('should answer an empty map for a missing or empty state', () => {
    expect(lexicalTextMap(null)).toEqual({ text: '', citations: [], pieces: [] })
    expect(lexicalTextMap(state(paragraph()))).toEqual({ text: '', citations: [], pieces: [] })
  })
})

describe('findingSpans', () => {
  it('should map every finding of the real checker back to the same words in the text nodes', () => {
    const map = lexicalTextMap(BODY)
    const findings = checkClaims(map.text, { citations: map.citations })
    const excerpts = findings.map((finding) => finding.excerpt)
    expect(excerpts).toContain('cures')
    // The claim with a link beside it counts as cited, as on save.
    expect(findings.some((finding) => finding.ruleId === 'clinically-proven')).toBe(false)
    for (const finding of findings) {
      const spans = findingSpans(finding, map.pieces)
      expect(spans.length, finding.excerpt).toBeGreaterThan(0)
      expect(wordsOf(BODY.root as Node, spans)).toBe(finding.excerpt)
    }
  })

  it('should split a finding across formatted text nodes into one span per node', () => {
    const body = state(paragraph(text('Massage '), text('cures sci', 1), text('atica.')))
    const map = lexicalTextMap(body)
    const finding = { start: map.text.indexOf('cures sciatica'), end: map.text.indexOf('cures sciatica') + 14 }
    expect(findingSpans(finding, map.pieces)).toEqual([
      { path: [0, 1], startOffset: 0, endOffset: 9 },
      { path: [0, 2], startOffset: 0, endOffset: 5 },
    ])
  })

  it('should give no span for words that only a block field holds', () => {
    const body = state({ type: 'block', fields: { body: 'This cures sciatica.' } })
    const map = lexicalTextMap(body)
    expect(map.text).toBe('This cures sciatica.')
    expect(findingSpans({ start: 5, end: 10 }, map.pieces)).toEqual([])
  })
})

describe('relocateFindings', () => {
  const finding = { start: 13, end: 18, excerpt: 'cures', ruleId: 'cure-claim' }

  it('should keep a finding whose words are still at its offsets', () => {
    expect(relocateFindings([finding], 'This massage cures sciatica.')).toEqual([finding])
  })

  it('should move a finding with its words when text is typed before them', () => {
    const moved = relocateFindings([finding], 'In short, this massage cures sciatica.')
    expect(moved).toEqual([{ ...finding, start: 23, end: 28 }])
  })

  it('should drop a finding whose words were deleted or reworded', () => {
    expect(relocateFindings([finding], 'This massage may ease sciatica.')).toEqual([])
    expect(relocateFindings([finding], '')).toEqual([])
  })

  it('should pick the nearest occurrence when the words occur more than once', () => {
    const text = 'Nothing cures it. Then: this massage cures sciatica.'
    const [moved] = relocateFindings([{ ...finding, start: 30, end: 35 }], text)
    expect(text.slice(moved.start, moved.end)).toBe('cures')
    expect(moved.start).toBe(text.lastIndexOf('cures'))
  })
})
