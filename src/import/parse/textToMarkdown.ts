// Plain text (usually scraped from a web page) → Markdown. Scrapes lose all markup,
// so structure is inferred from line shape: standalone short lines are headings,
// marker-led lines are list items, everything else is a paragraph.
import { STRAY_LINES, isFaqHeading, isStrayCue } from './cues'
import {
  countWords,
  escapeInline,
  escapeText,
  isTitleCase,
  measureIndent,
  normaliseLine,
} from './text'

type Unit =
  | { kind: 'blank' }
  | { kind: 'text'; text: string; indent: number }
  | { kind: 'item'; text: string; indent: number; marker: string; number?: number }

type ItemUnit = Extract<Unit, { kind: 'item' }>
type TextUnit = Extract<Unit, { kind: 'text' }>

const BLANK: Unit = { kind: 'blank' }
const BULLET = /^(?:[•◦▪▫‣∙●○■□➢►▶✓✔·]\s*|[-*+–]\s+)(?=\S)/u
const NUMBERED = /^(\d{1,3})[.)]\s+(?=\S)/
const LABEL = /^([\p{Lu}\p{N}][^:.!?;]{0,48}?):\s+(\S.*)$/u
const LABEL_MAX_WORDS = 6
const HEADING_MAX_WORDS = 14
const HEADING_MAX_CHARS = 120
const QUESTION_MAX_WORDS = 20
const FAQ_QUESTION_MAX_WORDS = 30
const NESTING_STEP = 2
const MARKDOWN_INDENT = '    '
// "Thai Aromatherapy MassageAre you…": image alt text fused onto the first word of a paragraph.
const FUSED_CAPTION = /^((?:[\p{L}&'’-]+ ){1,5}[\p{L}'’-]*\p{Ll}{3})(\p{Lu}\p{Ll}*['’]?\p{Ll}* )/u
const MIN_WORDS_AFTER_CAPTION = 6

export function textToMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const titleIndex = lines.findIndex((line) => normaliseLine(line) !== '')
  if (titleIndex < 0) return ''
  const title = normaliseLine(lines[titleIndex] ?? '')
    .replace(BULLET, '')
    .replace(/:$/, '')
  const units = removeStrayLines(joinWrappedLines(lines.slice(titleIndex + 1).map(toUnit)))
  return [`# ${escapeInline(title)}`, ...renderBlocks(units)].join('\n\n') + '\n'
}

function toUnit(rawLine: string): Unit {
  const text = normaliseLine(rawLine)
  if (text === '') return BLANK
  const indent = measureIndent(rawLine)
  const numbered = NUMBERED.exec(text)
  if (numbered) {
    return { kind: 'item', text: text.slice(numbered[0].length), indent, marker: 'number', number: Number(numbered[1]) }
  }
  const bullet = BULLET.exec(text)
  if (bullet) return { kind: 'item', text: text.slice(bullet[0].length), indent, marker: bullet[0].trim() }
  return { kind: 'text', text, indent }
}

const isSentenceEnd = (text: string): boolean => /[.!?:;…]["”’)]?$/u.test(text)

/** Re-joins hard-wrapped prose: a lower-case line continuing an unfinished line, or an indented item continuation. */
function joinWrappedLines(units: Unit[]): Unit[] {
  const joined: Unit[] = []
  for (const unit of units) {
    const previous = joined[joined.length - 1]
    if (unit.kind === 'text' && previous && previous.kind !== 'blank' && isContinuation(previous, unit)) {
      joined[joined.length - 1] = { ...previous, text: `${previous.text} ${unit.text}` }
    } else {
      joined.push(unit)
    }
  }
  return joined
}

function isContinuation(previous: TextUnit | ItemUnit, unit: TextUnit): boolean {
  if (previous.kind === 'item' && unit.indent > previous.indent) return true
  return /^\p{Ll}/u.test(unit.text) && !isSentenceEnd(previous.text)
}

function removeStrayLines(units: Unit[]): Unit[] {
  return units.map((unit) => {
    if (unit.kind !== 'text') return unit
    if (isStrayLine(unit.text)) return BLANK
    return { ...unit, text: stripFusedCaption(unit.text) }
  })
}

function isStrayLine(text: string): boolean {
  if (!/\p{L}/u.test(text)) return true
  if (isStrayCue(text)) return true
  if (isCaptionStrip(text)) return true
  const isLowerCaseFragment = /^\p{Ll}/u.test(text) && !isSentenceEnd(text)
  return isLowerCaseFragment && countWords(text) <= STRAY_LINES.shortFragmentMaxWords
}

/** Gallery captions scraped as one line: several captions glued word-to-word with no sentence end. */
function isCaptionStrip(text: string): boolean {
  if (isSentenceEnd(text)) return false
  const glueCount = (text.match(/\p{Ll}{2}\p{Lu}/gu) ?? []).length
  const hasSeparators = / [-|•·] /u.test(text)
  return glueCount >= 3 || (glueCount >= 2 && hasSeparators)
}

function stripFusedCaption(text: string): string {
  const match = FUSED_CAPTION.exec(text)
  if (!match) return text
  const caption = match[1] ?? ''
  const rest = text.slice(caption.length)
  const words = caption.split(' ')
  const isUniformCase =
    words.every((word) => /^[\p{Lu}&]/u.test(word)) || words.every((word) => /^[\p{Ll}&]/u.test(word))
  return isUniformCase && countWords(rest) >= MIN_WORDS_AFTER_CAPTION ? rest : text
}

function renderBlocks(units: Unit[]): string[] {
  const blocks: string[] = []
  let isInFaq = false
  let index = 0
  while (index < units.length) {
    const unit = units[index]
    if (!unit || unit.kind === 'blank') {
      index += 1
      continue
    }
    if (unit.kind === 'item') {
      const list = collectList(units, index)
      blocks.push(renderList(list.items))
      index = list.next
      continue
    }
    const labels = collectLabelRun(units, index)
    if (labels.items.length >= 2) {
      blocks.push(renderList(labels.items))
      index = labels.next
      continue
    }
    const heading: Heading | undefined = isStandalone(units, index) ? toHeading(unit.text, isInFaq) : undefined
    if (heading) {
      blocks.push(heading.markdown)
      isInFaq = heading.isInFaqAfter
    } else {
      blocks.push(escapeText(unit.text))
    }
    index += 1
  }
  return blocks
}

function isStandalone(units: Unit[], index: number): boolean {
  const previous = units[index - 1]
  const next = units[index + 1]
  return (!previous || previous.kind === 'blank') && (!next || next.kind !== 'text')
}

interface Heading {
  markdown: string
  isInFaqAfter: boolean
}

function toHeading(text: string, isInFaq: boolean): Heading | undefined {
  const candidate = headingCandidate(text, isInFaq)
  if (!candidate) return undefined
  if (isFaqHeading(candidate.text)) return { markdown: `## ${escapeInline(candidate.text)}`, isInFaqAfter: true }
  if (candidate.isQuestion && isInFaq) return { markdown: `### ${escapeInline(candidate.text)}`, isInFaqAfter: true }
  return { markdown: `## ${escapeInline(candidate.text)}`, isInFaqAfter: isInFaq && candidate.isQuestion }
}

function headingCandidate(text: string, isInFaq: boolean): { text: string; isQuestion: boolean } | undefined {
  const words = countWords(text)
  const hasInnerSentenceBreak = /[.!?]\s+["“(]?\p{Lu}/u.test(text)
  if (!/^[\p{Lu}\p{N}"“‘(]/u.test(text) || hasInnerSentenceBreak) return undefined
  const bare = text.replace(/["”’)]+$/u, '')
  if (bare.endsWith('?')) {
    return words <= (isInFaq ? FAQ_QUESTION_MAX_WORDS : QUESTION_MAX_WORDS) ? { text, isQuestion: true } : undefined
  }
  if (/[.!;,…]$/u.test(bare)) return undefined
  const stripped = text.replace(/:$/, '').trim()
  if (words > HEADING_MAX_WORDS || stripped.length > HEADING_MAX_CHARS) return undefined
  // "Choosing the Right Spa Massage:" is a heading; "Common causes include:" introduces a list.
  const hasColon = text.endsWith(':') || stripped.includes(': ')
  if (hasColon && !isTitleCase(stripped)) return undefined
  return { text: stripped, isQuestion: false }
}

interface ListItem {
  text: string
  indent: number
  marker: string
  number?: number
}

/** Items separated only by blank lines stay one list; a different marker at the base level starts a new one. */
function collectList(units: Unit[], start: number): { items: ListItem[]; next: number } {
  const first = units[start] as ItemUnit
  const isOrdered = first.number !== undefined
  const items: ListItem[] = []
  let index = start
  while (index < units.length) {
    const unit = units[index]
    if (unit?.kind === 'item') {
      const isNested = unit.indent >= first.indent + NESTING_STEP
      if (!isNested && (unit.number !== undefined) !== isOrdered) break
      items.push(unit)
      index += 1
      continue
    }
    const nextIndex = nextNonBlank(units, index)
    if (unit?.kind !== 'blank' || units[nextIndex]?.kind !== 'item') break
    index = nextIndex
  }
  return { items, next: index }
}

function nextNonBlank(units: Unit[], from: number): number {
  let index = from
  while (units[index]?.kind === 'blank') index += 1
  return index
}

function splitLabel(text: string): { label: string; rest: string } | undefined {
  const match = LABEL.exec(text)
  if (!match || /https?$/i.test(match[1] ?? '')) return undefined
  const label = (match[1] ?? '').trim()
  return countWords(label) <= LABEL_MAX_WORDS ? { label, rest: match[2] ?? '' } : undefined
}

/** Consecutive "Label: text" lines (blank lines allowed between) read as a definition-style list. */
function collectLabelRun(units: Unit[], start: number): { items: ListItem[]; next: number } {
  const items: ListItem[] = []
  let index = start
  while (index < units.length) {
    const unit = units[index]
    if (unit?.kind !== 'text' || !splitLabel(unit.text)) break
    items.push({ text: unit.text, indent: 0, marker: 'label' })
    index = nextNonBlank(units, index + 1)
  }
  return { items, next: index }
}

function renderItemText(text: string): string {
  const labelled = splitLabel(text)
  if (!labelled) return escapeText(text)
  return `**${escapeInline(labelled.label)}:** ${escapeInline(labelled.rest)}`
}

/**
 * Scraped indentation is unreliable, so an item only nests when it is both indented
 * deeper and uses a different marker than its parent ("◦" under "•").
 */
function renderList(items: ListItem[]): string {
  const levels: { indent: number; marker: string }[] = []
  return items
    .map((item) => {
      while (levels.length > 1 && item.indent < (levels[levels.length - 1]?.indent ?? 0)) levels.pop()
      const parent = levels[levels.length - 1]
      const isDeeper = !parent || (item.indent >= parent.indent + NESTING_STEP && item.marker !== parent.marker)
      if (isDeeper) levels.push({ indent: item.indent, marker: item.marker })
      const depth = levels.length - 1
      const marker = item.number !== undefined ? `${item.number}.` : '-'
      return `${MARKDOWN_INDENT.repeat(depth)}${marker} ${renderItemText(item.text)}`
    })
    .join('\n')
}
