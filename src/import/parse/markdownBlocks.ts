// Minimal block-level Markdown reader. The splitter only needs to know block
// boundaries, kinds and plain text; the raw Markdown of each block is kept so the
// body can be reassembled byte-for-byte for the Lexical converter.
import { inlineMarkdownToText } from './text'

export type BlockKind = 'heading' | 'paragraph' | 'list' | 'quote' | 'other'

export interface Block {
  kind: BlockKind
  /** Markdown source of the block, without surrounding blank lines. */
  raw: string
  /** Plain text used for cue matching. */
  text: string
  /** Heading level (1–6); 0 for non-headings. */
  level: number
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/
const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,9}[.)])\s+/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const QUOTE = /^ {0,3}>/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/
const TABLE_ROW = /^\s*\|/
const HTML_BLOCK = /^ {0,3}<(?:[A-Za-z/!?])/

const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === ''

const isOtherBlockStart = (line: string): boolean =>
  ATX_HEADING.test(line) ||
  FENCE.test(line) ||
  QUOTE.test(line) ||
  LIST_ITEM.test(line) ||
  THEMATIC_BREAK.test(line) ||
  TABLE_ROW.test(line) ||
  HTML_BLOCK.test(line)

/** Plain text of each item; continuation lines are folded into their item. */
export const listItemText = (raw: string): string[] =>
  raw
    .split('\n')
    .reduce<string[]>((items, line) => {
      if (LIST_ITEM.test(line) || items.length === 0) return [...items, line.replace(LIST_ITEM, '')]
      return [...items.slice(0, -1), `${items[items.length - 1] ?? ''} ${line.trim()}`]
    }, [])
    .map(inlineMarkdownToText)

const makeBlock = (kind: BlockKind, lines: string[], level = 0): Block => {
  const raw = lines.join('\n').replace(/\s+$/, '')
  const text =
    kind === 'list'
      ? listItemText(raw).join('\n')
      : kind === 'quote'
        ? inlineMarkdownToText(lines.map((line) => line.replace(/^ {0,3}> ?/, '')).join(' '))
        : kind === 'other'
          ? ''
          : inlineMarkdownToText(lines.join(' '))
  return { kind, raw, text, level }
}

export const headingBlock = (level: number, text: string, raw?: string): Block => ({
  kind: 'heading',
  raw: raw ?? `${'#'.repeat(level)} ${text}`,
  text: inlineMarkdownToText(text),
  level,
})

type Reader = (lines: string[], start: number) => { block: Block; next: number } | undefined

const readAtxHeading: Reader = (lines, start) => {
  const match = ATX_HEADING.exec(lines[start] ?? '')
  if (!match) return undefined
  const block = headingBlock(match[1]?.length ?? 1, match[2] ?? '', (lines[start] ?? '').trim())
  return { block, next: start + 1 }
}

const readFence: Reader = (lines, start) => {
  const open = FENCE.exec(lines[start] ?? '')
  if (!open) return undefined
  const fence = open[1] ?? '```'
  let index = start + 1
  while (index < lines.length && !(lines[index] ?? '').trim().startsWith(fence)) index += 1
  const end = Math.min(index + 1, lines.length)
  return { block: makeBlock('other', lines.slice(start, end)), next: end }
}

const readWhile =
  (kind: BlockKind, pattern: RegExp): Reader =>
  (lines, start) => {
    if (!pattern.test(lines[start] ?? '')) return undefined
    let index = start
    while (index < lines.length && pattern.test(lines[index] ?? '')) index += 1
    return { block: makeBlock(kind, lines.slice(start, index)), next: index }
  }

const readThematicBreak: Reader = (lines, start) =>
  THEMATIC_BREAK.test(lines[start] ?? '') ? { block: makeBlock('other', [lines[start] ?? '']), next: start + 1 } : undefined

const markerKind = (line: string): string => {
  const marker = line.trim().split(/\s/)[0] ?? ''
  return /^\d/.test(marker) ? `ordered${marker.slice(-1)}` : marker
}

/**
 * A list runs over blank lines while the next content is another item or an indented
 * continuation; a different marker at the list's own indent starts a new list, as in CommonMark.
 */
const readList: Reader = (lines, start) => {
  const first = lines[start] ?? ''
  const baseIndent = LIST_ITEM.exec(first)?.[1]?.length
  if (baseIndent === undefined) return undefined
  let index = start
  let end = start
  while (index < lines.length) {
    const line = lines[index] ?? ''
    if (isBlank(line)) {
      index += 1
      continue
    }
    const itemIndent = LIST_ITEM.exec(line)?.[1]?.length
    const isItem = itemIndent !== undefined
    const isSibling = isItem && itemIndent <= baseIndent + 1
    if (isSibling && index > start && markerKind(line) !== markerKind(first)) break
    const isIndented = /^\s{2,}\S/.test(line)
    const isLazyContinuation = end === index && !isOtherBlockStart(line)
    if (!isItem && !isIndented && !isLazyContinuation) break
    index += 1
    end = index
  }
  const body = lines.slice(start, end).filter((line) => !isBlank(line))
  return { block: makeBlock('list', body), next: end }
}

const readParagraph: Reader = (lines, start) => {
  let index = start
  while (index < lines.length && !isBlank(lines[index]) && (index === start || !isOtherBlockStart(lines[index] ?? ''))) {
    const underline = SETEXT_UNDERLINE.exec(lines[index + 1] ?? '')
    if (underline && index === start) {
      const level = underline[1]?.startsWith('=') ? 1 : 2
      return { block: headingBlock(level, (lines[start] ?? '').trim()), next: start + 2 }
    }
    index += 1
  }
  return { block: makeBlock('paragraph', lines.slice(start, index).map((line) => line.trim())), next: index }
}

const READERS: Reader[] = [
  readFence,
  readAtxHeading,
  readThematicBreak,
  readWhile('quote', QUOTE),
  readWhile('other', TABLE_ROW),
  readList,
  readWhile('other', HTML_BLOCK),
  readParagraph,
]

export function parseBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  const blocks: Block[] = []
  let index = 0
  while (index < lines.length) {
    if (isBlank(lines[index])) {
      index += 1
      continue
    }
    const result = READERS.reduce<ReturnType<Reader>>((found, read) => found ?? read(lines, index), undefined)
    if (!result) break
    blocks.push(result.block)
    index = Math.max(result.next, index + 1)
  }
  return blocks
}

export const joinBlocks = (blocks: readonly Block[]): string => blocks.map((block) => block.raw).join('\n\n')
