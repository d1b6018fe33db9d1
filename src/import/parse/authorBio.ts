// Author boxes sit at the end of scraped articles: "About the author", a
// "Written by …" byline, or a bare name followed by a short self-description.
import { SECTIONS, startsWithAny, toCueText } from './cues'
import type { Block } from './markdownBlocks'
import type { AuthorBio } from './types'
import { countWords, hasPhrase, normaliseForMatch } from './text'

export interface AuthorBioResult {
  blocks: Block[]
  authorBio?: AuthorBio
}

const AUTHOR = SECTIONS.author
const NAME_STOPWORDS = new Set(AUTHOR.nameStopwords)
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u
const LEADING_NAME = /^((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}\p{Lu}[\p{L}'’-]+)(?=\s*[,(]|\s*$|\s+(?:is|has|was|LMT|RMT|CMT)\b)/u
const BYLINE_MAX_WORDS = 12
const NAME_LINE_MAX_WORDS = 4
const TAIL_SIZE = 3

export const isPersonName = (text: string): boolean => {
  const words = text.trim().split(/\s+/)
  if (words.length < 2 || words.length > NAME_LINE_MAX_WORDS) return false
  return words.every((word) => NAME_WORD.test(word) && !NAME_STOPWORDS.has(word.toLowerCase().replace(/[.’']/g, '')))
}

const leadingName = (text: string): string | undefined => {
  const name = LEADING_NAME.exec(text.trim())?.[1]
  return name && isPersonName(name) ? name : undefined
}

const hasAny = (text: string, phrases: readonly string[]): boolean => {
  const cueText = normaliseForMatch(text)
  return phrases.some((phrase) => hasPhrase(cueText, phrase))
}

/** A profession, or a self-description ("passionate about…") told in first person or about the named person. */
const isPersonDescription = (text: string, name: string): boolean => {
  if (hasAny(text, AUTHOR.professions)) return true
  const isFirstPerson = hasAny(text, AUTHOR.firstPersonCues)
  const isAboutName = text.includes(name.split(' ')[0] ?? name)
  return hasAny(text, AUTHOR.bioPhrases) && (isFirstPerson || isAboutName)
}

const isShortProse = (block: Block | undefined): block is Block =>
  !!block && block.kind === 'paragraph' && countWords(block.text) <= AUTHOR.maxBioWords

const without = (blocks: readonly Block[], start: number, end: number): Block[] => [
  ...blocks.slice(0, start),
  ...blocks.slice(end),
]

/** "About the author" heading (or bold line): its section is the bio. */
function fromAuthorHeading(blocks: readonly Block[]): AuthorBioResult | undefined {
  const start = blocks.findIndex((block) => {
    if (block.kind !== 'heading' && block.kind !== 'paragraph') return false
    const cueText = toCueText(block.text)
    return countWords(cueText) <= BYLINE_MAX_WORDS && startsWithAny(cueText, AUTHOR.headings) !== undefined
  })
  if (start < 0) return undefined
  const heading = blocks[start] as Block
  const level = heading.kind === 'heading' ? heading.level : 7
  let end = start + 1
  while (end < blocks.length && !((blocks[end] as Block).kind === 'heading' && (blocks[end] as Block).level <= level)) end += 1
  const section = blocks.slice(start + 1, end).filter((block) => block.kind === 'paragraph')
  const inlineRest = heading.text.replace(/^[^:]*:\s*/, '')
  const text = section.map((block) => block.text).join(' ') || (inlineRest !== heading.text ? inlineRest : '')
  if (!text) return undefined
  const headingName = heading.text.match(/^about\s+(.+)$/i)?.[1]
  const name = leadingName(text) ?? (headingName && isPersonName(headingName) ? headingName : undefined)
  return { blocks: without(blocks, start, end), authorBio: { ...(name ? { name } : {}), text } }
}

/** "Written by Jane Doe, LMT" near the end, optionally followed by the bio paragraph. */
function fromByline(blocks: readonly Block[]): AuthorBioResult | undefined {
  const tailStart = Math.max(0, blocks.length - TAIL_SIZE)
  for (let index = tailStart; index < blocks.length; index += 1) {
    const block = blocks[index] as Block
    if (block.kind !== 'paragraph') continue
    const prefix = startsWithAny(toCueText(block.text), AUTHOR.bylinePrefixes)
    const isShortByline = countWords(block.text) <= BYLINE_MAX_WORDS
    const name = prefix ? leadingName(block.text.slice(prefix.length).replace(/^[:\s]+/, '')) : undefined
    // A bare "By …" opens ordinary sentences too, so it only counts as a byline with a name.
    if (!prefix || (prefix === 'by' && (!isShortByline || !name))) continue
    const next = blocks[index + 1]
    const hasBioAfter = isShortByline && index + 2 === blocks.length && isShortProse(next)
    const text = hasBioAfter && next ? next.text : block.text
    const end = hasBioAfter ? index + 2 : index + 1
    return { blocks: without(blocks, index, end), authorBio: { ...(name ? { name } : {}), text } }
  }
  return undefined
}

/** A bare name line followed by a closing paragraph that describes a person. */
function fromNameLine(blocks: readonly Block[]): AuthorBioResult | undefined {
  const nameBlock = blocks[blocks.length - 2]
  const bio = blocks[blocks.length - 1]
  if (!nameBlock || !isShortProse(bio)) return undefined
  const isNameLine = nameBlock.kind === 'heading' || (nameBlock.kind === 'paragraph' && countWords(nameBlock.text) <= NAME_LINE_MAX_WORDS)
  if (!isNameLine || !isPersonName(nameBlock.text) || !isPersonDescription(bio.text, nameBlock.text)) return undefined
  return { blocks: blocks.slice(0, -2), authorBio: { name: nameBlock.text, text: bio.text } }
}

/** "Jane Doe is a licensed massage therapist…" as the final paragraph. */
function fromClosingParagraph(blocks: readonly Block[]): AuthorBioResult | undefined {
  const last = blocks[blocks.length - 1]
  if (!isShortProse(last)) return undefined
  const name = leadingName(last.text)
  if (!name || !hasAny(last.text, AUTHOR.professions)) return undefined
  return { blocks: blocks.slice(0, -1), authorBio: { name, text: last.text } }
}

const STRATEGIES = [fromAuthorHeading, fromByline, fromNameLine, fromClosingParagraph]

export function extractAuthorBio(blocks: readonly Block[]): AuthorBioResult {
  for (const strategy of STRATEGIES) {
    const result = strategy(blocks)
    if (result) return result
  }
  return { blocks: [...blocks] }
}
